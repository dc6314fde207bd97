/**
 * Bad input, about 30 values per field type: markup that would run if echoed raw, links and
 * SVG that execute, text over each field's maximum, impossible dates and times, a wall-clock
 * time that does not exist (the DST gap), NUL bytes, bidi overrides and zero-width characters,
 * numbers JavaScript mishandles. Form fields name their type in the policy (`fields`);
 * dynamic URL segments and bound action arguments get the "id" list.
 */
export type FieldType =
  | "text"
  | "email"
  | "password"
  | "date"
  | "time"
  | "datetime"
  | "slot"
  | "number"
  | "score"
  | "count"
  | "choice"
  | "id"
  | "honeypot";

/** A form field as the policy declares it for the corpus (mirroring its lib/validation schema). */
export interface FieldSpec {
  type: FieldType;
  /** Maximum length of text, in characters (code points: an emoji is one). */
  max?: number;
  /** Empty is refused. */
  required?: boolean;
  /** choice: the only values accepted. */
  options?: readonly string[];
  /** date: no future dates. */
  past?: boolean;
  /** date: the earliest accepted (yyyy-mm-dd). */
  min?: string;
  /** count: the largest accepted (the smallest is 1). */
  limit?: number;
  /** time: "24:00" ends a range. */
  endOfDay?: boolean;
  /**
   * A hidden field's refusal is the form's message (this text, or one of these), not a message
   * under the field; for a booking's time, the answer that it is not offered.
   */
  formMessage?: string | string[];
}

const hostile = [
  "<script>alert(1)</script>",
  '"><script>alert(1)</script>',
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "javascript:alert(1)",
  " JaVaScRiPt:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "'; DROP TABLE clients; --",
  "' OR '1'='1",
  "a\u0000b",
  "\u0000",
  "\u202Egnp.exe",
  "a\u200Bb\u200Dc\uFEFF",
  "{{7*7}}${7*7}",
  "../../../etc/passwd",
  "%00%0d%0a",
  "\r\nSet-Cookie: injected=1",
  "\uD800",
  "__proto__",
  "",
  "   ",
];

const numbers = ["NaN", "Infinity", "-Infinity", "1e309", "-1", "-0", "0x10", "9007199254740993", "1_000", " 1 "];

/**
 * Instants a booking form may be sent instead of an offered slot, ISO with a zone as the form
 * sends them: long past, beyond any booking horizon, a date that does not exist, off the
 * 15-minute grid next week, before opening hours in another zone, inside the DST gap, and with
 * no zone at all.
 */
function slotsNotOffered(): string[] {
  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  return [
    "2020-01-06T09:00:00.000Z",
    new Date(Date.now() - 3_600_000).toISOString(),
    "2999-01-01T09:00:00Z",
    "2026-02-30T10:00:00Z",
    "2026-13-01T10:00:00Z",
    `${nextWeek}T10:07:00Z`,
    `${nextWeek}T10:00:00.001Z`,
    `${nextWeek}T10:00:00+05:30`,
    "2026-03-29T01:30:00+00:00",
    `${nextWeek}T10:00:00`,
    `${nextWeek}T24:00:00Z`,
  ];
}

