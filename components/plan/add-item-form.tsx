"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormState } from "@/lib/validation/parse";
import { PHASE_TITLES, PLAN_PHASES, type PlanPhase } from "@/lib/domain/reference/plan-items";

const loadAddItemSchema = () => import("@/lib/validation/plan").then((m) => m.addItemSchema);

export interface AddableItem {
  id: string;
  name: string;
  phase: PlanPhase;
  blockedReason: string | null;
  inPlan: boolean;
}

/** Blocked items are listed but cannot be chosen; the reason is in the option's text. */
export function AddItemForm({
  action,
  items,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  items: AddableItem[];
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadAddItemSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add an item" className="space-y-3">
      <div>
        <label htmlFor="add-item" className="block text-sm font-medium text-slate-800">
          Item from the library
        </label>
        <select
          id="add-item"
          name="itemId"
          defaultValue=""
          aria-invalid={errors.itemId ? true : undefined}
          aria-describedby={errors.itemId ? "add-item-error" : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        >
          <option value="">Choose an item</option>
          {PLAN_PHASES.map((phase) => (
            <optgroup key={phase} label={PHASE_TITLES[phase]}>
              {items
                .filter((i) => i.phase === phase)
                .map((i) => (
                  <option key={i.id} value={i.id} disabled={Boolean(i.blockedReason) || i.inPlan}>
                    {i.name}
                    {i.inPlan ? " (in the plan)" : i.blockedReason ? ` (blocked: ${i.blockedReason})` : ""}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {errors.itemId ? (
          <p id="add-item-error" className="mt-1 text-sm text-red-800">
            {errors.itemId}
          </p>
        ) : null}
      </div>
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Add to plan
      </Button>
    </form>
  );
}
