/**
 * The one place dates and times become words, shared by server and client components (issue 13,
 * bug 10: "2026-09-30" sat beside "15 Nov 2026"). A calendar day reads "15 Nov 2026" everywhere;
 * a moment is shown on the practice's clock, in its time zone, never the server's or the
 * browser's. Calendar days are ISO yyyy-mm-dd strings (the practice's days); only date inputs
 * (type=date) keep that form, as browsers need it.
 */

/**
 * One Intl.DateTimeFormat per pattern and time zone, made once: `toLocaleString` builds a new
 * formatter on every call, which was 5% of a client record's server time (npm run bench).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat("en-GB", options);
    formatters.set(key, made);
  }
  return made;
}

/** A calendar day (yyyy-mm-dd), e.g. "15 Nov 2026"; "—" when there is none. */
export function formatDate(isoDate: string | null): string {
  if (!isoDate) return "—";
  const [y, m, d] = isoDate.split("-").map(Number);
  return formatter({ day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/** A calendar day (yyyy-mm-dd) in short, e.g. "22 Nov". */
export function formatShortDay(isoDate: string): string {
  return formatter({ day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** A moment's time of day on the practice's clock, e.g. "14:05". */
export function formatTime(at: Date, timeZone: string): string {
  return formatter({ hour: "2-digit", minute: "2-digit", timeZone }).format(at);
}

/**
 * A calendar day with its weekday, where the day of the week matters (booking, the calendar,
 * appointments): "Tuesday 8 December", or with the year "Tuesday 8 December 2026".
 */
export function dayInWords(day: string, withYear = false): string {
  return formatter({
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  })
    .format(new Date(`${day}T12:00:00Z`))
    .replace(",", "");
}

/** A moment as the practice's clock showed it, e.g. "22 Nov 2026, 14:05". */
export function formatDateTime(at: Date, timeZone: string): string {
  return formatter({ dateStyle: "medium", timeStyle: "short", timeZone }).format(at);
}

/** A moment to the second, for the audit trail: "22 Nov 2026, 14:05:09". */
export function formatDateTimeSeconds(at: Date, timeZone: string): string {
  return formatter({ dateStyle: "medium", timeStyle: "medium", timeZone }).format(at);
}

/** The practice's calendar day of a moment, e.g. "22 Nov 2026". */
export function formatDayOf(at: Date, timeZone: string): string {
  return formatter({ day: "numeric", month: "short", year: "numeric", timeZone }).format(at);
}

export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`;
}
