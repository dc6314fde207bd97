import { Button } from "@/components/ui/button";
import { DayField } from "./day-field";
import { SelectField } from "@/components/ui/fields";
import type { BookingPage } from "@/lib/dal/booking";
import { ChoiceGroup } from "./choice-group";
import { typeDetail } from "./type-detail";

/**
 * Who, what and which day: a plain GET form, so the choice lives in the address
 * (?therapist=&type=&day=) and works without JavaScript.
 */
export function SlotFinderForm({
  page,
  errors,
}: {
  page: BookingPage;
  errors: { therapist?: string; type?: string; day?: string };
}) {
  return (
    <form method="get" action={`/book/${page.practice.slug}`} aria-label="Find a time" className="space-y-5">
      <SelectField
        label="Therapist"
        name="therapist"
        defaultValue={page.therapistId}
        error={errors.therapist}
        className="[&_select]:min-h-11"
        options={[
          { value: "anyone", label: "Anyone available" },
          ...page.therapists.map((t) => ({ value: t.id, label: t.name })),
        ]}
      />
      <ChoiceGroup
        legend="Appointment type"
        name="type"
        defaultValue={page.typeId ?? undefined}
        error={errors.type}
        choices={page.types.map((t) => ({
          value: t.id,
          label: t.name,
          detail: (
            <>
              {typeDetail(t)}
              {t.description ? <span className="mt-0.5 block">{t.description}</span> : null}
            </>
          ),
        }))}
      />
      <DayField day={page.day} firstDay={page.firstDay} lastDay={page.lastDay} error={errors.day} />
      <Button type="submit" className="min-h-11 w-full text-base">
        Show times
      </Button>
    </form>
  );
}
