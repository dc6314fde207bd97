import { randomUUID } from "node:crypto";
import { BOOKING_MESSAGES } from "@/components/booking/booking-messages";
import { APPOINTMENT_MESSAGES } from "@/components/calendar/calendar-messages";
import { APPOINTMENT_REFUSALS, STALE_PAGE } from "@/components/portal/appointment-messages";
import { PRESCREEN_QUESTIONS } from "@/lib/domain/prescreen";
import { WEEKDAY_KEYS } from "@/lib/validation/availability";
import type { FieldSpec } from "./corpus";
import { CHECKBOX, choice, count, objectWithId, text } from "./policy-forms";
import type { ActionContext, Fields } from "./policy-types";
import type { Scope, World } from "./support/world";
import { consultationForm, slotOf, WORKING_HOURS } from "./support/world-booking";

/**
 * Booking's forms (lib/validation/booking.ts, appointments.ts, availability.ts and the portal's
 * actions): each field for the corpus, and valid submissions aimed at the times the world keeps
 * free for them (support/world-booking.ts).
 */
const id = (formMessage?: string | string[]): FieldSpec => ({ type: "id", required: true, formMessage });
/** A chosen start: a message under it, or one of these answers that it is not offered. */
const slot = (...formMessage: string[]): FieldSpec => ({ type: "slot", required: true, formMessage });
const time = (required = true, endOfDay = false): FieldSpec => ({ type: "time", required, endOfDay });
const NOT_OFFERED = [BOOKING_MESSAGES["booking.unavailable"], BOOKING_MESSAGES["booking.taken"]];

/** The public booking form: the pre-screen, the chosen time (hidden), who is booking, and the honeypot. */
export const BOOKING_FIELDS: Fields = {
  ...Object.fromEntries(PRESCREEN_QUESTIONS.map((q) => [q.id, choice(["yes", "no"])])),
  typeId: id(NOT_OFFERED),
  therapistId: id(NOT_OFFERED),
  start: slot(...NOT_OFFERED),
  givenName: text(100, true),
  familyName: text(100, true),
  email: { type: "email", max: 254, required: true },
  phone: text(40, true),
  reason: text(1000),
  website: { type: "honeypot", max: 200, formMessage: BOOKING_MESSAGES["booking.refused"] },
};
/** The manage link's move: a malformed time is the form's message. */
export const RESCHEDULE_FIELDS: Fields = { start: slot("Choose a time from the list.", ...NOT_OFFERED) };
const PORTAL_REFUSED = [STALE_PAGE, APPOINTMENT_REFUSALS["booking.unavailable"], APPOINTMENT_REFUSALS["booking.taken"]];
/**
 * The portal's booking buttons: every field hidden, so every refusal is the page's message. The
 * therapist falls back to anyone free when it names no one (as the page does): only its shape is checked.
 */
export const PORTAL_BOOK_FIELDS: Fields = {
  typeId: id(PORTAL_REFUSED),
  therapistId: { ...text(36, true), formMessage: STALE_PAGE },
  start: slot(...PORTAL_REFUSED),
};
export const PORTAL_MOVE_FIELDS: Fields = { id: id(STALE_PAGE), start: slot(...PORTAL_REFUSED) };
export const PORTAL_CANCEL_FIELDS: Fields = { id: id(STALE_PAGE) };
/** Staff choosing a slot: a refusal of the choice is the form's message, of the time the time's. */
export const STAFF_SLOT_FIELDS: Fields = {
  therapistId: id(APPOINTMENT_MESSAGES["appointment.unknown-choice"]),
  day: { type: "date", required: true },
  time: time(),
};
export const NEW_APPOINTMENT_FIELDS: Fields = {
  ...STAFF_SLOT_FIELDS,
  clientId: id(),
  typeId: id(APPOINTMENT_MESSAGES["appointment.unknown-choice"]),
};
export const MARK_FIELDS: Fields = {
  outcome: { ...choice(["attended", "no-show"]), formMessage: "Choose attended or no-show." },
};
export const WORKING_HOURS_FIELDS: Fields = Object.fromEntries(
  WEEKDAY_KEYS.flatMap((day) => [
    [`hours.${day}.0.start`, time(false)],
    [`hours.${day}.0.end`, time(false, true)],
  ]),
);
export const TIME_OFF_FIELDS: Fields = {
  kind: choice(["all-day", "partial"]),
  fromDay: { type: "date", required: true },
  toDay: { type: "date" },
  startTime: time(false),
  endTime: time(false, true),
  note: text(200),
};
export const APPOINTMENT_TYPE_FIELDS: Fields = {
  name: text(80, true),
  description: text(300),
  lengthMinutes: count(480, true),
  bufferMinutes: { type: "number", required: true },
  priceText: text(60),
  bookableOnline: CHECKBOX,
  active: CHECKBOX,
};
export const BOOKING_RULES_FIELDS: Fields = {
  minNoticeHours: { type: "number", required: true },
  horizonWeeks: count(52, true),
  cancelWindowHours: { type: "number", required: true },
};

