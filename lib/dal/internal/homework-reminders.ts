// The homework reminder job: emails each client who asked for it once a practice day, at their
// chosen time, while they follow an active plan.
import "server-only";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import { clients, homeworkReminders, homeworkReminderSends, plans, practices } from "@/db/schema";
import type { Db } from "@/db/client";
import { dayIn } from "@/lib/domain/days";
import { nextReminderAt, reminderVerdict } from "@/lib/domain/homework-reminders";
import { homeworkReminderEmail } from "@/lib/portal/reminder-email";
import { reminderUnsubscribeToken } from "@/lib/portal/reminder-link";
import { linkSecret } from "./appointments";
import { audit } from "./audit";
import { queueEmail } from "./email";
import { requestOrigin } from "./request";

/** The link in the email that turns a client's reminders off, without signing in. */
export const unsubscribePath = (clientId: string) =>
  `/reminders/unsubscribe/${reminderUnsubscribeToken(clientId, linkSecret())}`;

/**
 * Sends the homework reminders due by `now`, at most `limit` per call, the same way as the
 * appointment reminders (internal/reminders.ts): due rows are claimed with FOR UPDATE SKIP
 * LOCKED (their own rows only, so one practice's clients are shared out between servers), moved
 * to their next day and their email queued in one transaction. A send row keyed by client and
 * practice day is written first: if it already exists (a second server, a time changed after
 * today's was sent), nothing is sent. A reminder whose day has passed, or whose client no
 * longer follows an active plan or has been discharged, is moved on unsent. Returns how many
 * rows were claimed.
 */
export async function sendDueHomeworkReminders(database: Db, now: Date, limit = 25): Promise<number> {
  return database.transaction(async (tx) => {
    const due = await tx
      .select({
        clientId: homeworkReminders.clientId,
        practiceId: homeworkReminders.practiceId,
        time: homeworkReminders.time,
        nextDueAt: homeworkReminders.nextDueAt,
      })
      .from(homeworkReminders)
      .where(and(eq(homeworkReminders.enabled, true), lte(homeworkReminders.nextDueAt, now)))
      .orderBy(asc(homeworkReminders.nextDueAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return 0;
    const origin = await requestOrigin();
    for (const row of due) {
      const [client] = await tx
        .select({
          email: clients.email,
          givenName: clients.givenName,
          practiceName: practices.name,
          timeZone: practices.timeZone,
          followsActivePlan: sql<boolean>`${clients.status} <> 'discharged' and exists (
            select 1 from ${plans} where ${plans.clientId} = ${clients.id}
              and ${plans.practiceId} = ${clients.practiceId} and ${plans.status} = 'active'
              and ${plans.publishedVersions} > 0)`,
        })
        .from(clients)
        .innerJoin(practices, eq(practices.id, clients.practiceId))
        .where(and(eq(clients.id, row.clientId), eq(clients.practiceId, row.practiceId)));
      if (!client) {
        // Not this practice's client any more: nothing to remind, ever.
        await tx
          .update(homeworkReminders)
          .set({ enabled: false, nextDueAt: null })
          .where(eq(homeworkReminders.clientId, row.clientId));
        continue;
      }
      const verdict = reminderVerdict({
        dueAt: row.nextDueAt!,
        now,
        timeZone: client.timeZone,
        followsActivePlan: client.followsActivePlan && client.email !== null,
      });
      await tx
        .update(homeworkReminders)
        .set({ nextDueAt: nextReminderAt(row.time, client.timeZone, now) })
        .where(eq(homeworkReminders.clientId, row.clientId));
      if (verdict !== "send") continue;
      const day = dayIn(client.timeZone, row.nextDueAt!);
      const sent = await tx
        .insert(homeworkReminderSends)
        .values({ practiceId: row.practiceId, clientId: row.clientId, day, sentAt: now })
        .onConflictDoNothing()
        .returning({ day: homeworkReminderSends.day });
      if (sent.length === 0) continue;
      await queueEmail(tx, row.practiceId, {
        to: client.email!,
        ...homeworkReminderEmail({
          givenName: client.givenName,
          practiceName: client.practiceName,
          portalUrl: `${origin}/portal`,
          unsubscribeUrl: `${origin}${unsubscribePath(row.clientId)}`,
        }),
      });
      await audit(
        tx,
        { userId: null, role: "job", practiceId: row.practiceId },
        {
          action: "reminder.homework",
          objectType: "client",
          objectId: row.clientId,
          outcome: "allowed",
          detail: { day },
        },
      );
    }
    return due.length;
  });
}

/** Whether a client's reminder is on, and when. */
export async function loadReminder(executor: Pick<Db, "select">, practiceId: string, clientId: string) {
  const [row] = await executor
    .select({ time: homeworkReminders.time, enabled: homeworkReminders.enabled })
    .from(homeworkReminders)
    .where(and(eq(homeworkReminders.clientId, clientId), eq(homeworkReminders.practiceId, practiceId)));
  return row ?? null;
}
