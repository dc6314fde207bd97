import { asc, eq, type SQL } from "drizzle-orm";
import { getDatabase } from "@/db/client";
import { auditEvents, clients, practices, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { createClient } from "@/lib/dal/client-records";
import { verifySignIn } from "@/lib/dal/sign-in";
import { CONTRAINDICATIONS } from "@/lib/domain/reference/contraindications";
import type { ClientInput } from "@/lib/validation/client";
import type { IntakeInput } from "@/lib/validation/intake";
import type { ScreenInput } from "@/lib/validation/screen";
import { currentRequest } from "./request-context";

export const PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

export async function testDb() {
  return (await getDatabase()).db;
}

let counter = 0;
const unique = (label: string) => `${label}-${process.pid}-${++counter}@example.test`;

/** A practice with an admin, two therapists, a front desk and two clients with portal logins. */
export async function createPractice(name = "Practice") {
  const db = await testDb();
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const [practice] = await db.insert(practices).values({ name }).returning();
  const user = async (role: "admin" | "therapist" | "frontdesk" | "client", displayName: string) => {
    const [row] = await db
      .insert(users)
      .values({ practiceId: practice!.id, email: unique(role), displayName, role, passwordHash: hash })
      .returning();
    return row!;
  };
  const admin = await user("admin", `${name} Admin`);
  const therapist = await user("therapist", `${name} Therapist A`);
  const otherTherapist = await user("therapist", `${name} Therapist B`);
  const frontDesk = await user("frontdesk", `${name} Front Desk`);
  const client = async (givenName: string, therapistId: string) => {
    const login = await user("client", `${givenName} ${name}`);
    const [row] = await db
      .insert(clients)
      .values({
        practiceId: practice!.id,
        givenName,
        familyName: name,
        primaryTherapistId: therapistId,
        userId: login.id,
      })
      .returning();
    return { record: row!, login };
  };
  const clientA = await client("Ana", therapist.id);
  const clientB = await client("Ben", otherTherapist.id);
  return { practice: practice!, admin, therapist, otherTherapist, frontDesk, clientA, clientB };
}

/** Signs in through the real DAL (password check, session row) and makes it the current request. */
export async function signInAs(user: { email: string }) {
  const result = await verifySignIn(user.email, PASSWORD);
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  currentRequest.claims = result.claims;
  return result.claims;
}

export function signOutLocally() {
  currentRequest.claims = null;
}

/**
 * The audit rows about one object, oldest first. Ordered by the id sequence: `at` is the
 * transaction's start time, so rows written in one transaction share it.
 */
export async function auditRows(objectId: string) {
  const db = await testDb();
  return db.select().from(auditEvents).where(eq(auditEvents.objectId, objectId)).orderBy(asc(auditEvents.id));
}

/** A new client created through the DAL by the signed-in staff member. */
export async function newClient(fields: Partial<ClientInput> = {}): Promise<string> {
  const created = await createClient({
    givenName: "Hana",
    familyName: "Hiker",
    dateOfBirth: null,
    email: null,
    phone: null,
    primaryTherapistId: null,
    ...fields,
  });
  if (!created.ok) throw new Error(`client not created: ${created.code}`);
  return created.id;
}

/** A complete contraindication screen: "yes" to the conditions named, "no" to all others. */
export function screenAnswering(yes: string[] = []): ScreenInput {
  return {
    answers: Object.fromEntries(
      CONTRAINDICATIONS.map((c) => [c.id, { answer: yes.includes(c.id) ? "yes" : "no", note: null }]),
    ),
  } as ScreenInput;
}

/** Next's notFound() throws this digest; the DAL answers every refusal with it. */
export const NOT_FOUND = /NEXT_HTTP_ERROR_FALLBACK;404/;

/** Runs a `select count(*)::int as n …` query; both engines return `{ rows }`. */
export async function countOf(query: SQL): Promise<number> {
  const db = await testDb();
  const result = (await db.execute(query)) as unknown as { rows: Array<{ n: number }> };
  return Number(result.rows[0]?.n ?? 0);
}

/** An intake as the form sends it, with only what is required unless `fields` says more. */
export function intakeInput(fields: Partial<IntakeInput> = {}): IntakeInput {
  return {
    chiefComplaint: "Calf pain",
    painSites: [{ site: "Calf", side: "left" }],
    onsetDate: null,
    duration: null,
    aggravating: null,
    easing: null,
    painNow: 5,
    psfs: [],
    medicalHistory: null,
    medications: null,
    activities: [],
    ...fields,
  };
}
