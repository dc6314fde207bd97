import { SelectField } from "@/components/ui/fields";

/** When the measure was collected (issue 15: at intake, on the plan's schedule, at discharge). */
export function OccasionField({ form, error }: { form: string; error?: string }) {
  return (
    <SelectField
      id={`${form}-occasion`}
      label="Collected at"
      name="occasion"
      defaultValue="follow-up"
      error={error}
      options={[
        { value: "intake", label: "Intake" },
        { value: "follow-up", label: "Follow-up" },
        { value: "discharge", label: "Discharge" },
      ]}
    />
  );
}
