import { z } from "@/lib/validation/zod";
import { newPassword } from "./fields";
import { signInSchema } from "./sign-in";

export const resetRequestSchema = z.object({ email: signInSchema.shape.email });

const confirmed = <T extends { password: string; confirm: string }>(v: T) => v.password === v.confirm;
const mismatch = { path: ["confirm"], message: "The two passwords do not match." };

/** A reset link's token: 32 random bytes in base64url, as the email carries it. */
export const resetToken = z
  .string({ error: "This reset link is not valid." })
  .regex(/^[A-Za-z0-9_-]{20,100}$/, "This reset link is not valid.");

export const resetPasswordSchema = z
  .object({ token: resetToken, password: newPassword, confirm: z.string({ error: "Type the password again." }) })
  .refine(confirmed, mismatch);

export const changePasswordSchema = z
  .object({
    current: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
    password: newPassword,
    confirm: z.string({ error: "Type the password again." }),
  })
  .refine(confirmed, mismatch);
