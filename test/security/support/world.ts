import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { Pool } from "pg";
import * as schema from "@/db/schema";
import { syncReferenceData } from "@/db/seed/reference";
import type { Db } from "@/db/client";
import { hashPassword } from "@/lib/auth/password";
import { addDays, dayIn } from "@/lib/domain/days";
import { BOOKING_KINDS, openBooking, TIME_ZONE } from "./world-booking";
import { CLINICAL_KINDS, type Make, type SeededPractice, type WorldObject } from "./world-kinds";
import { REMINDER_KINDS } from "./world-reminders";
import { STAFF_KINDS, STAFF_MEMBER_KINDS } from "./world-staff";

export type { WorldObject, SeededClient, SeededPractice } from "./world-kinds";

/**
 * The world every security test runs in: two practices, each with an admin, a front desk, two
 * therapists and two clients with portal logins, online booking open, and spare staff logins and
 * staff invitations for its admin's staff actions (support/world-staff.ts). Every object carries
 * "secrets" (marker strings in its name, email, phone, note) so a test can tell from any
 * response body whose data leaked.
 *
 * The matrix signs in as practice 1's admin, front desk, therapist A and client A; for every
 * object kind it aims at three objects: "own" (client A's: the client's own record, therapist A's
 * client, an object of the admin's or the front desk's practice), "samePractice" (client B's:
 * another client's, another therapist's) and "otherPractice" (practice 2's client A).
 */
export const PASSWORD = "security-suite-2026";
export type Principal = "anonymous" | "client" | "frontdesk" | "therapist" | "admin";
export const PRINCIPALS: Principal[] = ["anonymous", "client", "frontdesk", "therapist", "admin"];
export type Scope = "own" | "samePractice" | "otherPractice";
export const SCOPES: Scope[] = ["own", "samePractice", "otherPractice"];

/**
 * Object kinds the routes' dynamic segments, their query parameters and the actions' bound
 * arguments can name, in the order they are made (a kind may use the client's earlier ones):
 * the clinical record (support/world-kinds.ts), booking (support/world-booking.ts), then staff
 * logins and invitations (support/world-staff.ts).
 */
export const KINDS = { ...CLINICAL_KINDS, ...BOOKING_KINDS, ...STAFF_KINDS, ...REMINDER_KINDS } satisfies Record<
  string,
  Make
>;
export type ObjectKind = keyof typeof KINDS;
/** The clinical record: the front desk never sees any of it, whatever else a page may show it. */
export const CLINICAL_RECORD: ObjectKind[] = [
  "intake",
  "note",
  "signedNote",
  "flag",
  "libraryItem",
  "plan",
  "planEntry",
  "symptomReport",
];

export interface World {
  practices: Array<{ id: string; name: string; slug: string }>;
  accounts: Record<Exclude<Principal, "anonymous">, { email: string; userId: string }>;
  /** objects[kind][scope] for the principals of practice 1 */
  objects: Record<string, Record<Scope, WorldObject>>;
  /**
   * One object of each kind for a third client of practice 1 (therapist A's), which the
   * bad-input corpus aims at: its accepted inputs may change it without touching the matrix's.
   */
  corpusObjects: Record<string, WorldObject>;
  /** Strings of practice 2 that must never reach anyone of practice 1. */
  foreignSecrets: string[];
  /**
   * Those of them practice 2 publishes on its booking pages (its name, its therapists' names):
   * a page that may show another practice's objects (a public booking page, a manage link) may
   * show these.
   */
  publicSecrets: string[];
  /** The day the seeded appointments are on (support/world-booking.ts), London time. */
  bookingDay: string;
  /** Spare logins for tests that lock, disable or sign out accounts. */
  spare: Record<string, { email: string; userId: string }>;
}

