// The reminder job: emails each booked appointment's reminder once, a day before it starts.
import "server-only";
import { and, asc, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import { appointments } from "@/db/schema";
import type { Db } from "@/db/client";
import { queueAppointmentEmail } from "./appointments";
import { audit } from "./audit";

/**
 * Sends the reminders due by `now`, at most `limit` per call. Due rows are claimed with
 * FOR UPDATE SKIP LOCKED and marked sent in the transaction that queues their email, so
 * several app servers running this at once never send one twice, and a server that stops
 * half-way loses nothing: what it had not committed is due again for the next run. A
 * reminder whose appointment has already started is no use and is not sent.
 */
export async function sendDueReminders(database: Db, now: Date, limit = 25): Promise<number> {
  return database.transaction(async (tx) => {
    const due = await tx
      .select({ id: appointments.id, practiceId: appointments.practiceId })
      .from(appointments)
      .where(
        and(
          isNull(appointments.reminderSentAt),
          eq(appointments.status, "booked"),
          lte(appointments.reminderDueAt, now),
          gt(appointments.startsAt, now),
        ),
      )
      .orderBy(asc(appointments.reminderDueAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    for (const row of due) await queueAppointmentEmail(tx, row.id, "reminder");
    if (due.length === 0) return 0;
    await tx
      .update(appointments)
      .set({ reminderSentAt: now })
      .where(
        inArray(
          appointments.id,
          due.map((d) => d.id),
        ),
      );
    for (const row of due) {
      await audit(
        tx,
        { userId: null, role: "job", practiceId: row.practiceId },
        { action: "appointment.remind", objectType: "appointment", objectId: row.id, outcome: "allowed" },
      );
    }
    return due.length;
  });
}
