import { formatDateTime } from "@/lib/format";

/**
 * The emails of a booking, in the words the person who booked reads: pure, so the DAL queues
 * them with the change that caused them and tests can read them.
 */
export interface BookingFacts {
  givenName: string;
  practiceName: string;
  practicePhone: string | null;
  practiceAddress: string | null;
  typeName: string;
  therapistName: string;
  startsAt: Date;
  timeZone: string;
  cancelWindowHours: number;
  /** The signed link to reschedule or cancel. */
  manageUrl: string;
}

const when = (f: Pick<BookingFacts, "startsAt" | "timeZone">) =>
  `${formatDateTime(f.startsAt, f.timeZone)} (${f.timeZone} time)`;

function footer(f: BookingFacts): string[] {
  const call = f.practicePhone ? `call us on ${f.practicePhone}` : "contact the practice";
  return [
    `To reschedule or cancel, use this link up to ${f.cancelWindowHours} hours before your appointment:`,
    f.manageUrl,
    `Closer to the time, please ${call}.`,
    "",
    "If you notice sudden calf swelling, warmth or redness, numbness or tingling spreading down your leg, or a fever with a hot, swollen joint before your visit, please see a doctor first and let us know.",
    "",
    f.practiceName,
    ...(f.practiceAddress ? [f.practiceAddress] : []),
  ];
}

export function confirmationEmail(f: BookingFacts) {
  return {
    subject: `Booked: ${f.typeName} at ${f.practiceName}, ${formatDateTime(f.startsAt, f.timeZone)}`,
    body: [
      `Hello ${f.givenName},`,
      "",
      `You are booked for ${f.typeName.toLowerCase()} with ${f.therapistName} on ${when(f)}.`,
      ...(f.practiceAddress ? [`Where: ${f.practiceAddress}`] : []),
      "The calendar file attached adds it to your calendar.",
      "",
      ...footer(f),
    ].join("\n"),
  };
}

export function rescheduleEmail(f: BookingFacts) {
  return {
    subject: `Moved: ${f.typeName} at ${f.practiceName}, now ${formatDateTime(f.startsAt, f.timeZone)}`,
    body: [
      `Hello ${f.givenName},`,
      "",
      `Your ${f.typeName.toLowerCase()} with ${f.therapistName} is now on ${when(f)}. Earlier links no longer work.`,
      "",
      ...footer(f),
    ].join("\n"),
  };
}

export function cancellationEmail(f: Omit<BookingFacts, "manageUrl" | "cancelWindowHours">) {
  return {
    subject: `Cancelled: ${f.typeName} at ${f.practiceName}, ${formatDateTime(f.startsAt, f.timeZone)}`,
    body: [
      `Hello ${f.givenName},`,
      "",
      `Your ${f.typeName.toLowerCase()} with ${f.therapistName} on ${when(f)} is cancelled.`,
      "",
      f.practiceName,
      ...(f.practicePhone ? [f.practicePhone] : []),
    ].join("\n"),
  };
}

export function reminderEmail(f: BookingFacts) {
  return {
    subject: `Tomorrow: ${f.typeName} at ${f.practiceName}, ${formatDateTime(f.startsAt, f.timeZone)}`,
    body: [
      `Hello ${f.givenName},`,
      "",
      `A reminder: ${f.typeName.toLowerCase()} with ${f.therapistName} on ${when(f)}.`,
      ...(f.practiceAddress ? [`Where: ${f.practiceAddress}`] : []),
      "",
      ...footer(f),
    ].join("\n"),
  };
}
