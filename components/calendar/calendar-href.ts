/** The calendar's address for a view, a day and a therapist ("all" for everyone): the URL is its state. */
export function calendarHref({ view, date, therapist }: { view: "day" | "week"; date: string; therapist: string }) {
  return `/calendar?${new URLSearchParams({ view, date, therapist })}`;
}

/** "09:00–09:30" */
export const timeRange = (start: string, end: string) => `${start}–${end}`;
