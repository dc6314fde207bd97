"use server";

import { revalidatePath } from "next/cache";
import { submitMyPreVisit } from "@/lib/dal/pre-visit";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { preVisitSchema } from "@/lib/validation/pre-visit";

export async function submitPreVisitAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(preVisitSchema, formData);
  if (!parsed.ok)
    return { errors: parsed.errors, message: "Some answers need attention; see the messages next to them." };
  const result = await submitMyPreVisit(parsed.data);
  revalidatePath("/portal", "layout");
  return result.stop.length > 0
    ? {
        message:
          "Your answers are saved. One of them needs a check first: please contact the practice before your visit. No hands-on treatment until then.",
      }
    : { ok: true, message: "Thank you. Your therapist has your answers." };
}
