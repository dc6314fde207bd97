import { addDays } from "../days";

/**
 * When a questionnaire is next due (issue 15: at intake, then on the schedule the therapist sets
 * on the plan, e.g. every 14 days, and at discharge). Pure: days are yyyy-mm-dd in the practice's
 * zone. With no entry yet it is due now (the intake measure); after that only on the schedule.
 */
export function nextDue(input: { everyDays: number | null; lastDay: string | null; today: string }): string | null {
  if (input.lastDay === null) return input.today;
  if (input.everyDays === null) return null;
  return addDays(input.lastDay, input.everyDays);
}

export function isDue(input: { everyDays: number | null; lastDay: string | null; today: string }): boolean {
  const due = nextDue(input);
  return due !== null && due <= input.today;
}
