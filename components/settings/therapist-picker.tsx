import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/fields";

/** Whose availability to edit (an admin edits everyone's): a GET form, ?therapist=. */
export function TherapistPicker({
  therapists,
  therapistId,
}: {
  therapists: { id: string; name: string }[];
  therapistId: string;
}) {
  return (
    <form
      method="get"
      action="/settings/availability"
      aria-label="Choose a therapist"
      className="flex flex-wrap items-end gap-3"
    >
      <SelectField
        label="Therapist"
        name="therapist"
        id="availability-therapist"
        defaultValue={therapistId}
        className="w-56"
        options={therapists.map((t) => ({ value: t.id, label: t.name }))}
      />
      <Button type="submit" variant="secondary">
        Show
      </Button>
    </form>
  );
}
