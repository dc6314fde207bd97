import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "./client";
import { auditEvents, practices, users } from "./schema";
import { hashPassword } from "../lib/auth/password";
import type { PracticeInput, StaffInput } from "../lib/validation/practice";

/**
 * Provisioning from the command line (scripts/practice.ts): a new practice with its first
 * admin, and staff logins for an existing practice. Inputs are parsed with
 * lib/validation/practice.ts first. Each change is written with its audit row, in one
 * transaction; an email that already has a login is refused.
 */
export type ProvisionResult = { ok: true; practiceId: string; userId: string } | { ok: false; message: string };

/** Whether an email already has a login (emails are unique whatever their case). */
export async function loginExists(db: Pick<Db, "select">, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return Boolean(row);
}

export async function createPracticeWithAdmin(db: Db, input: PracticeInput): Promise<ProvisionResult> {
  if (await loginExists(db, input.admin.email))
    return { ok: false, message: `${input.admin.email} already has a login.` };
  const passwordHash = await hashPassword(input.admin.password);
  return db.transaction(async (tx) => {
    const [practice] = await tx
      .insert(practices)
      .values({ name: input.name, timeZone: input.timeZone })
      .returning({ id: practices.id });
    const [admin] = await tx
      .insert(users)
      .values({
        practiceId: practice!.id,
        email: input.admin.email,
        displayName: input.admin.displayName,
        role: "admin",
        passwordHash,
      })
      .returning({ id: users.id });
    await tx.insert(auditEvents).values([
      {
        practiceId: practice!.id,
        action: "practice.create",
        objectType: "practice",
        objectId: practice!.id,
        outcome: "allowed",
        detail: { via: "command line" },
      },
      {
        practiceId: practice!.id,
        action: "user.create",
        objectType: "user",
        objectId: admin!.id,
        outcome: "allowed",
        detail: { role: "admin", via: "command line" },
      },
    ]);
    return { ok: true as const, practiceId: practice!.id, userId: admin!.id };
  });
}

export async function addStaff(db: Db, practiceId: string, input: StaffInput): Promise<ProvisionResult> {
  const [practice] = await db.select({ id: practices.id }).from(practices).where(eq(practices.id, practiceId));
  if (!practice) return { ok: false, message: `No practice has the id ${practiceId}.` };
  if (await loginExists(db, input.email)) return { ok: false, message: `${input.email} already has a login.` };
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ practiceId, email: input.email, displayName: input.displayName, role: input.role, passwordHash })
      .returning({ id: users.id });
    await tx
      .insert(auditEvents)
      .values({
        practiceId,
        action: "user.create",
        objectType: "user",
        objectId: user!.id,
        outcome: "allowed",
        detail: { role: input.role, via: "command line" },
      });
    return { ok: true as const, practiceId, userId: user!.id };
  });
}

/** Every practice with its staff count, for choosing one. */
export async function listPractices(db: Pick<Db, "select">) {
  return db
    .select({
      id: practices.id,
      name: practices.name,
      timeZone: practices.timeZone,
      staff: sql<number>`count(${users.id})::int`,
    })
    .from(practices)
    .leftJoin(users, and(eq(users.practiceId, practices.id), ne(users.role, "client")))
    .groupBy(practices.id)
    .orderBy(practices.name);
}
