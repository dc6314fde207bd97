import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { appointments, appointmentTypes, callbackRequests, clients, outbox } from "@/db/schema";
import {
  cancelAppointmentAsStaff,
  createAppointment,
  getAppointment,
  getNewAppointmentForm,
  markAppointment,
  moveAppointmentAsStaff,
} from "@/lib/dal/appointments";
import { getAvailabilitySettings, saveAppointmentType, saveWorkingHours } from "@/lib/dal/availability";
import { getCalendar } from "@/lib/dal/calendar";
import { listCallbacks, resolveCallback } from "@/lib/dal/callbacks";
import { bookAsClient, cancelAsClient, getMyAppointments, getPortalBooking } from "@/lib/dal/portal-appointments";
import { bookingDay, makeBookable } from "../support/booking";
import { createPractice, NOT_FOUND, signInAs, signOutLocally, testDb } from "../support/fixtures";
import { currentRequest } from "../support/request-context";

/**
 * The staff side of booking: the calendar, appointments booked, moved, cancelled and marked by
 * staff and the front desk, callback requests, availability settings, and a client's own
 * appointments in the portal. Practices never see each other's.
 */
let here: Awaited<ReturnType<typeof createPractice>>;
let elsewhere: Awaited<ReturnType<typeof createPractice>>;
let setup: Awaited<ReturnType<typeof makeBookable>>;

beforeAll(async () => {
  here = await createPractice("Calendar");
  elsewhere = await createPractice("ElsewhereCal");
  setup = await makeBookable(here.practice, [here.therapist.id, here.otherTherapist.id]);
  await makeBookable(elsewhere.practice, [elsewhere.therapist.id]);
  const db = await testDb();
  await db.update(clients).set({ email: "ana.calendar@example.test" }).where(eq(clients.id, here.clientA.record.id));
});

beforeEach(() => {
  signOutLocally();
  currentRequest.ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
});

const booking = (day: string, time: string, therapistId = here.therapist.id) => ({
  typeId: setup.followUp.id,
  therapistId,
  day,
  time,
});

