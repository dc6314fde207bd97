"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { DosageFields } from "./dosage-fields";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Dosage } from "@/lib/domain/reference/plan-items";
import type { FormState } from "@/lib/validation/parse";

const loadEntryEditSchema = () => import("@/lib/validation/plan").then((m) => m.entryEditSchema);

/** Dosage and a note for one item of the plan. Labels name the item so each form is distinct. */
export function EntryForm({
  action,
  itemName,
  dosage,
  note,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  itemName: string;
  dosage: Dosage;
  note: string | null;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadEntryEditSchema, action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Dosage of ${itemName}`} className="mt-2 space-y-3">
      <DosageFields dosage={dosage} errors={errors} idPrefix={itemName} />
      <TextField
        id={`${itemName}-note`.replace(/\W+/g, "-")}
        label="Note for the client"
        name="note"
        defaultValue={note ?? ""}
        error={errors.note}
      />
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Save dosage
      </Button>
    </form>
  );
}
