import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";

/**
 * Which day (and whose calendar) to look for free times on: a GET form, so the choice is in the
 * address (?day=&therapist=) and the page answers with that day's free starts.
 */
export function MoveDayForm({
  action,
  day,
  today,
  therapist,
  therapists,
}: {
  action: string;
  day: string;
  today: string;
  therapist: string;
  therapists: { id: string; name: string }[];
}) {
  return (
    <form method="get" action={action} aria-label="Find free times" className="flex flex-wrap items-end gap-3">
      <TextField label="Day" name="day" id="move-day" type="date" min={today} defaultValue={day} className="w-44" />
      <SelectField
        label="Free times of"
        name="therapist"
        id="move-free-of"
        defaultValue={therapist}
        className="w-52"
        options={[{ value: "all", label: "Everyone" }, ...therapists.map((t) => ({ value: t.id, label: t.name }))]}
      />
      <Button type="submit" variant="secondary">
        Show free times
      </Button>
    </form>
  );
}
