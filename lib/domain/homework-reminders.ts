import { addDays, dayIn } from "./days";
import { clockOn, minutesOf } from "./wall-clock";

/**
 * Daily homework reminders (issue 13, bug 15): the client picks a wall-clock time in the
 * practice's zone; the reminder goes once a practice day, only while the client follows an
 * active plan, and never for a day that has already passed.
 */

/**
 * The first instant after `after` at which the practice's clock shows `time`. A time that does
 * not exist that day (the spring-forward gap) is sent at the jump, so the day still gets its
 * reminder; a time that happens twice (autumn) is sent the first time (lib/domain/wall-clock).
 */
export function nextReminderAt(time: string, timeZone: string, after: Date): Date {
  const minutes = minutesOf(time);
  let day = dayIn(timeZone, after);
  for (let i = 0; i < 3; i++, day = addDays(day, 1)) {
    const at = clockOn(day, timeZone).boundaryAt(minutes);
    if (at > after.getTime()) return new Date(at);
  }
  throw new RangeError(`No ${time} after ${after.toISOString()} in ${timeZone}`);
}

export type ReminderVerdict = "send" | "late" | "no-plan";

/**
 * Whether a reminder that fell due goes out: only on the day it was due for (a server that was
 * down all day does not send yesterday's in the morning), and only to a client in care who
 * follows an active plan (none after the plan ends or the client is discharged).
 */
export function reminderVerdict(ctx: {
  dueAt: Date;
  now: Date;
  timeZone: string;
  followsActivePlan: boolean;
}): ReminderVerdict {
  if (dayIn(ctx.timeZone, ctx.dueAt) !== dayIn(ctx.timeZone, ctx.now)) return "late";
  return ctx.followsActivePlan ? "send" : "no-plan";
}
