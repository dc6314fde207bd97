import { and, eq } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appointments, callbackRequests, clients, outbox } from "@/db/schema";
import { getBookingChoice, getBookingPage, requestBooking } from "@/lib/dal/booking";
import { cancelByLink, getManagedBooking, rescheduleByLink } from "@/lib/dal/booking-manage";
import { createClient } from "@/lib/dal/client-records";
import { createPractice, NOT_FOUND, signInAs, signOutLocally, testDb } from "../support/fixtures";
import { bookingDay, bookingInput, makeBookable } from "../support/booking";
import { currentRequest } from "../support/request-context";

/**
 * Online booking, as a visitor uses it: the practice's free times, a booking that makes a
 * prospect client and emails a confirmation with a calendar file, the pre-screen that turns a
 * yes into a callback request, the "just taken" answer, and the emailed link that moves or
 * cancels within the practice's window.
 */
let here: Awaited<ReturnType<typeof createPractice>>;
let setup: Awaited<ReturnType<typeof makeBookable>>;

beforeAll(async () => {
  here = await createPractice("Booking");
  setup = await makeBookable(here.practice, [here.therapist.id, here.otherTherapist.id]);
});

beforeEach(() => {
  signOutLocally();
  // Each booking from its own address: the per-address limit has a test of its own.
  currentRequest.ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
});

async function firstFreeSlot(day = bookingDay(), therapist?: string) {
  const page = await getBookingPage(setup.slug, { type: setup.consultation.id, day, therapist });
  expect(page.slots.length).toBeGreaterThan(0);
  return page.slots[0]!;
}

describe("the public booking page", () => {
  it("offers every free start of the day for anyone, and not-found for an unknown practice", async () => {
    const page = await getBookingPage(setup.slug, { type: setup.consultation.id, day: bookingDay() });
    expect(page.practice).toMatchObject({ name: "Booking", phone: "+44 20 7946 0000" });
    expect(page.types.map((t) => t.name)).toEqual(["Consultation"]);
    expect(page.therapistId).toBe("anyone");
    // 09:00 to 16:00 every 15 minutes (a 60-minute visit plus 15 minutes' buffer must end by 17:00).
    expect(page.slots[0]!.time).toBe("09:00");
    expect(page.slots.at(-1)!.time).toBe("15:45");
    expect(page.slots).toHaveLength(28);
    await expect(getBookingPage("no-such-practice", {})).rejects.toThrow(NOT_FOUND);
  });

  it("offers the next free day when a day is full", async () => {
    const page = await getBookingPage(setup.slug, { type: setup.consultation.id, day: "2000-01-01" });
    expect(page.day).toBe(page.firstDay);
    const past = await getBookingPage(setup.slug, { type: setup.consultation.id, day: page.lastDay });
    expect(past.day).toBe(page.lastDay);
  });
});

