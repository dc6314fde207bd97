"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { logPain, markDone, reportSymptom, undoMark, type MarkResult } from "@/lib/dal/portal";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { markSchema, painLogSchema, symptomSchema } from "@/lib/validation/portal";

export async function markDoneAction(itemId: string, session: number): Promise<MarkResult> {
  const parsed = markSchema.safeParse({ itemId, session });
  if (!parsed.success) return { ok: false, message: "That could not be saved; reload the page." };
  const result = await markDone(parsed.data.itemId, parsed.data.session);
  revalidatePath("/portal", "layout");
  return result;
}

export async function undoMarkAction(itemId: string): Promise<MarkResult> {
  const parsed = markSchema.pick({ itemId: true }).safeParse({ itemId });
  if (!parsed.success) return { ok: false, message: "That could not be saved; reload the page." };
  const result = await undoMark(parsed.data.itemId);
  revalidatePath("/portal", "layout");
  return result;
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
