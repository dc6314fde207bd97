import { z } from "@/lib/validation/zod";
import { checkbox, isoDate, optionalText, nameText } from "./fields";
import { WEEKDAY_KEYS } from "./weekdays";

export { WEEKDAY_KEYS, type WeekdayKey } from "./weekdays";

/** A wall-clock time "HH:MM" (24-hour); "24:00" only ends a range. */
const time = (label: string) => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label} must be a time like 09:30.`);
const endTime = (label: string) =>
  z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, `${label} must be a time like 17:00.`);

/**
 * A therapist's working week: for each weekday (mon … sun), up to four ranges, typed as
 * `hours.<day>.<n>.start` / `.end`; an empty pair is no range. Ranges of a day must run
 * forwards and not overlap. (Weekdays are named, not numbered: numeric keys become arrays.)
 */
const range = z
  .object({ start: z.union([z.literal(""), time("Start")]), end: z.union([z.literal(""), endTime("End")]) })
  .refine((r) => (r.start === "") === (r.end === ""), { message: "Give both a start and an end.", path: ["end"] })
  .refine((r) => r.start === "" || r.start < r.end, { message: "The end must be after the start.", path: ["end"] });

export const workingHoursSchema = z.object({
  hours: z
    .partialRecord(z.enum(WEEKDAY_KEYS), z.array(range).max(4, "At most four ranges a day."))
    .superRefine((days, ctx) => {
      for (const [weekday, ranges] of Object.entries(days)) {
        // Keep each range's own position, so the message sits next to the field that overlaps.
        const used = ranges
          .map((r, index) => ({ ...r, index }))
          .filter((r) => r.start !== "")
          .sort((a, b) => a.start.localeCompare(b.start));
        for (let i = 1; i < used.length; i++) {
          if (used[i]!.start < used[i - 1]!.end) {
            ctx.addIssue({
              code: "custom",
              path: [weekday, used[i]!.index, "start"],
              message: "Ranges of a day must not overlap.",
            });
          }
        }
      }
    }),
});

export type WorkingHoursInput = z.output<typeof workingHoursSchema>;

/** Time off: whole days from one day to another, or part of one day. */
export const timeOffSchema = z
  .object({
    kind: z.enum(["all-day", "partial"], { error: "Choose whole days or part of a day." }),
    fromDay: isoDate("From"),
    toDay: z.union([z.literal(""), isoDate("To")]).optional(),
    startTime: z.union([z.literal(""), time("From time")]).optional(),
    endTime: z.union([z.literal(""), endTime("Until")]).optional(),
    note: optionalText("Note", 200),
  })
  .superRefine((t, ctx) => {
    if (t.kind === "all-day" && t.toDay && t.toDay < t.fromDay) {
      ctx.addIssue({ code: "custom", path: ["toDay"], message: "The last day must not be before the first." });
    }
    if (t.kind === "partial") {
      if (!t.startTime) ctx.addIssue({ code: "custom", path: ["startTime"], message: "Give the time it starts." });
      if (!t.endTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "Give the time it ends." });
      if (t.startTime && t.endTime && t.startTime >= t.endTime) {
        ctx.addIssue({ code: "custom", path: ["endTime"], message: "The end must be after the start." });
      }
    }
  })
  .transform((t) => ({
    kind: t.kind,
    fromDay: t.fromDay,
    toDay: t.kind === "all-day" ? t.toDay || t.fromDay : t.fromDay,
    startTime: t.kind === "partial" ? t.startTime! : null,
    endTime: t.kind === "partial" ? t.endTime! : null,
    note: t.note,
  }));

export type TimeOffInput = z.output<typeof timeOffSchema>;

const minutes = (label: string, min: number, max: number) =>
  z
    .string({ error: `Enter ${label.toLowerCase()}.` })
    .regex(/^\d{1,4}$/, `${label} must be a whole number of minutes.`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${label} must be from ${min} to ${max} minutes.`);

export const appointmentTypeSchema = z.object({
  name: nameText("Name", 80),
  description: optionalText("Description", 300),
  lengthMinutes: minutes("Length", 10, 480),
  bufferMinutes: minutes("Buffer after", 0, 120),
  priceText: optionalText("Price", 60),
  bookableOnline: checkbox,
  active: checkbox,
});

export type AppointmentTypeInput = z.output<typeof appointmentTypeSchema>;

const whole = (label: string, min: number, max: number) =>
  z
    .string({ error: `Enter ${label.toLowerCase()}.` })
    .regex(/^\d{1,4}$/, `${label} must be a whole number.`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${label} must be from ${min} to ${max}.`);

export const bookingRulesSchema = z.object({
  minNoticeHours: whole("Minimum notice (hours)", 0, 336),
  horizonWeeks: whole("How far ahead (weeks)", 1, 52),
  cancelWindowHours: whole("Cancellation window (hours)", 0, 336),
});

export type BookingRulesInput = z.output<typeof bookingRulesSchema>;