describe("staff booking", () => {
  it("lets the front desk book a colleague's client, refuses a clash with a clear answer, and flags times outside hours", async () => {
    await signInAs(here.frontDesk);
    const day = bookingDay(20);
    const first = await createAppointment(here.clientB.record.id, booking(day, "10:00"));
    expect(first).toMatchObject({ ok: true, outsideHours: false });
    expect(await createAppointment(here.clientA.record.id, booking(day, "10:15"))).toEqual({
      ok: false,
      code: "appointment.conflict",
      therapistName: here.therapist.displayName,
    });
    const late = await createAppointment(here.clientA.record.id, booking(day, "20:00"));
    expect(late).toMatchObject({ ok: true, outsideHours: true });
    expect(await createAppointment(here.clientA.record.id, booking("2020-01-06", "10:00"))).toEqual({
      ok: false,
      code: "appointment.past",
    });
    await expect(createAppointment(elsewhere.clientA.record.id, booking(day, "11:00"))).rejects.toThrow(NOT_FOUND);
  });

  it("moves, cancels and marks appointments; the client is emailed each change", async () => {
    await signInAs(here.therapist);
    const day = bookingDay(21);
    const created = await createAppointment(here.clientA.record.id, booking(day, "09:00"));
    if (!created.ok) throw new Error("not booked");
    const moved = await moveAppointmentAsStaff(created.id, { therapistId: here.otherTherapist.id, day, time: "13:00" });
    expect(moved).toMatchObject({ ok: true, outsideHours: false });
    const detail = await getAppointment(created.id);
    expect(detail).toMatchObject({
      therapistId: here.otherTherapist.id,
      startTime: "13:00",
      status: "booked",
      started: false,
    });
    expect(await markAppointment(created.id, "attended")).toEqual({ ok: false, code: "appointment.not-started" });
    expect(await cancelAppointmentAsStaff(created.id)).toEqual({ ok: true });
    expect(await cancelAppointmentAsStaff(created.id)).toEqual({ ok: false, code: "appointment.not-booked" });
    const db = await testDb();
    const [row] = await db.select().from(appointments).where(eq(appointments.id, created.id));
    expect(row).toMatchObject({ status: "cancelled", sequence: 2 });
    const mails = await db.select().from(outbox).where(eq(outbox.toAddress, "ana.calendar@example.test"));
    const subjects = mails.map((m) => m.subject.split(":")[0]);
    expect(subjects).toEqual(expect.arrayContaining(["Booked", "Moved", "Cancelled"]));
  });

  it("shows the week on the calendar, its own practice only, to staff and the front desk but not to clients", async () => {
    await signInAs(here.therapist);
    const day = bookingDay(22);
    const created = await createAppointment(here.clientA.record.id, booking(day, "11:00"));
    if (!created.ok) throw new Error("not booked");
    await signInAs(here.frontDesk);
    const week = await getCalendar({ view: "week", date: day });
    expect(week.days).toHaveLength(7);
    expect(week.appointments.map((a) => a.id)).toContain(created.id);
    expect(week.mayOpenChart).toBe(false);
    expect(week.therapists.map((t) => t.id).sort()).toEqual([here.therapist.id, here.otherTherapist.id].sort());
    // An impossible date is today, not an error.
    expect((await getCalendar({ date: "2026-13-01" })).days).toEqual([week.today]);
    await signInAs(elsewhere.therapist);
    expect((await getCalendar({ view: "week", date: day })).appointments.map((a) => a.id)).not.toContain(created.id);
    await expect(getAppointment(created.id)).rejects.toThrow(NOT_FOUND);
    await signInAs(here.clientA.login);
    await expect(getCalendar({})).rejects.toThrow(NOT_FOUND);
  });

  it("finds clients for a new appointment by name, email or phone, in its own practice", async () => {
    await signInAs(here.frontDesk);
    const form = await getNewAppointmentForm({ q: "ana" });
    expect(form.matches.map((m) => m.id)).toEqual([here.clientA.record.id]);
    expect((await getNewAppointmentForm({ q: "%" })).matches).toEqual([]);
  });
});

describe("callback requests", () => {
  it("are listed for the practice and resolved once", async () => {
    const db = await testDb();
    const [request] = await db
      .insert(callbackRequests)
      .values({ practiceId: here.practice.id, name: "Casey Caller", phone: "+44 7700 900999", answers: ["calf-clot"] })
      .returning();
    await signInAs(here.frontDesk);
    expect((await listCallbacks()).open.map((r) => r.id)).toContain(request!.id);
    expect(await resolveCallback(request!.id, "Called: seeing GP today")).toEqual({ ok: true });
    expect(await resolveCallback(request!.id, "Again")).toEqual({ ok: false, code: "callback.already-resolved" });
    expect((await listCallbacks()).resolved.map((r) => r.id)).toContain(request!.id);
    await signInAs(elsewhere.admin);
    await expect(resolveCallback(request!.id, "Not mine")).rejects.toThrow(NOT_FOUND);
  });
});

