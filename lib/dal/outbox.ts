// The practice's outbox: emails the app wrote, for staff to read.
import "server-only";
import { desc, eq } from "drizzle-orm";
import { outbox } from "@/db/schema";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { authorize } from "./internal/guard";

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: "pending" | "sent" | "held";
  createdAt: Date;
}

/** The practice's emails, newest first, for staff (the flow works end to end with no mail server). */
export async function listOutbox(): Promise<{ timeZone: string; messages: OutboxMessage[] }> {
  const viewer = await authorize("outbox.read", "outbox");
  const database = await db();
  const rows = await database
    .select()
    .from(outbox)
    .where(eq(outbox.practiceId, viewer.practiceId))
    .orderBy(desc(outbox.createdAt))
    .limit(100);
  await audit(database, viewer, {
    action: "outbox.read",
    objectType: "outbox",
    outcome: "allowed",
    detail: { count: rows.length },
  });
  const messages = rows.map((r) => ({
    id: r.id,
    to: r.toAddress,
    subject: r.subject,
    body: r.body,
    status: r.status,
    createdAt: r.createdAt,
  }));
  return { timeZone: viewer.timeZone, messages };
}
