import type { z } from "zod";
import { fieldErrors } from "./field-errors";
import { formDataToObject } from "./form-data";

/** What a form action answers: field messages, a form-level message, or success. */
export interface FormState {
  ok?: boolean;
  message?: string;
  errors?: Record<string, string>;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: Record<string, string> };

/** Parses a submitted form with a schema; the same call runs in the browser and on the server. */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): Parsed<z.output<S>> {
  const result = schema.safeParse(formDataToObject(formData));
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: fieldErrors(result.error) };
}
