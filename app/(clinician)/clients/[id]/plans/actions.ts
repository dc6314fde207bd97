"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { leftOutText, PLAN_MESSAGES, publishedText, refusalText } from "@/components/plan/plan-messages";
import {
  advancePlan,
  createPlan,
  editPlan,
  setOutcomeSchedule,
  setPlanGate,
  suggestIntoPlan,
  type PlanEditResult,
} from "@/lib/dal/plans";
import { outcomeScheduleSchema } from "@/lib/validation/outcomes";
import { parseForm, type FormState } from "@/lib/validation/parse";
import { addItemSchema, entryEditSchema, gateSchema } from "@/lib/validation/plan";

const refresh = () => revalidatePath("/clients/[id]", "layout");
/** A refused change in the therapist's words; nothing changed. */
const refused = (result: Exclude<PlanEditResult, { ok: true }>): FormState => ({
  message: result.code === "plan.archived" ? PLAN_MESSAGES[result.code] : result.refusals.map(refusalText).join(" "),
});
const answer = (result: PlanEditResult, done: string = PLAN_MESSAGES.saved): FormState =>
  result.ok ? { ok: true, message: result.published ? publishedText(result.published) : done } : refused(result);

export async function createPlanAction(clientId: string): Promise<void> {
  const planId = await createPlan(clientId);
  redirect(`/clients/${clientId}/plans/${planId}`);
}

export async function suggestPlanAction(planId: string, _state: FormState): Promise<FormState> {
  const result = await suggestIntoPlan(planId);
  refresh();
  if (!result.ok) return refused(result);
  return { ok: true, message: result.leftOut.length ? leftOutText(result.leftOut) : PLAN_MESSAGES.suggested };
}

export async function addItemAction(planId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(addItemSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await editPlan(planId, { type: "add", itemId: parsed.data.itemId });
  refresh();
  return answer(result);
}

export async function removeItemAction(planId: string, key: string): Promise<void> {
  await editPlan(planId, { type: "remove", key: String(key) });
  refresh();
}

export async function moveItemAction(planId: string, key: string, offset: number): Promise<void> {
  await editPlan(planId, { type: "move", key: String(key), offset: offset < 0 ? -1 : 1 });
  refresh();
}

export async function editEntryAction(
  planId: string,
  key: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(entryEditSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  const result = await editPlan(planId, [
    { type: "set-dosage", key: String(key), dosage: parsed.data.dosage },
    { type: "set-note", key: String(key), note: parsed.data.note },
  ]);
  refresh();
  return answer(result, "Item updated.");
}

export async function publishPlanAction(planId: string, _state: FormState): Promise<FormState> {
  const result = await editPlan(planId, { type: "publish" });
  refresh();
  return answer(result);
}

export async function setGateAction(planId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = parseForm(gateSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  await setPlanGate(planId, parsed.data);
  refresh();
  return { ok: true, message: "Unlock rule saved." };
}

export async function setOutcomeScheduleAction(
  planId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const parsed = parseForm(outcomeScheduleSchema, formData);
  if (!parsed.ok) return { errors: parsed.errors };
  await setOutcomeSchedule(planId, parsed.data.everyDays);
  refresh();
  return { ok: true, message: "Questionnaire schedule saved." };
}

export async function advancePlanAction(planId: string, _state: FormState): Promise<FormState> {
  const result = await advancePlan(planId);
  refresh();
  return result.ok ? { ok: true, message: PLAN_MESSAGES.advanced } : { message: PLAN_MESSAGES[result.code] };
}
