import { ChoiceGroup } from "@/components/booking/choice-group";
import { DayField } from "@/components/booking/day-field";
import { typeDetail } from "@/components/booking/type-detail";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/fields";
import type { PortalBooking } from "@/lib/dal/portal-appointments";

/**
 * What, with whom and which day: a plain GET form, so the choice lives in the address
 * (?type=&therapist=&day=, and move= when moving) and works without JavaScript. A move keeps
 * its type and therapist, so only the day is asked.
 */
export function SlotSearchForm({
  booking,
  errors,
}: {
  booking: PortalBooking;
  errors: { type?: string; therapist?: string; day?: string };
}) {
  const { moving } = booking;
  return (
    <form
      method="get"
      action="/portal/appointments/book"
      aria-label={moving ? "Choose a day to move to" : "Find a time"}
      className="space-y-5"
    >
      {moving ? (
        <input type="hidden" name="move" value={moving.id} />
      ) : (
        <>
          <ChoiceGroup
            legend="Appointment type"
            name="type"
            defaultValue={booking.typeId ?? undefined}
            error={errors.type}
            choices={booking.types.map((t) => ({ value: t.id, label: t.name, detail: typeDetail(t) }))}
          />
          <SelectField
            label="Therapist"
            name="therapist"
            defaultValue={booking.therapistId}
            error={errors.therapist}
            className="[&_select]:min-h-11"
            options={[
              { value: "anyone", label: "Anyone available" },
              ...booking.therapists.map((t) => ({ value: t.id, label: t.name })),
            ]}
          />
        </>
      )}
      <DayField day={booking.day} firstDay={booking.firstDay} lastDay={booking.lastDay} error={errors.day} />
      <Button type="submit" variant={moving ? "secondary" : "primary"} className="min-h-11 w-full text-base">
        Show free times
      </Button>
    </form>
  );
}
