import { eq } from "drizzle-orm";
import type { Tx } from "./demo-screen";
import { appointments, appointmentTypes, practices, workingHours } from "../schema";
import { blockedUntil, reminderDueAt } from "../../lib/domain/booking-policy";
import { addDays, dayIn } from "../../lib/domain/days";
import { instantOf, isoWeekday } from "../../lib/domain/wall-clock";

/**
 * The demo practice's booking setup: its public address (/book/riverside), contact details,
 * three appointment types (only the consultation bookable online by new clients), working
 * hours for both therapists, and Jordan's next follow-up with Maya.
 */
export async function seedDemoBooking(
  tx: Tx,
  ids: { practiceId: string; maya: string; sam: string; jordan: string; timeZone: string },
  now = new Date(),
) {
  const { practiceId, maya, sam, jordan, timeZone } = ids;
  await tx
    .update(practices)
    .set({ slug: "riverside", phone: "+44 20 7946 0000", address: "12 River Walk, London SE1 9AA" })
    .where(eq(practices.id, practiceId));
  const types = await tx
    .insert(appointmentTypes)
    .values([
      {
        practiceId,
        name: "Consultation",
        description: "First visit: your history, a safety screen, an assessment and a first treatment.",
        lengthMinutes: 60,
        bufferMinutes: 15,
        priceText: "£65",
        bookableOnline: true,
        sortOrder: 1,
      },
      { practiceId, name: "Treatment", lengthMinutes: 45, bufferMinutes: 15, priceText: "£50", sortOrder: 2 },
      { practiceId, name: "Follow-up", lengthMinutes: 30, bufferMinutes: 10, priceText: "£40", sortOrder: 3 },
    ])
    .returning({ id: appointmentTypes.id, name: appointmentTypes.name });
  const hours = [
    ...[1, 2, 3, 4, 5].flatMap((weekday) => [
      { therapistId: maya, weekday, startTime: "09:00", endTime: "12:30" },
      { therapistId: maya, weekday, startTime: "13:30", endTime: "17:00" },
    ]),
    { therapistId: sam, weekday: 2, startTime: "10:00", endTime: "18:00" },
    { therapistId: sam, weekday: 4, startTime: "10:00", endTime: "18:00" },
    { therapistId: sam, weekday: 6, startTime: "09:00", endTime: "13:00" },
  ];
  await tx.insert(workingHours).values(hours.map((h) => ({ ...h, practiceId })));
  // Jordan's follow-up: the first weekday at least three days ahead, 10:00 with Maya.
  let day = addDays(dayIn(timeZone, now), 3);
  while (isoWeekday(day) > 5) day = addDays(day, 1);
  const startsAt = instantOf(day, "10:00", timeZone)!;
  const endsAt = new Date(startsAt.getTime() + 30 * 60_000);
  await tx.insert(appointments).values({
    practiceId,
    therapistId: maya,
    clientId: jordan,
    typeId: types.find((t) => t.name === "Follow-up")!.id,
    startsAt,
    endsAt,
    blockedUntil: blockedUntil(endsAt, 10),
    source: "staff",
    reminderDueAt: reminderDueAt(startsAt, now),
    createdBy: maya,
  });
}
