"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { PORTAL_OUTCOME_MESSAGES } from "@/components/outcomes/portal-outcome-messages";
import { answerLefs, checkIn, finishLefs } from "@/lib/dal/portal-outcomes";
import { LEFS_ITEMS } from "@/lib/domain/outcomes/measures";
import { checkInSchema, lefsAnswerSchema } from "@/lib/validation/outcomes";
import { parseForm, type FormState } from "@/lib/validation/parse";

/** One LEFS answer, saved at once; the next question follows (or the review after the last). */
export async function answerLefsAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(lefsAnswerSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const { item, answer } = parsed.data;
  await answerLefs(item, answer === "skip" ? null : Number(answer));
  revalidatePath("/portal", "layout");
  redirect(item < LEFS_ITEMS.length ? `/portal/outcomes/lefs?item=${item + 1}` : "/portal/outcomes/lefs");
}

export async function finishLefsAction(_state: FormState): Promise<FormState> {
  const result = await finishLefs();
  revalidatePath("/portal", "layout");
  if (!result.ok) return { message: PORTAL_OUTCOME_MESSAGES[result.code] };
  redirect("/portal/outcomes?done=lefs");
}

export async function checkInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(checkInSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await checkIn(parsed.data.rating, parsed.data.ratings);
  revalidatePath("/portal", "layout");
  if (!result.ok) return { message: PORTAL_OUTCOME_MESSAGES[result.code] };
  return { ok: true, message: "Thank you: your pain and activity ratings are saved." };
}
