// The practice's outbox: emails the app wrote, for staff to read.
import "server-only";
import { desc, eq } from "drizzle-orm";
import { outbox } from "@/db/schema";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { mailIsSent } from "./internal/email";
import { authorize } from "./internal/guard";
import { mayAtAll, type Role } from "./policy";

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: "pending" | "sent" | "held";
  createdAt: Date;
  /** Whether links were taken out of the body (see `linksShown`). */
  linksHidden: boolean;
}

const LINK = /https?:\/\/\S+/g;
/** A password reset link opens someone's login: no one but its recipient ever sees it. */
const RESET_LINK = /https?:\/\/\S+\/reset-password\?\S+/g;

/**
 * Links in an email (portal and staff invitations, a booking's manage link) are keys: whoever
 * opens one sets a password or moves a booking. Without a mail server the outbox is how email
 * reaches anyone, so it shows them to a practice admin only, and only while the email waits for
 * someone to pass it on; once sent, and always when mail is really sent (SMTP_URL), the link is
 * the recipient's alone. Anyone else who may read the outbox sees the email with its links hidden.
 */
function linksShown(role: Role, status: OutboxMessage["status"]): boolean {
  return !mailIsSent() && status !== "sent" && mayAtAll(role, "outbox.links");
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
  const messages = rows.map((r) => {
    const shown = linksShown(viewer.role, r.status);
    return {
      id: r.id,
      to: r.toAddress,
      subject: r.subject,
      body: shown ? r.body.replace(RESET_LINK, "[link hidden]") : r.body.replace(LINK, "[link hidden]"),
      status: r.status,
      createdAt: r.createdAt,
      linksHidden: r.body.search(shown ? RESET_LINK : LINK) >= 0,
    };
  });
  return { timeZone: viewer.timeZone, messages };
}
