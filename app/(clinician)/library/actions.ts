"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { saveLibraryItem } from "@/lib/dal/library";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { libraryItemSchema } from "@/lib/validation/plan-item";

export async function createLibraryItemAction(_state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(libraryItemSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await saveLibraryItem(null, parsed.data);
  if (!result.ok) return { message: result.reasons.join(" ") };
  revalidatePath("/library");
  redirect(`/library/${result.id}`);
}

export async function updateLibraryItemAction(
  itemId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(libraryItemSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await saveLibraryItem(String(itemId), parsed.data);
  revalidatePath("/library");
  return result.ok ? { ok: true, message: "Item saved." } : { message: result.reasons.join(" ") };
}
