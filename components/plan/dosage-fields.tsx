import { TextField } from "@/components/ui/text-field";
import type { Dosage } from "@/lib/domain/reference/plan-items";

const FIELDS: { name: keyof Dosage; label: string }[] = [
  { name: "sets", label: "Sets" },
  { name: "reps", label: "Repetitions" },
  { name: "holdSeconds", label: "Hold (seconds)" },
  { name: "minutes", label: "Minutes" },
  { name: "timesPerDay", label: "Times a day" },
  { name: "daysPerWeek", label: "Days a week" },
];

/** The six dosage inputs (`dosage.sets`, …) of lib/validation/plan-item.ts's dosageSchema. */
export function DosageFields({
  dosage,
  errors,
  idPrefix,
}: {
  dosage?: Dosage;
  errors: Record<string, string>;
  idPrefix: string;
}) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
      {FIELDS.map((f) => (
        <TextField
          key={f.name}
          id={`${idPrefix}-${f.name}`.replace(/\W+/g, "-")}
          label={f.label}
          name={`dosage.${f.name}`}
          type="number"
          inputMode="numeric"
          min={1}
          defaultValue={dosage?.[f.name] ?? ""}
          error={errors[`dosage.${f.name}`]}
        />
      ))}
    </div>
  );
}
