import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import type { NewAppointmentForm } from "@/lib/dal/appointments";

/** Type, therapist and day of a new appointment: a GET form, answered with that day's free times. */
export function BookingChoiceForm({ form, clientId }: { form: NewAppointmentForm; clientId: string }) {
  return (
    <form method="get" action="/calendar/new" aria-label="Type, therapist and day" className="space-y-3">
      <input type="hidden" name="client" value={clientId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          label="Appointment type"
          name="type"
          id="choice-type"
          defaultValue={form.typeId ?? ""}
          placeholder="Choose a type"
          options={form.types.map((t) => ({
            value: t.id,
            label: `${t.name} (${t.lengthMinutes} min)`,
          }))}
        />
        <SelectField
          label="Therapist"
          name="therapist"
          id="choice-therapist"
          defaultValue={form.therapistId ?? ""}
          placeholder="Anyone"
          options={form.therapists.map((t) => ({ value: t.id, label: t.name }))}
        />
        <TextField label="Day" name="day" id="choice-day" type="date" min={form.today} defaultValue={form.day} />
      </div>
      <Button type="submit" variant="secondary">
        Show free times
      </Button>
    </form>
  );
}
