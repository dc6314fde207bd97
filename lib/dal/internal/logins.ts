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

export type ClientLogin =
  { kind: "none" } | { kind: "unlinked"; id: string } | { kind: "client"; id: string } | { kind: "taken" };

/**
 * The login an email already has, as a client's invitation from `practiceId` to the record
 * `clientId` sees it:
 *   none      no login: accepting creates one with the chosen password;
 *   unlinked  a client login on no record ("Unlink portal login" took it off its last one, which
 *             disabled it): accepting sets a new password and links it again;
 *   client    an enabled client login, already this record's or on no other record of this
 *             practice: its owner accepts by signing in, and the login becomes a client of this
 *             practice too (issue 12: a person may be a client of two practices);
 *   taken     a staff login, or a client login on another record of this practice.
 * `lock` takes the login's row lock, so two links cannot both take over one login.
 */
export async function clientLoginFor(
  executor: Pick<Db, "select">,
  practiceId: string,
  clientId: string,
  email: string,
  lock = false,
): Promise<ClientLogin> {
  const query = executor
    .select({ id: users.id, role: users.role, disabled: users.disabled })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  const [login] = lock ? await query.for("update") : await query;
  if (!login) return { kind: "none" };
  if (login.role !== "client") return { kind: "taken" };
  const records = await executor
    .select({ id: clients.id, practiceId: clients.practiceId })
    .from(clients)
    .where(eq(clients.userId, login.id));
  if (login.disabled) return records.length === 0 ? { kind: "unlinked", id: login.id } : { kind: "taken" };
  const otherHere = records.some((r) => r.practiceId === practiceId && r.id !== clientId);
  return otherHere ? { kind: "taken" } : { kind: "client", id: login.id };
}