describe("booking", () => {
  it("creates a prospect client and an appointment, and emails a confirmation with a calendar file", async () => {
    const slot = await firstFreeSlot(bookingDay(4));
    const input = bookingInput({ typeId: setup.consultation.id, start: slot.start });
    const result = await requestBooking(setup.slug, input);
    expect(result).toMatchObject({ ok: true, outcome: "booked" });
    const db = await testDb();
    const [client] = await db.select().from(clients).where(eq(clients.email, input.email));
    expect(client).toMatchObject({ status: "prospect", givenName: "Robin", practiceId: here.practice.id });
    const [appointment] = await db.select().from(appointments).where(eq(appointments.clientId, client!.id));
    expect(appointment).toMatchObject({ status: "booked", source: "online" });
    expect(appointment!.startsAt.toISOString()).toBe(slot.start);
    const [mail] = await db.select().from(outbox).where(eq(outbox.toAddress, input.email));
    expect(mail!.subject).toMatch(/^Booked: Consultation at Booking/);
    expect(mail!.body).toContain("/book/manage/");
    expect(mail!.calendarMethod).toBe("REQUEST");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(mail!.calendar!)).getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate().toISOString()).toBe(slot.start);
    expect(event.uid).toBe(`${appointment!.id}@localhost:3000`);
  });

  it("attaches to the practice's client with that email, and answers exactly as for a new person", async () => {
    await signInAs(here.therapist);
    const existing = await createClient({
      givenName: "Kim",
      familyName: "Known",
      dateOfBirth: null,
      email: "kim.known@example.test",
      phone: null,
      primaryTherapistId: null,
    });
    signOutLocally();
    const slot = await firstFreeSlot(bookingDay(5));
    const result = await requestBooking(
      setup.slug,
      bookingInput({ typeId: setup.consultation.id, start: slot.start, email: "Kim.Known@example.test" }),
    );
    expect(result).toMatchObject({ ok: true, outcome: "booked" });
    const db = await testDb();
    const kims = await db.select().from(clients).where(eq(clients.email, "kim.known@example.test"));
    expect(kims).toHaveLength(1);
    expect(kims[0]!.id).toBe(existing.ok && existing.id);
    expect(kims[0]!.status).toBe("active");
  });

  it("gives the loser of a taken slot 'just taken', and books nothing for them", async () => {
    const slot = await firstFreeSlot(bookingDay(6), here.therapist.id);
    const first = bookingInput({ typeId: setup.consultation.id, start: slot.start, therapistId: here.therapist.id });
    expect(await requestBooking(setup.slug, first)).toMatchObject({ ok: true });
    const second = bookingInput({ typeId: setup.consultation.id, start: slot.start, therapistId: here.therapist.id });
    expect(await requestBooking(setup.slug, second)).toEqual({ ok: false, code: "booking.taken" });
    const db = await testDb();
    expect(await db.select().from(clients).where(eq(clients.email, second.email))).toHaveLength(0);
    // "Anyone" still gets the other therapist at that time.
    const third = bookingInput({ typeId: setup.consultation.id, start: slot.start });
    expect(await requestBooking(setup.slug, third)).toMatchObject({ ok: true, outcome: "booked" });
    const choice = await getBookingChoice(setup.slug, {
      type: setup.consultation.id,
      therapist: "anyone",
      start: slot.start,
    });
    expect(choice?.stillFree).toBe(false);
  });

  it("refuses times that are not offered: past, outside hours, off the step, a type not bookable online", async () => {
    const day = bookingDay(7);
    const slot = await firstFreeSlot(day);
    const at = (iso: string) => bookingInput({ typeId: setup.consultation.id, start: iso });
    for (const start of [
      "2020-01-06T10:00:00.000Z",
      `${day}T03:00:00.000Z`,
      new Date(new Date(slot.start).getTime() + 7 * 60_000).toISOString(),
    ]) {
      expect(await requestBooking(setup.slug, at(start))).toEqual({ ok: false, code: "booking.unavailable" });
    }
    expect(await requestBooking(setup.slug, bookingInput({ typeId: setup.followUp.id, start: slot.start }))).toEqual({
      ok: false,
      code: "booking.unavailable",
    });
  });
});

describe("the pre-screen", () => {
  it("turns a yes into a callback request that staff see, and books nothing", async () => {
    const slot = await firstFreeSlot(bookingDay(8));
    const input = bookingInput({ typeId: setup.consultation.id, start: slot.start, "calf-clot": "yes" });
    expect(await requestBooking(setup.slug, input)).toEqual({ ok: true, outcome: "callback" });
    const db = await testDb();
    const [request] = await db.select().from(callbackRequests).where(eq(callbackRequests.email, input.email));
    expect(request).toMatchObject({ answers: ["calf-clot"], practiceId: here.practice.id, resolvedAt: null });
    expect(await db.select().from(clients).where(eq(clients.email, input.email))).toHaveLength(0);
  });
});

