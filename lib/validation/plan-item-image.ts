import { z } from "@/lib/validation/zod";
import { MAX_IMAGE_BYTES, MAX_IMAGE_TEXT } from "@/lib/domain/image-facts";
import { safe } from "./fields";
import { fieldErrors } from "./field-errors";
import type { Parsed } from "./parse";

export { MAX_IMAGE_TEXT };
const CHOOSE = "Choose a picture file: PNG, JPEG or WebP.";

/**
 * A practice item's picture: the file and what it shows. The size is checked here, in the
 * browser and on the server alike; what the file really is, only the server can tell, from its
 * bytes (lib/domain/image-facts.ts, asked by the data-access layer).
 */
export const itemImageSchema = z.object({
  image: z
    .custom<Blob>((v) => typeof Blob !== "undefined" && v instanceof Blob, CHOOSE)
    .refine((f) => f.size > 0, CHOOSE)
    .refine((f) => f.size <= MAX_IMAGE_BYTES, `The picture is larger than ${MAX_IMAGE_TEXT}: choose a smaller one.`),
  alt: z
    .string({ error: "Describe what the picture shows." })
    .trim()
    .min(1, "Describe what the picture shows.")
    .max(300, "The description must be at most 300 characters.")
    .refine(safe, "The description contains hidden or control characters; please retype it."),
});

export type ItemImageInput = z.output<typeof itemImageSchema>;

/** The form's two fields (FormData keeps the file, which the shared form reader leaves out). */
export function parseItemImage(formData: FormData): Parsed<ItemImageInput> {
  const result = itemImageSchema.safeParse({ image: formData.get("image"), alt: formData.get("alt") ?? undefined });
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
