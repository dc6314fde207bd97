import type { CalendarAppointment, CalendarView } from "@/lib/dal/calendar";
import { dayInWords } from "@/components/booking/day-words";

/** One column of the grid: a day (week view) or a therapist (day view). */
export interface CalendarColumn {
  key: string;
  label: string;
  today: boolean;
  holds: (a: CalendarAppointment) => boolean;
}

/**
 * The columns of the grid: the seven days of a week; for one day, each therapist (everyone's
 * calendar) or the one therapist shown. A therapist no longer listed (disabled) who still has
 * appointments that day keeps a column, so nothing booked is hidden.
 */
export function calendarColumns(calendar: CalendarView): CalendarColumn[] {
  const { view, days, today, therapists, therapistId, appointments } = calendar;
  if (view === "week") {
    return days.map((day) => ({
      key: day,
      label: dayInWords(day),
      today: day === today,
      holds: (a) => a.day === day,
    }));
  }
  const shown = therapistId === "all" ? [...therapists] : therapists.filter((t) => t.id === therapistId);
  for (const a of appointments) {
    if (!shown.some((t) => t.id === a.therapistId) && (therapistId === "all" || a.therapistId === therapistId)) {
      shown.push({ id: a.therapistId, name: a.therapistName });
    }
  }
  return shown.map((t) => ({
    key: t.id,
    label: t.name,
    today: false,
    holds: (a) => a.therapistId === t.id,
  }));
}

const hourOf = (time: string) => Number(time.slice(0, 2));

/**
 * The hours the grid has rows for: the working day (08:00 to 18:00) widened to hold every
 * appointment shown, so an early or late one is never cut off.
 */
export function calendarHours(appointments: readonly CalendarAppointment[]): number[] {
  let first = 8;
  let last = 17;
  for (const a of appointments) {
    first = Math.min(first, hourOf(a.startTime));
    // An end on the hour belongs to the previous row; one past midnight ends the day.
    const end = a.endTime <= a.startTime ? 23 : hourOf(a.endTime) - (a.endTime.endsWith(":00") ? 1 : 0);
    last = Math.max(last, hourOf(a.startTime), end);
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