export async function migrateAndSeed(
  url: string,
  spareRoles: Record<string, "admin" | "therapist" | "client"> = {},
): Promise<World> {
  const pool = new Pool({ connectionString: url, max: 2 });
  try {
    const db = drizzle(pool, { schema });
    await migrate(db, { migrationsFolder: path.resolve("db/migrations") });
    // The app copies its clinical reference data at start; flags and findings reference it.
    await syncReferenceData(db as unknown as Db);
    const hash = await hashPassword(PASSWORD);
    const bookingDay = addDays(dayIn(TIME_ZONE, new Date()), 10);
    return await db.transaction(async (tx) => {
      const made: Array<Awaited<ReturnType<typeof practice>>> = [];
      async function practice(n: number) {
        const name = `Practice mkP${n}practice`;
        const [p] = await tx.insert(schema.practices).values({ name, timeZone: TIME_ZONE }).returning();
        const user = async (role: "admin" | "frontdesk" | "therapist" | "client", key: string) => {
          const email = `p${n}.${key}@sec.unknot.test`;
          const [row] = await tx
            .insert(schema.users)
            .values({ practiceId: p!.id, email, displayName: `${key} mkP${n}${key}`, role, passwordHash: hash })
            .returning();
          return { email, userId: row!.id };
        };
        const admin = await user("admin", "admin");
        const frontdesk = await user("frontdesk", "frontdesk");
        const therapistA = await user("therapist", "therapistA");
        const therapistB = await user("therapist", "therapistB");
        const booking = await openBooking(tx, { id: p!.id, n }, [therapistA.userId, therapistB.userId]);
        const seededPractice: SeededPractice = { id: p!.id, n, name, bookingDay, adminId: admin.userId, ...booking };
        const client = async (key: string, therapistId: string, index: number) => {
          const login = await user("client", key);
          const [row] = await tx
            .insert(schema.clients)
            .values({
              practiceId: p!.id,
              givenName: key,
              familyName: `mkP${n}${key}rec`,
              email: login.email,
              phone: `+44 7700 9${n}${key === "clientA" ? 1 : 2}999`,
              dateOfBirth: "1980-02-0" + n,
              primaryTherapistId: therapistId,
              userId: login.userId,
            })
            .returning();
          const seeded = {
            clientId: row!.id,
            loginEmail: login.email,
            therapistId,
            practiceId: p!.id,
            practice: seededPractice,
            index,
          };
          const objects: Record<string, WorldObject> = {};
          for (const [kind, create] of Object.entries(KINDS) as Array<[string, Make]>)
            objects[kind] = await create(tx, seeded, `mkP${n}${key}rec`, objects);
          return { login, objects };
        };
        const clientA = await client("clientA", therapistA.userId, 0);
        const clientB = await client("clientB", therapistB.userId, 1);
        const clientC = n === 1 ? await client("clientC", therapistA.userId, 2) : null;
        const published = [name, `mkP${n}therapistA`, `mkP${n}therapistB`];
        const staffSecrets = [clientA, clientB].flatMap((c) =>
          STAFF_MEMBER_KINDS.flatMap((k) => c.objects[k]!.secrets),
        );
        const secrets = [
          ...published,
          `mkP${n}admin`,
          `mkP${n}frontdesk`,
          `mkP${n}clientArec`,
          `mkP${n}clientBrec`,
          ...staffSecrets,
        ];
        return {
          id: p!.id,
          name,
          slug: booking.slug,
          admin,
          frontdesk,
          therapistA,
          therapistB,
          clientA,
          clientB,
          clientC,
          secrets,
          published,
        };
      }
      made.push(await practice(1), await practice(2));
      const [one, two] = made as [(typeof made)[0], (typeof made)[0]];
      const spare: World["spare"] = {};
      for (const [key, role] of Object.entries(spareRoles)) {
        const email = `spare.${key.toLowerCase()}@sec.unknot.test`;
        const [row] = await tx
          .insert(schema.users)
          .values({ practiceId: one.id, email, displayName: `Spare ${key}`, role, passwordHash: hash })
          .returning();
        // A client login opens nothing without a record (lib/dal/internal/sign-in-steps.ts).
        if (role === "client") {
          await tx
            .insert(schema.clients)
            .values({ practiceId: one.id, givenName: "Spare", familyName: key, email, userId: row!.id });
        }
        spare[key] = { email, userId: row!.id };
      }
      const objects: World["objects"] = {};
      for (const kind of Object.keys(KINDS)) {
        objects[kind] = {
          own: one.clientA.objects[kind]!,
          samePractice: one.clientB.objects[kind]!,
          otherPractice: two.clientA.objects[kind]!,
        };
      }
      return {
        practices: made.map((p) => ({ id: p.id, name: p.name, slug: p.slug })),
        accounts: {
          admin: one.admin,
          frontdesk: one.frontdesk,
          therapist: one.therapistA,
          client: one.clientA.login,
        },
        objects,
        corpusObjects: one.clientC!.objects,
        foreignSecrets: two.secrets,
        publicSecrets: two.published,
        bookingDay,
        spare,
      };
    });
  } finally {
    await pool.end();
  }
}
