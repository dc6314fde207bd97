import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { appointments } from "@/db/schema";
import { getBookingPage, requestBooking } from "@/lib/dal/booking";
import { createPractice, testDb } from "../../support/fixtures";
import { bookingDay, bookingInput, makeBookable } from "../../support/booking";

// Fifty visitors from fifty addresses: the per-address limit is not what this test is about.
vi.mock("@/lib/dal/internal/request", () => ({
  requestIp: async () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.1`,
  requestOrigin: async () => "http://localhost:3000",
}));

/**
 * No double booking under concurrency, on the engine that has concurrency: fifty people book
 * the same time with the same therapist at once, twenty times over. The exclusion constraint
 * lets exactly one in each round; every other person hears "that time was just taken".
 */
let setup: Awaited<ReturnType<typeof makeBookable>>;
let therapistId: string;

beforeAll(async () => {
  const here = await createPractice("Concurrency");
  therapistId = here.therapist.id;
  setup = await makeBookable(here.practice, [therapistId]);
});

describe("fifty parallel bookings of one slot", () => {
  it("book exactly one each round, twenty rounds, and the losers are told it was just taken", async () => {
    // Twenty starts far enough apart (on four days) that one round's booking never blocks another's.
    const days = await Promise.all(
      [4, 5, 6, 7].map((d) =>
        getBookingPage(setup.slug, { type: setup.consultation.id, day: bookingDay(d), therapist: therapistId }),
      ),
    );
    const starts = days.flatMap((page) => page.slots.filter((_, i) => i % 5 === 0).slice(0, 5)).map((s) => s.start);
    expect(starts).toHaveLength(20);
    const db = await testDb();
    for (const [round, start] of starts.entries()) {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          requestBooking(
            setup.slug,
            bookingInput({
              typeId: setup.consultation.id,
              therapistId,
              start,
              email: `round${round}-person${i}@example.test`,
            }),
          ),
        ),
      );
      const booked = results.filter((r) => r.ok);
      const losers = results.filter((r) => !r.ok);
      expect({ round, booked: booked.length }).toEqual({ round, booked: 1 });
      expect(losers.every((r) => !r.ok && r.code === "booking.taken")).toBe(true);
      const [counted] = await db
        .select({ n: count() })
        .from(appointments)
        .where(and(eq(appointments.therapistId, therapistId), eq(appointments.startsAt, new Date(start))));
      expect(counted?.n).toBe(1);
    }
  }, 300_000);
});
