"use client";

import Link from "next/link";
import type { BookingFormState } from "@/app/book/[slug]/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { PrescreenQuestion } from "@/lib/domain/prescreen";
import { CallbackPanel } from "./callback-panel";
import { ChoiceGroup } from "./choice-group";
import { HoneypotField } from "./honeypot-field";
import { CallUs } from "./phone-link";

const loadBookingSchema = () => import("@/lib/validation/booking").then((m) => m.bookingSchema);

const YES_NO = [
  { value: "no", label: "No" },
  { value: "yes", label: "Yes" },
] as const;

const big = "[&_input]:min-h-11 [&_input]:text-base";

/**
 * The last step of booking online: the pre-screen (every question answered; a yes asks the
 * person to contact the practice instead), then who is booking. The chosen time travels in
 * hidden fields; the server checks it is still offered.
 */
export function BookingForm({
  action,
  questions,
  chosen,
  practice,
  timesHref,
}: {
  action: (state: BookingFormState, formData: FormData) => Promise<BookingFormState>;
  questions: readonly { id: PrescreenQuestion; text: string; why: string }[];
  chosen: { typeId: string; therapistId: string; start: string };
  practice: { name: string; phone: string | null };
  /** The booking page at the chosen day: fresh times when this one is gone. */
  timesHref: string;
}) {
  const { state, errors, pending, onSubmit } = useActionForm(loadBookingSchema, action);
  if (state.outcome === "callback") {
    return (
      <CallbackPanel yes={state.yes ?? []} questions={questions} practiceName={practice.name} phone={practice.phone} />
    );
  }
  return (
    <form onSubmit={onSubmit} method="post" noValidate aria-label="Book this time" className="relative space-y-8">
      <section aria-labelledby="prescreen-heading" className="space-y-5">
        <div>
          <h2 id="prescreen-heading" className="text-lg font-semibold">
            Four quick safety questions
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            Please answer each one. If any answer is yes, we will ask you to talk to us or a doctor before booking.
          </p>
        </div>
        {questions.map((q) => (
          <ChoiceGroup
            key={q.id}
            legend={q.text}
            hint={q.why}
            name={q.id}
            choices={YES_NO}
            columns
            error={errors[q.id]}
          />
        ))}
      </section>

      <section aria-labelledby="details-heading" className="space-y-4">
        <h2 id="details-heading" className="text-lg font-semibold">
          Your details
        </h2>
        <TextField
          label="First name"
          name="givenName"
          autoComplete="given-name"
          error={errors.givenName}
          className={big}
        />
        <TextField
          label="Last name"
          name="familyName"
          autoComplete="family-name"
          error={errors.familyName}
          className={big}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          hint="We send your confirmation and a link to change the booking here."
          error={errors.email}
          className={big}
        />
        <TextField label="Phone" name="phone" type="tel" autoComplete="tel" error={errors.phone} className={big} />
        <TextAreaField
          label="What brings you in (optional)"
          name="reason"
          rows={4}
          error={errors.reason}
          className="[&_textarea]:text-base"
        />
      </section>

      <HoneypotField />
      <input type="hidden" name="typeId" value={chosen.typeId} />
      <input type="hidden" name="therapistId" value={chosen.therapistId} />
      <input type="hidden" name="start" value={chosen.start} />

      {state.message ? (
        <div className="space-y-2">
          <FormMessage message={state.message} />
          {state.outcome === "choose-again" ? (
            <p>
              <Link
                href={timesHref}
                className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
              >
                See the free times now
              </Link>
            </p>
          ) : (
            <p className="text-sm">
              <CallUs phone={practice.phone} />
            </p>
          )}
        </div>
      ) : null}
      <Button type="submit" disabled={pending} className="min-h-11 w-full text-base">
        Book this time
      </Button>
    </form>
  );
}
