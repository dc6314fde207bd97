// Whether an email already has a login, and whose.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { clients, users } from "@/db/schema";
import type { Db } from "@/db/client";

/** Whether an email already has a login (emails are unique whatever their case). */
export async function loginExists(executor: Pick<Db, "select">, email: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return Boolean(row);
}

export type ClientLogin = { kind: "none" } | { kind: "unlinked"; id: string } | { kind: "taken" };

/**
 * The login an email already has, as a client's invitation sees it: none; a client login of the
 * same practice that "Unlink portal login" took off its record (disabled, on no record), which a
 * new invitation to that address may link again; or anyone else's, which blocks the invitation.
 * `lock` takes the login's row lock, so two links cannot both take over one login.
 */
export async function clientLoginFor(
  executor: Pick<Db, "select">,
  practiceId: string,
  email: string,
  lock = false,
): Promise<ClientLogin> {
  const query = executor
    .select({
      id: users.id,
      role: users.role,
      practiceId: users.practiceId,
      disabled: users.disabled,
      recordId: clients.id,
    })
    .from(users)
    .leftJoin(clients, eq(clients.userId, users.id))
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  const [row] = lock ? await query.for("update", { of: users }) : await query;
  if (!row) return { kind: "none" };
  const unlinked = row.role === "client" && row.practiceId === practiceId && row.disabled && row.recordId === null;
  return unlinked ? { kind: "unlinked", id: row.id } : { kind: "taken" };
}
