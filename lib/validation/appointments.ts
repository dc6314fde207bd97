import { z } from "@/lib/validation/zod";
import { isoDate, requiredText, uuidField } from "./fields";

/** A wall-clock start "HH:MM" (24-hour) in the practice's time zone. */
const startTime = z
  .string({ error: "Enter a start time, like 09:30." })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a start time, like 09:30.");

/** Where and when an appointment happens: therapist, day and start (a move names only these). */
export const appointmentSlotSchema = z.object({
  therapistId: z.uuid({ error: "Choose a therapist." }),
  day: isoDate("Day"),
  time: startTime,
});

export type AppointmentSlotInput = z.output<typeof appointmentSlotSchema>;

/** Staff booking an appointment for a client: who, what, and the slot. */
export const newAppointmentSchema = appointmentSlotSchema.extend({
  clientId: uuidField("The client"),
  typeId: uuidField("The appointment type"),
});

export type NewAppointmentInput = z.output<typeof newAppointmentSchema>;

/** What happened at an appointment that has started. */
export const markAppointmentSchema = z.object({
  outcome: z.enum(["attended", "no-show"], { error: "Choose attended or no-show." }),
});

/** What staff did about a callback request (called back, booked, referred to a doctor …). */
export const resolveCallbackSchema = z.object({
  resolution: requiredText("What was done", 1000),
});
