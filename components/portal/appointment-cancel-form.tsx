"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/fields";
import type { FormState } from "@/lib/validation/parse";

/**
 * Cancelling one appointment asks a second time, in a disclosure (no script needed): the first
 * press opens it, the second, labelled with what it does, sends the form.
 */
export function AppointmentCancelForm({
  action,
  appointmentId,
  what,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  appointmentId: string;
  /** The appointment in words, e.g. "Follow-up on Tuesday 8 December at 10:00". */
  what: string;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <details className="group min-w-40 flex-1" open={state.message ? true : undefined}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-center rounded-md border border-red-800 bg-white px-4 font-semibold text-red-800 hover:bg-red-50 [&::-webkit-details-marker]:hidden">
        Cancel<span className="sr-only"> {what}</span>
        <span aria-hidden="true" className="ml-1 group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="mt-2 space-y-2 rounded-md border border-slate-300 bg-slate-50 p-3">
        <p className="text-sm">The time goes back to the practice for someone else. You can book again later.</p>
        <form action={formAction}>
          <input type="hidden" name="id" value={appointmentId} />
          <button
            type="submit"
            disabled={pending}
            className="flex min-h-11 w-full items-center justify-center rounded-md bg-red-800 px-4 py-2 text-base font-semibold text-white hover:bg-red-900 disabled:opacity-60"
          >
            Yes, cancel it<span className="sr-only">: {what}</span>
          </button>
        </form>
        <FormMessage message={state.message} />
      </div>
    </details>
  );
}