/** The values for each field type; `max` is the field's declared maximum length, if any. */
export function corpusFor(type: FieldType, max = 200): string[] {
  const tooLong = "x".repeat(max + 1);
  const huge = "y".repeat(100_000);
  const byType: Record<FieldType, string[]> = {
    text: [tooLong, huge, "🧠".repeat(max), ...numbers.slice(0, 6)],
    email: [
      tooLong + "@example.test",
      "a@b",
      "a@b..test",
      '"<script>alert(1)</script>"@example.test',
      "user+<svg/onload=alert(1)>@example.test",
      "x@example.test\u0000",
      "a@[127.0.0.1]",
      "ADMIN@SEC.UNKNOT.TEST ",
    ],
    password: [tooLong, huge, "\u0000".repeat(10), ...numbers.slice(0, 5)],
    date: [
      "2025-02-30",
      "1899-12-31",
      "2999-01-01",
      "2025-13-01",
      "0000-00-00",
      "2025-02-29",
      "-2025-01-01",
      "99999-01-01",
      "2025-1-1",
      ...numbers.slice(0, 3),
    ],
    time: ["24:00", "23:60", "25:61", "-01:00", "01:30", "1:5", "12:00:60", ...numbers.slice(0, 3)],
    // 2026-03-29 01:30 does not exist in Europe/London (clocks jump from 01:00 to 02:00).
    datetime: ["2026-03-29T01:30", "2025-02-30T10:00", "2025-01-01T24:00", "2026-10-25T01:30", ...numbers.slice(0, 4)],
    // A booking's chosen time: never one the practice offers now.
    slot: [...slotsNotOffered(), "2026-03-29T01:30", "2025-02-30T10:00", ...numbers.slice(0, 4)],
    number: [...numbers, "1e309", "", "abc", "1,5"],
    // NPRS, tenderness, PSFS: whole numbers 0–10.
    score: [...numbers, "11", "10.0", "6.5", "1e1", "٣", "abc", "1,5"],
    // Dosage counts (sets, repetitions, seconds…): whole numbers from 1 to a limit.
    count: [...numbers, "0", "99999", "10.0", "6.5", "1e1", "٣", "abc", "1,5"],
    choice: ["LEFT", "left ", "yes\u0000", "Left", "0", "true ", "on\u200B", "null", "undefined"],
    id: [
      "not-a-uuid",
      "00000000-0000-0000-0000-000000000000",
      "' OR 1=1 --",
      "..%2F..%2Fetc%2Fpasswd",
      "%00",
      "x".repeat(5_000),
      "ffffffff-ffff-ffff-ffff-ffffffffffff",
      "0".repeat(36),
      "-".repeat(36),
      "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ],
    // A field people never see (the booking page's "website"): bots fill it in.
    honeypot: ["http://spam.example/", "a", tooLong, ...numbers.slice(0, 3)],
  };
  return [...new Set([...byType[type], ...hostile])];
}

/** Over the server-action body limit (1 MB by default). */
export const OVERSIZED = "z".repeat(2 * 1024 * 1024);

const UNSAFE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const realDate = (v: string) => {
  const date = new Date(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(v);
};
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

/**
 * True when the field must refuse the value: the app's rules for its type, written out
 * independently of lib/validation. Anything else may be accepted as data (markup in a note is
 * text; the browser tests check it never runs) or refused, but never answered with a 500.
 * The value is what the server receives: a form cannot carry a lone surrogate (it becomes U+FFFD).
 */
/** Today in UTC+14: a date after it is in the future wherever the practice is. */
const latestDayOnEarth = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);

export function mustRefuse(spec: FieldSpec, raw: string): boolean {
  const value = raw.toWellFormed();
  const trimmed = value.trim();
  const max = spec.max ?? Infinity;
  const length = (s: string) => [...s].length;
  switch (spec.type) {
    case "text": // trimmed first; empty is "not given"
      return length(trimmed) > max || UNSAFE.test(trimmed) || (trimmed === "" && Boolean(spec.required));
    case "password": // exactly as typed
      return length(value) > max || (value === "" && Boolean(spec.required));
    case "email":
      return trimmed === "" ? Boolean(spec.required) : length(trimmed) > max || !EMAIL.test(trimmed);
    case "date": // yyyy-mm-dd as typed
      if (value === "") return Boolean(spec.required);
      return (
        !realDate(value) ||
        (spec.min !== undefined && value < spec.min) ||
        (Boolean(spec.past) && value > latestDayOnEarth())
      );
    case "score":
      if (value === "") return Boolean(spec.required);
      return !/^\d{1,2}$/.test(trimmed) || Number(trimmed) > 10;
    case "count": // trimmed; empty means "not given"
      if (trimmed === "") return Boolean(spec.required);
      return !/^\d{1,4}$/.test(trimmed) || Number(trimmed) < 1 || Number(trimmed) > (spec.limit ?? 9999);
    case "number":
      return !/^\d{1,9}$/.test(trimmed);
    case "choice":
      return !spec.options!.includes(value);
    case "id": // only a real object's id may pass, and the corpus has none
      return value !== "" || Boolean(spec.required);
    case "time": // HH:MM on the 24-hour clock ("24:00" only where a range ends)
      if (trimmed === "") return Boolean(spec.required);
      return !/^([01]\d|2[0-3]):[0-5]\d$/.test(value) && !(spec.endOfDay && value === "24:00");
    case "slot": // only a time the practice offers now may pass, and the corpus has none
      return true;
    case "honeypot": // anything at all in it
      return value !== "";
    default:
      return false;
  }
}
