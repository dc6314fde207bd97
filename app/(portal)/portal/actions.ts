"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { markRefusalText } from "@/components/portal/homework-messages";
import { logPain, markDone, reportSymptom, undoMark, type MarkResult } from "@/lib/dal/homework";

/** What the check-off button hears back: the count done today, or why it was not saved. */
export type MarkAnswer = { ok: true; doneToday: number } | { ok: false; message: string };

const RELOAD = { ok: false, message: "That could not be saved; reload the page." } as const;
const answer = (result: MarkResult): MarkAnswer =>
  result.ok ? result : { ok: false, message: markRefusalText(result) };
import { parseForm, type FormState } from "@/lib/validation/parse";
import { markSchema, painLogSchema, symptomSchema } from "@/lib/validation/portal";

export async function markDoneAction(itemId: string, session: number): Promise<MarkAnswer> {
  const parsed = markSchema.safeParse({ itemId, session });
  if (!parsed.success) return RELOAD;
  const result = await markDone(parsed.data.itemId, parsed.data.session);
  revalidatePath("/portal", "layout");
  return answer(result);
}

export async function undoMarkAction(itemId: string): Promise<MarkAnswer> {
  const parsed = markSchema.pick({ itemId: true }).safeParse({ itemId });
  if (!parsed.success) return RELOAD;
  const result = await undoMark(parsed.data.itemId);
  revalidatePath("/portal", "layout");
  return answer(result);
}

export async function logPainAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(painLogSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  await logPain(parsed.data.score, parsed.data.note);
  revalidatePath("/portal", "layout");
  return { ok: true, message: `Pain ${parsed.data.score} logged for today.` };
}

export async function reportSymptomAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(symptomSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  await reportSymptom(parsed.data.kind, parsed.data.note);
  revalidatePath("/portal", "layout");
  redirect("/portal?reported=1");
}
