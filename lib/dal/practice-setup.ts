// Setting up a practice from the command line (scripts/practice.ts).
import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { practices, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { PracticeInput, StaffInput } from "@/lib/validation/practice";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { loginExists } from "./internal/logins";

/**
 * Provisioning from the command line (scripts/practice.ts): a new practice with its first
 * admin, and staff logins for an existing practice. Inputs are parsed with
 * lib/validation/practice.ts first. Each change is written with its audit row, in one
 * transaction; an email that already has a login is refused.
 */
export type ProvisionResult =
  { ok: true; practiceId: string; userId: string } | { ok: false; code: "setup.email-taken" | "setup.no-practice" };

/** Who acts at the command line: the operator, with no login of the practice. */
const operator = (practiceId: string) => ({ userId: null, role: "command-line", practiceId });

export async function createPracticeWithAdmin(input: PracticeInput): Promise<ProvisionResult> {
  const database = await db();
  if (await loginExists(database, input.admin.email)) {
    return { ok: false, code: "setup.email-taken" };
  }
  const passwordHash = await hashPassword(input.admin.password);
  return database.transaction(async (tx) => {
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
    await audit(tx, operator(practice!.id), {
      action: "practice.create",
      objectType: "practice",
      objectId: practice!.id,
      outcome: "allowed",
      detail: { via: "command line" },
    });
    await audit(tx, operator(practice!.id), {
      action: "user.create",
      objectType: "user",
      objectId: admin!.id,
      outcome: "allowed",
      detail: { role: "admin", via: "command line" },
    });
    return { ok: true as const, practiceId: practice!.id, userId: admin!.id };
  });
}

export async function addStaff(practiceId: string, input: StaffInput): Promise<ProvisionResult> {
  const database = await db();
  const [practice] = await database.select({ id: practices.id }).from(practices).where(eq(practices.id, practiceId));
  if (!practice) return { ok: false, code: "setup.no-practice" };
  if (await loginExists(database, input.email)) return { ok: false, code: "setup.email-taken" };
  const passwordHash = await hashPassword(input.password);
  return database.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ practiceId, email: input.email, displayName: input.displayName, role: input.role, passwordHash })
      .returning({ id: users.id });
    await audit(tx, operator(practiceId), {
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
export async function listPractices() {
  return (await db())
    .select({
      id: practices.id,
      name: practices.name,
      timeZone: practices.timeZone,
      demo: practices.demo,
      staff: sql<number>`count(${users.id})::int`,
    })
    .from(practices)
    .leftJoin(users, and(eq(users.practiceId, practices.id), ne(users.role, "client")))
    .groupBy(practices.id)
    .orderBy(practices.name);
}
