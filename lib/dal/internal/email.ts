// Email through the outbox table: queued with what caused it, then delivered.
import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { outbox } from "@/db/schema";
import type { Db } from "@/db/client";
import { db } from "./database";

/**
 * Email goes through a table first: the row is written in the same transaction as what caused
 * it, then delivered. With SMTP_URL set, nodemailer sends it; without (the embedded default),
 * it is held in the outbox, which staff read in the app. Rows are claimed with FOR UPDATE SKIP
 * LOCKED so several app servers never send one twice.
 */
export interface Email {
  to: string;
  subject: string;
  body: string;
  /** A calendar file to send with it (iCalendar text), and its iTIP method (REQUEST, CANCEL). */
  calendar?: { content: string; method: string };
}

/**
 * Whether email really leaves the app (SMTP_URL set). Without it, the outbox is the delivery
 * channel: an admin passes links on by hand. With it, a link is the recipient's alone.
 */
export const mailIsSent = (): boolean => Boolean(process.env.SMTP_URL);

export async function queueEmail(tx: Pick<Db, "insert">, practiceId: string, message: Email): Promise<void> {
  await tx.insert(outbox).values({
    practiceId,
    toAddress: message.to,
    subject: message.subject,
    body: message.body,
    calendar: message.calendar?.content ?? null,
    calendarMethod: message.calendar?.method ?? null,
  });
}

export async function deliverPendingEmail(limit = 10): Promise<void> {
  const database = await db();
  const smtp = mailIsSent() ? process.env.SMTP_URL : undefined;
  await database.transaction(async (tx) => {
    const claimed = await tx
      .select()
      .from(outbox)
      .where(eq(outbox.status, "pending"))
      .orderBy(asc(outbox.createdAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (claimed.length === 0) return;
    if (!smtp) {
      await tx
        .update(outbox)
        .set({ status: "held" })
        .where(
          inArray(
            outbox.id,
            claimed.map((m) => m.id),
          ),
        );
      return;
    }
    const { createTransport } = await import("nodemailer");
    const transport = createTransport(smtp);
    for (const message of claimed) {
      try {
        await transport.sendMail({
          from: process.env.MAIL_FROM ?? "Unknot <no-reply@localhost>",
          to: message.toAddress,
          subject: message.subject,
          text: message.body,
          // A text/calendar part with its method: mail programs offer it as an invitation.
          ...(message.calendar
            ? { icalEvent: { method: message.calendarMethod ?? "REQUEST", content: message.calendar } }
            : {}),
        });
        await tx
          .update(outbox)
          .set({ status: "sent", sentAt: new Date(), attempts: message.attempts + 1 })
          .where(eq(outbox.id, message.id));
      } catch (error) {
        await tx
          .update(outbox)
          .set({
            attempts: message.attempts + 1,
            lastError: error instanceof Error ? error.message.slice(0, 500) : "send failed",
          })
          .where(eq(outbox.id, message.id));
      }
    }
  });
}
