"use client";

import { Button } from "@/components/ui/button";
import { FormMessage, RadioGroup, SelectField, TextAreaField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { ACTIVITIES } from "@/lib/domain/reference/activities";
import type { FormState } from "@/lib/validation/parse";

/** What the client's pre-visit form answered (lib/dal/intakes.ts IntakePrefill), the date already in words. */
export interface IntakeFormPrefill {
  sentOn: string;
  chiefComplaint: string;
  painSites: { site: string; side: "left" | "right" | "both" }[];
  onsetDate: string | null;
  medicalHistory: string | null;
  medications: string | null;
  activities: string[];
}

/** The hint on every field the client's answer filled: the therapist sees whose words they are. */
const FROM_CLIENT = "From the client's pre-visit form";

const loadIntakeSchema = () => import("@/lib/validation/intake").then((m) => m.intakeSchema);

const SCORES = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));
const SIDES = [
  { value: "left", label: "Left" },
  { value: "right", label: "Right" },
  { value: "both", label: "Both" },
];

function Fieldset({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * One activity cause: a checkbox named for the activity; choosing it reveals how often and the
 * details (issue 13, bug 7: fifteen rows of two inputs each made the form long). The reveal is
 * CSS (:has(:checked)), so it works before the page's script runs and the fields submit as they
 * always did: the server still keeps only the chosen activities' details. The detail labels read
 * "How often" and "Details" on screen; a hidden prefix makes each name unique for assistive
 * technology ("Hiking downhill: How often"). A row whose details came back with an error stays open.
 */
function ActivityRow({
  index,
  activity,
  errors,
  fromClient,
}: {
  index: number;
  activity: { id: string; name: string };
  errors: [frequency: string | undefined, notes: string | undefined];
  fromClient: boolean;
}) {
  const forName = <span className="sr-only">{activity.name}: </span>;
  return (
    <li className="group">
      <label className="inline-flex items-center gap-2">
        <input
          type="checkbox"
          name={`activities.${index}.id`}
          value={activity.id}
          defaultChecked={fromClient}
          aria-describedby={fromClient ? `activity-${activity.id}-from-client` : undefined}
          className="h-4 w-4"
        />
        <span>{activity.name}</span>
      </label>
      {fromClient ? (
        <span id={`activity-${activity.id}-from-client`} className="ml-2 text-xs text-slate-600">
          (ticked by the client)
        </span>
      ) : null}
      <div
        className={`${errors.some(Boolean) ? "grid" : "hidden group-has-[:checked]:grid"} mt-1 mb-3 gap-2 border-l-2 border-slate-200 pl-4 sm:grid-cols-[12rem_1fr]`}
      >
        <TextField
          label={<>{forName}How often</>}
          name={`activities.${index}.frequency`}
          hint="e.g. every weekend"
          error={errors[0]}
        />
        <TextField label={<>{forName}Details</>} name={`activities.${index}.notes`} error={errors[1]} />
      </div>
    </li>
  );
}

export function IntakeForm({
  action,
  prefill,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** The client's pre-visit answers the form starts from, each filled field hinted as the client's. */
  prefill?: IntakeFormPrefill | null;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadIntakeSchema, action);
  const hint = (value: unknown) => (prefill && value ? FROM_CLIENT : undefined);
  const siteRows = Array.from({ length: Math.max(3, prefill?.painSites.length ?? 0) }, (_, i) => i);
  const ticked = new Set(prefill?.activities ?? []);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage message={state.message} ok={state.ok} />
      {prefill ? (
        <p role="note" className="rounded-md border border-sky-300 bg-sky-50 p-3 text-sky-950">
          Pre-filled from the client&apos;s pre-visit form, sent {prefill.sentOn}. Fields marked “{FROM_CLIENT}” are the
          client&apos;s answers: check them with the client. Their health answers are already on the screen.
        </p>
      ) : null}
      <Fieldset legend="Complaint">
        <TextAreaField
          label="Chief complaint"
          name="chiefComplaint"
          defaultValue={prefill?.chiefComplaint}
          hint={hint(prefill?.chiefComplaint)}
          error={errors.chiefComplaint}
        />
        {siteRows.map((i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-[1fr_auto]">
            <TextField
              label={`Pain site ${i + 1}`}
              name={`painSites.${i}.site`}
              defaultValue={prefill?.painSites[i]?.site}
              hint={hint(prefill?.painSites[i]) ?? (i === 0 ? "e.g. back of the knee" : undefined)}
              error={errors[`painSites.${i}.site`]}
            />
            <RadioGroup
              legend={`Side of pain site ${i + 1}`}
              name={`painSites.${i}.side`}
              options={SIDES}
              defaultValue={prefill?.painSites[i]?.side}
              error={errors[`painSites.${i}.side`]}
            />
          </div>
        ))}
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label="Onset date"
            name="onsetDate"
            type="date"
            defaultValue={prefill?.onsetDate ?? undefined}
            hint={hint(prefill?.onsetDate)}
            error={errors.onsetDate}
          />
          <TextField label="Duration" name="duration" hint="e.g. 6 weeks" error={errors.duration} />
        </div>
        <TextAreaField label="What aggravates it" name="aggravating" error={errors.aggravating} />
        <TextAreaField label="What eases it" name="easing" error={errors.easing} />
        <SelectField
          label="Pain now (0–10, NPRS)"
          name="painNow"
          placeholder="Choose"
          options={SCORES}
          error={errors.painNow}
        />
      </Fieldset>

      <Fieldset legend="Patient-Specific Functional Scale">
        <p className="text-sm text-slate-700">
          Up to five activities the client finds hard, each rated 0 (unable) to 10 (as before).
        </p>
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="grid gap-3 sm:grid-cols-[1fr_10rem]">
            <TextField label={`Activity ${i + 1}`} name={`psfs.${i}.activity`} error={errors[`psfs.${i}.activity`]} />
            <SelectField
              label={`Activity ${i + 1} score`}
              name={`psfs.${i}.score`}
              placeholder="—"
              options={SCORES}
              error={errors[`psfs.${i}.score`]}
            />
          </div>
        ))}
      </Fieldset>

      <Fieldset legend="Activity causes">
        <p className="text-sm text-slate-700">
          Activities that overload the leg muscles: tick the ones the client does, then say how often. The muscles they
          overload are suggested for examination.
        </p>
        <ul className="space-y-2">
          {ACTIVITIES.map((activity, i) => (
            <ActivityRow
              key={activity.id}
              index={i}
              activity={activity}
              errors={[errors[`activities.${i}.frequency`], errors[`activities.${i}.notes`]]}
              fromClient={ticked.has(activity.id)}
            />
          ))}
        </ul>
        {errors.activities ? <p className="text-sm text-red-800">{errors.activities}</p> : null}
      </Fieldset>

      <Fieldset legend="Health">
        <TextAreaField
          label="Medical history"
          name="medicalHistory"
          defaultValue={prefill?.medicalHistory ?? undefined}
          hint={hint(prefill?.medicalHistory)}
          error={errors.medicalHistory}
        />
        <TextAreaField
          label="Medications"
          name="medications"
          defaultValue={prefill?.medications ?? undefined}
          hint={hint(prefill?.medications)}
          error={errors.medications}
        />
      </Fieldset>

      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save intake"}
      </Button>
    </form>
  );
}