/** The data a seeded object carries for forms (its therapist, its time, a practice's types). */
const dataOf = (world: World, objectId: string | undefined) => objectWithId(world, objectId)?.data ?? {};
const iso = (world: World, days: number, at: string) => slotOf(world.bookingDay, days, at).toISOString();
/** The booking day plus `days` (yyyy-mm-dd; noon London time is on the same date in UTC). */
const slotDay = (world: World, days: number) => iso(world, days, "12:00").slice(0, 10);

/** A public booking of the practice's consultation with anyone free, four days after the booking day. */
export const bookingForm = ({ world, target }: ActionContext) => {
  const practice = dataOf(world, target.practice ?? world.corpusObjects.practice!.id);
  return {
    ...Object.fromEntries(PRESCREEN_QUESTIONS.map((q) => [q.id, "no"])),
    typeId: practice.consultation ?? "",
    therapistId: "anyone",
    start: iso(world, 4, "09:00"),
    givenName: "Matrix",
    familyName: "Booker",
    email: `booker-${randomUUID().slice(0, 8)}@example.test`,
    phone: "+44 7700 900777",
    reason: "Matrix booking",
    website: "",
  };
};

/** The confirmation page, opened for a time no one books (the sixth day after the booking day). */
export const confirmSearch = (world: World, scope: Scope | null) =>
  new URLSearchParams({
    type: world.objects.practice![scope ?? "own"].data!.consultation!,
    therapist: "anyone",
    start: iso(world, 6, "09:00"),
  }).toString();

/** The manage link moves its booking three days on, same time, same therapist. */
export const rescheduleForm = ({ world, target }: ActionContext) => ({
  start: iso(world, 3, dataOf(world, target.manageLink ?? world.corpusObjects.manageLink!.id).time ?? "14:00"),
});

/** Staff move a follow-up a day on, same time, same therapist. */
export const staffMoveForm = ({ world, target }: ActionContext) => {
  const appointment = dataOf(world, target.appointment ?? world.corpusObjects.appointment!.id);
  return {
    therapistId: appointment.therapistId ?? world.accounts.therapist.userId,
    day: slotDay(world, 1),
    time: appointment.time ?? "10:00",
  };
};

/** Staff book the client a follow-up with therapist A, seven days after the booking day. */
export const newAppointmentForm = ({ world, target }: ActionContext) => ({
  clientId: target.clientId ?? world.corpusObjects.client!.id,
  typeId: world.objects.practice!.own.data!.followUp!,
  therapistId: world.accounts.therapist.userId,
  day: slotDay(world, 7),
  time: "09:00",
});

/** The client books a follow-up with anyone free, five days after the booking day. */
export const portalBookForm = ({ world }: ActionContext) => ({
  typeId: world.objects.practice!.own.data!.followUp!,
  therapistId: "anyone",
  start: iso(world, 5, "09:00"),
});

/** The client moves their follow-up two days on, same time (the portal keeps the therapist). */
export const portalMoveForm = ({ world, target }: ActionContext) => {
  const appointment = target.id ?? world.corpusObjects.appointment!.id;
  return { id: appointment, start: iso(world, 2, dataOf(world, appointment).time ?? "10:00") };
};

/** The week every therapist of the world works (support/world-booking.ts): saving it changes no slot. */
export const workingWeekForm = () =>
  Object.fromEntries(
    WEEKDAY_KEYS.flatMap((day) => [
      [`hours.${day}.0.start`, WORKING_HOURS.start],
      [`hours.${day}.0.end`, WORKING_HOURS.end],
    ]),
  );

/** A day off thirty days after the booking day, away from every time the world books. */
export const timeOffForm = ({ world }: ActionContext) => ({
  kind: "all-day",
  fromDay: slotDay(world, 30),
  toDay: "",
  note: "Matrix time off",
});

/** The consultation as seeded: saving it changes nothing the booking pages offer. */
export const appointmentTypeForm = ({ world, target }: ActionContext) =>
  consultationForm(Number(dataOf(world, target.appointmentType).n ?? 1));

/** The app's default rules, which the world keeps: 12 hours' notice, 8 weeks ahead, 24 hours to change. */
export const bookingRulesForm = () => ({ minNoticeHours: "12", horizonWeeks: "8", cancelWindowHours: "24" });
