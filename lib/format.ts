/** Display helpers shared by server and client components. Dates are ISO yyyy-mm-dd strings. */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return "—";
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** A calendar day (yyyy-mm-dd) in short, e.g. "22 Nov". */
export function formatShortDay(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
}

/** A moment as the practice's clock showed it, e.g. "22 Nov 2026, 14:05". */
export function formatDateTime(at: Date, timeZone: string): string {
  return at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
}

/** The practice's calendar day of a moment, e.g. "22 Nov 2026". */
export function formatDayOf(at: Date, timeZone: string): string {
  return at.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone });
}

export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}
