import { eq } from "drizzle-orm";
import { appointmentTypes, practices, workingHours } from "@/db/schema";
import { addDays, dayIn } from "@/lib/domain/days";
import type { BookingInput } from "@/lib/validation/booking";
import { testDb } from "./fixtures";

/**
 * Makes a practice bookable online: a public address, London time, a one-hour consultation
 * (15 minutes' buffer, bookable online) and a 30-minute follow-up (staff and portal only), and
 * both therapists working every day 09:00–17:00.
 */
export async function makeBookable(
  practice: { id: string },
  therapistIds: string[],
  slug = `p-${crypto.randomUUID().slice(0, 8)}`,
) {
  const db = await testDb();
  await db
    .update(practices)
    .set({ slug, timeZone: "Europe/London", phone: "+44 20 7946 0000", address: "1 Test Street" })
    .where(eq(practices.id, practice.id));
  const [consultation, followUp] = await db
    .insert(appointmentTypes)
    .values([
      {
        practiceId: practice.id,
        name: "Consultation",
        lengthMinutes: 60,
        bufferMinutes: 15,
        bookableOnline: true,
        priceText: "£65",
      },
      { practiceId: practice.id, name: "Follow-up", lengthMinutes: 30, bufferMinutes: 10, bookableOnline: false },
    ])
    .returning();
  await db.insert(workingHours).values(
    therapistIds.flatMap((therapistId) =>
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        practiceId: practice.id,
        therapistId,
        weekday,
        startTime: "09:00",
        endTime: "17:00",
      })),
    ),
  );
  return { slug, consultation: consultation!, followUp: followUp! };
}

/** A day well inside the booking horizon and past the notice: three days from now, London time. */
export const bookingDay = (days = 3) => addDays(dayIn("Europe/London", new Date()), days);

/** A valid public booking of `start`, every pre-screen answer "no" unless told otherwise. */
export function bookingInput(overrides: Partial<BookingInput> & Pick<BookingInput, "typeId" | "start">): BookingInput {
  return {
    therapistId: "anyone",
    givenName: "Robin",
    familyName: "Walker",
    email: `robin-${crypto.randomUUID().slice(0, 8)}@example.test`,
    phone: "+44 7700 900555",
    reason: "Back of the knee aches after hiking",
    website: "",
    "calf-clot": "no",
    "acute-injury": "no",
    "nerve-signs": "no",
    "hot-joint": "no",
    ...overrides,
  };
}
