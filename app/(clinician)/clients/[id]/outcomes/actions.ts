"use server";

import { revalidatePath } from "next/cache";
import { OUTCOME_MESSAGES } from "@/components/outcomes/outcome-messages";
import { recordOutcome, type OutcomeInput } from "@/lib/dal/outcomes";
import { lefsEntrySchema, nprsEntrySchema, psfsEntrySchema } from "@/lib/validation/outcomes";
import { parseForm, type FormState } from "@/lib/validation/parse";

async function record(clientId: string, input: OutcomeInput, name: string): Promise<FormState> {
  const result = await recordOutcome(clientId, input);
  revalidatePath("/clients/[id]", "layout");
  return result.ok
    ? { ok: true, message: `${name} recorded: ${result.score}.` }
    : { message: OUTCOME_MESSAGES[result.code] };
}

export async function recordNprsAction(clientId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(nprsEntrySchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  return record(clientId, { measure: "nprs", ...parsed.data }, "NPRS");
}

export async function recordPsfsAction(clientId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(psfsEntrySchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  return record(clientId, { measure: "psfs", ...parsed.data }, "PSFS");
}

export async function recordLefsAction(clientId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(lefsEntrySchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  return record(clientId, { measure: "lefs", ...parsed.data }, "LEFS");
}
