import { z } from "@/lib/validation/zod";
import { STOP_SYMPTOMS } from "@/lib/domain/symptoms";
import { newPassword, optionalText, score } from "./fields";

export const painLogSchema = z.object({
  score: score("Pain today"),
  note: optionalText("Note", 500),
});

export const symptomSchema = z.object({
  kind: z.enum(STOP_SYMPTOMS, { error: "Choose what you feel." }),
  note: optionalText("What happened", 500),
});

export const markSchema = z.object({
  itemId: z.string().min(1).max(64),
  session: z.number().int().min(1).max(24),
});

export const setPasswordSchema = z
  .object({
    password: newPassword,
    confirm: z.string({ error: "Type the password again." }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords do not match." });

export const resolveReportSchema = z.object({
  resolution: optionalText("Follow-up note", 1000).transform((v) => v ?? "Reviewed"),
});

/** Accepting an invitation by signing in with the login the invited address already has. */
export const invitationSignInSchema = z.object({
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(200, "That password is too long."),
});

/** What the invitation sign-in provider receives: the link's token with the password. */
export const invitationCredentialsSchema = invitationSignInSchema.extend({
  token: z.string().min(1).max(200),
});

/** A daily reminder's time, "HH:MM" on the practice's clock (what <input type="time"> sends). */
export const reminderSchema = z.object({
  time: z
    .string({ error: "Choose a time." })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Choose a time like 08:30."),
});
