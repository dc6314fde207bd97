"use server";

import { revalidatePath } from "next/cache";
import { removeLibraryItemImage, saveLibraryItemImage, type ImageWriteResult } from "@/lib/dal/library-images";
import { MAX_IMAGE_SIDE } from "@/lib/domain/image-facts";
import { MAX_IMAGE_TEXT, parseItemImage } from "@/lib/validation/plan-item-image";
import type { FormState } from "@/lib/validation/parse";

type Refusal = Extract<ImageWriteResult, { ok: false }>["code"];

/** What the person reads under the file field when the bytes are refused. */
const REFUSALS: Record<Refusal, string> = {
  "image.too-large": `The picture is larger than ${MAX_IMAGE_TEXT}: choose a smaller one.`,
  "image.not-an-image": "This file is not a PNG, JPEG or WebP picture. Choose a picture file.",
  "image.too-many-pixels": `The picture is too large in pixels: at most ${MAX_IMAGE_SIDE} on each side.`,
  "image.markup": "This file holds web page code besides the picture and cannot be used. Save the picture again.",
};

/** Adds or replaces the picture of one of the practice's own library items. */
export async function saveItemImageAction(itemId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseItemImage(formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const bytes = new Uint8Array(await parsed.data.image.arrayBuffer());
  const result = await saveLibraryItemImage(String(itemId), { bytes, alt: parsed.data.alt });
  if (!result.ok) return { errors: { image: REFUSALS[result.code] } };
  revalidatePath(`/library/${itemId}`);
  return { ok: true, message: "Picture saved." };
}

/** Removes the picture of one of the practice's own library items. */
export async function removeItemImageAction(itemId: string): Promise<void> {
  await removeLibraryItemImage(String(itemId));
  revalidatePath(`/library/${itemId}`);
}
