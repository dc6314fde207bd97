import * as schema from "@/db/schema";
import { reminderUnsubscribeToken } from "@/lib/portal/reminder-link";
import { AUTH_SECRET } from "./server";
import type { Make } from "./world-kinds";

/** Object kinds of the homework reminders (issue 13, bug 15), seeded per client like the others. */
export const REMINDER_KINDS = {
  /**
   * The unsubscribe link of a client's daily reminder (the id is the signed token, made with the
   * test server's secret as the app makes it). Anyone holding it may turn that client's reminders
   * off; its page shows the practice's name, nothing of the client. The reminder is due far
   * ahead, so no job sends it during the run.
   */
  reminderLink: async (tx, client) => {
    const [row] = await tx
      .insert(schema.homeworkReminders)
      .values({
        clientId: client.clientId,
        practiceId: client.practiceId,
        time: "08:00",
        nextDueAt: new Date(Date.now() + 30 * 86_400_000),
      })
      .returning({ id: schema.homeworkReminders.id });
    return {
      id: reminderUnsubscribeToken(client.clientId, AUTH_SECRET),
      secrets: [client.practice.name],
      row: { table: "homework_reminders", id: row!.id },
    };
  },
} satisfies Record<string, Make>;
