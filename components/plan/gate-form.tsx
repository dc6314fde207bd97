"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, RadioGroup } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Gate } from "@/lib/domain/phase-gate";
import type { FormState } from "@/lib/validation/parse";

const loadGateSchema = () => import("@/lib/validation/plan").then((m) => m.gateSchema);

/** How the strengthen phase unlocks for the client (besides the therapist advancing it). */
export function GateForm({
  action,
  gate,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  gate: Gate;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadGateSchema, action);
  // Only the chosen rule's fields are shown (and sent); the others keep nothing stale on screen.
  const [type, setType] = useState<Gate["type"]>(gate.type);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Unlock rule" className="space-y-3">
      <RadioGroup
        legend="The strengthen phase unlocks"
        name="type"
        inline={false}
        defaultValue={gate.type}
        onChange={(value) => setType(value as Gate["type"])}
        error={errors.type}
        options={[
          { value: "manual", label: "When I advance the plan" },
          { value: "date", label: "On a date" },
          { value: "pain-threshold", label: "When logged pain stays at or below a threshold for some days" },
          { value: "pain-drop", label: "When logged pain drops at least 2 points from intake" },
          { value: "lefs-gain", label: "When the LEFS improves by at least 9 points from the first" },
        ]}
      />
      {type === "date" ? (
        <TextField
          label="Unlock date"
          name="date"
          type="date"
          defaultValue={gate.type === "date" ? gate.date : ""}
          error={errors.date}
        />
      ) : null}
      {type === "pain-threshold" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label="Pain threshold (0–10)"
            name="threshold"
            type="number"
            min={0}
            max={10}
            defaultValue={gate.type === "pain-threshold" ? gate.threshold : 3}
            error={errors.threshold}
          />
          <TextField
            label="Days in a row"
            name="days"
            type="number"
            min={1}
            max={30}
            defaultValue={gate.type === "pain-threshold" ? gate.days : 3}
            error={errors.days}
          />
        </div>
      ) : null}
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Save unlock rule
      </Button>
    </form>
  );
}
