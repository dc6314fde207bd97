// Background work of an app server: reminders, email delivery and the client table's figures,
// run on a timer. The work itself is rows in tables claimed with SKIP LOCKED, so a timer that
// dies with its process loses nothing and several servers share the work without doing it twice.
import "server-only";
import { db } from "./internal/database";
import { deliverPendingEmail } from "./internal/email";
import { clearPassedAppointments, refreshAdherence } from "./internal/client-upkeep";
import { sendDueHomeworkReminders } from "./internal/homework-reminders";
import { sendDueReminders } from "./internal/reminders";

const EVERY_MS = 60_000;
let running = false;

/**
 * One pass: due reminders (appointments, then homework), then pending email. Overlapping passes
 * of one server are skipped.
 */
export async function runJobs(now = new Date()): Promise<void> {
  if (running) return;
  running = true;
  try {
    const database = await db();
    while ((await sendDueReminders(database, now)) > 0) {
      // Drain everything due, a batch at a time.
    }
    while ((await sendDueHomeworkReminders(database, now)) > 0) {
      // Each claimed reminder moves to its next day, so this ends.
    }
    await deliverPendingEmail(50);
    await clearPassedAppointments(database, now);
    await refreshAdherence(database, now, 200);
  } catch (error) {
    console.error(`Unknot jobs: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    running = false;
  }
}

/** Starts the job timer of this server: a pass now (catching up after a restart), then every minute. */
export function startJobs(): void {
  if (process.env.UNKNOT_JOBS === "off") return;
  void runJobs();
  setInterval(() => void runJobs(), EVERY_MS).unref();
}