describe("abuse", () => {
  it("refuses a filled-in honeypot and writes nothing", async () => {
    const slot = await firstFreeSlot(bookingDay(9));
    const input = bookingInput({ typeId: setup.consultation.id, start: slot.start, website: "http://spam.example" });
    expect(await requestBooking(setup.slug, input)).toEqual({ ok: false, code: "booking.refused" });
    const db = await testDb();
    expect(await db.select().from(clients).where(eq(clients.email, input.email))).toHaveLength(0);
  });

  it("limits one email to five attempts a day", async () => {
    const email = `limited-${crypto.randomUUID().slice(0, 6)}@example.test`;
    const slot = await firstFreeSlot(bookingDay(10));
    const answers = [];
    for (let i = 0; i < 6; i++) {
      currentRequest.ip = `192.0.2.${i + 1}`;
      answers.push(
        await requestBooking(
          setup.slug,
          bookingInput({ typeId: setup.consultation.id, start: slot.start, email, "hot-joint": "yes" }),
        ),
      );
    }
    expect(answers.slice(0, 5).every((a) => a.ok)).toBe(true);
    expect(answers[5]).toEqual({ ok: false, code: "booking.rate-limited" });
  });
});

describe("the emailed link", () => {
  async function bookAndLink(day: string) {
    const slot = await firstFreeSlot(day, here.therapist.id);
    const input = bookingInput({ typeId: setup.consultation.id, start: slot.start, therapistId: here.therapist.id });
    const result = await requestBooking(setup.slug, input);
    if (!result.ok || result.outcome !== "booked") throw new Error("not booked");
    return { token: result.manageToken, input, slot };
  }

  it("moves the booking to another free time; the old link stops working and a new calendar file goes out", async () => {
    const { token, input } = await bookAndLink(bookingDay(11));
    const view = await getManagedBooking(token, { day: bookingDay(12) });
    expect(view).toMatchObject({ mayChange: true, appointment: { status: "booked", typeName: "Consultation" } });
    const target = view!.slots[3]!;
    const moved = await rescheduleByLink(token, target.start);
    expect(moved).toMatchObject({ ok: true });
    expect(await getManagedBooking(token)).toBeNull();
    const fresh = await getManagedBooking((moved as { manageToken: string }).manageToken);
    expect(fresh!.appointment.start).toBe(target.start);
    const db = await testDb();
    const mails = await db.select().from(outbox).where(eq(outbox.toAddress, input.email)).orderBy(outbox.createdAt);
    expect(mails.map((m) => m.subject.split(":")[0])).toEqual(["Booked", "Moved"]);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(mails[1]!.calendar!)).getFirstSubcomponent("vevent")!);
    expect(event.sequence).toBe(1);
  });

  it("cancels outside the window (a CANCEL calendar file), and refuses inside it", async () => {
    const { token, input } = await bookAndLink(bookingDay(13));
    const result = await cancelByLink(token);
    expect(result).toMatchObject({ ok: true });
    // The old link is stale; the answer's link shows the cancelled booking, with nothing left to change.
    expect(await getManagedBooking(token)).toBeNull();
    const view = await getManagedBooking((result as { manageToken: string }).manageToken);
    expect(view).toMatchObject({ mayChange: false, appointment: { status: "cancelled" } });
    const db = await testDb();
    const [cancelled] = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.toAddress, input.email), eq(outbox.calendarMethod, "CANCEL")));
    expect(cancelled!.subject).toMatch(/^Cancelled:/);

    const soon = await bookAndLink(bookingDay(14));
    // The practice now asks for two weeks' notice: the same link may no longer cancel.
    const { practices } = await import("@/db/schema");
    await db
      .update(practices)
      .set({ cancelWindowHours: 24 * 30 })
      .where(eq(practices.id, here.practice.id));
    expect(await cancelByLink(soon.token)).toEqual({ ok: false, code: "booking.too-late" });
    expect((await getManagedBooking(soon.token))!.mayChange).toBe(false);
    await db.update(practices).set({ cancelWindowHours: 24 }).where(eq(practices.id, here.practice.id));
  });

  it("refuses a forged or mangled link", async () => {
    const { token } = await bookAndLink(bookingDay(15));
    expect(await getManagedBooking(token.slice(0, -2) + "xx")).toBeNull();
    expect(await cancelByLink("not-a-token")).toEqual({ ok: false, code: "booking.link-invalid" });
  });
});
