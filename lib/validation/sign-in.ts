import { z } from "@/lib/validation/zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address.")
    .max(254, "That email address is too long.")
    .pipe(z.email("Enter a valid email address.")),
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
});

export type SignInInput = z.infer<typeof signInSchema>;
