// Whether an email already has a login.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";

/** Whether an email already has a login (emails are unique whatever their case). */
export async function loginExists(executor: Pick<Db, "select">, email: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return Boolean(row);
}