describe("availability settings", () => {
  const hours = {
    hours: {
      mon: [
        { start: "08:00", end: "12:00" },
        { start: "13:00", end: "16:00" },
      ],
    },
  };

  // A practice of its own: changing its weeks must not change what the other tests can book.
  let own: Awaited<ReturnType<typeof createPractice>>;
  beforeAll(async () => {
    own = await createPractice("Availability");
    await makeBookable(own.practice, [own.therapist.id, own.otherTherapist.id]);
  });

  it("let a therapist edit their own week, an admin anyone's, and nobody else", async () => {
    const here = own;
    await signInAs(here.therapist);
    await saveWorkingHours(here.therapist.id, hours);
    const mine = await getAvailabilitySettings({});
    expect(mine.therapistId).toBe(here.therapist.id);
    expect(mine.hours).toEqual([
      { weekday: 1, start: "08:00", end: "12:00" },
      { weekday: 1, start: "13:00", end: "16:00" },
    ]);
    expect(mine.practice).toBeNull();
    await expect(saveWorkingHours(here.otherTherapist.id, hours)).rejects.toThrow(NOT_FOUND);
    await signInAs(here.admin);
    await saveWorkingHours(here.otherTherapist.id, hours);
    expect((await getAvailabilitySettings({ therapist: here.otherTherapist.id })).hours).toHaveLength(2);
    await signInAs(here.frontDesk);
    await expect(getAvailabilitySettings({})).rejects.toThrow(NOT_FOUND);
    await signInAs(elsewhere.admin);
    await expect(saveWorkingHours(here.therapist.id, hours)).rejects.toThrow(NOT_FOUND);
  });

  it("let only an admin add appointment types, which go after the practice's others", async () => {
    const here = own;
    await signInAs(here.admin);
    const { id } = await saveAppointmentType(null, {
      name: "Sports massage",
      description: null,
      lengthMinutes: 45,
      bufferMinutes: 15,
      priceText: "£55",
      bookableOnline: true,
      active: true,
    });
    const db = await testDb();
    const types = await db.select().from(appointmentTypes).where(eq(appointmentTypes.practiceId, here.practice.id));
    const added = types.find((t) => t.id === id)!;
    expect(added.sortOrder).toBeGreaterThan(Math.max(...types.filter((t) => t.id !== id).map((t) => t.sortOrder)));
    await signInAs(here.therapist);
    await expect(saveAppointmentType(null, { ...added, description: null })).rejects.toThrow(NOT_FOUND);
  });
});

describe("the portal's appointments", () => {
  it("let a client book a follow-up from the free times, see it, and cancel it (twice is fine)", async () => {
    await signInAs(here.clientA.login);
    const day = bookingDay(24);
    const view = await getPortalBooking({ type: setup.followUp.id, day });
    expect(view.therapistId).toBe(here.therapist.id);
    expect(view.practicePhone).toBe("+44 20 7946 0000");
    const slot = view.slots.find((s) => s.time === "15:00")!;
    const booked = await bookAsClient({ typeId: setup.followUp.id, therapistId: here.therapist.id, start: slot.start });
    expect(booked).toMatchObject({ ok: true });
    const id = (booked as { id: string }).id;
    const listed = await getMyAppointments();
    expect(listed.upcoming.map((a) => a.id)).toContain(id);
    expect(listed.practice).toMatchObject({ phone: "+44 20 7946 0000" });
    expect(await cancelAsClient(id)).toEqual({ ok: true, id });
    expect(await cancelAsClient(id)).toEqual({ ok: true, id });
    const mine = await getMyAppointments();
    expect(mine.upcoming.map((a) => a.id)).not.toContain(id);
    expect(mine.past.map((a) => a.id)).toContain(id);
    const db = await testDb();
    expect((await db.select().from(outbox).where(eq(outbox.calendarMethod, "CANCEL"))).length).toBeGreaterThan(0);
  });

  it("keep each client to their own appointments, and staff out", async () => {
    await signInAs(here.clientA.login);
    const view = await getPortalBooking({ type: setup.followUp.id, day: bookingDay(25) });
    const booked = await bookAsClient({
      typeId: setup.followUp.id,
      therapistId: here.therapist.id,
      start: view.slots[0]!.start,
    });
    const id = (booked as { id: string }).id;
    await signInAs(here.clientB.login);
    await expect(cancelAsClient(id)).rejects.toThrow(NOT_FOUND);
    await expect(getPortalBooking({ move: id })).rejects.toThrow(NOT_FOUND);
    await signInAs(here.therapist);
    await expect(getMyAppointments()).rejects.toThrow(NOT_FOUND);
  });
});
