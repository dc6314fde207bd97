"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import type { FormState } from "@/lib/validation/parse";

/**
 * A booking the person may still change: the move section (children) and cancelling, which
 * asks a second time in a disclosure (no script needed). The emailed link stops working once
 * the booking is cancelled, so the cancelled state is drawn here from the action's answer.
 */
export function ManageChanges({
  cancelAction,
  summary,
  cancelledSummary,
  bookAgainHref,
  children,
}: {
  cancelAction: (state: FormState) => Promise<FormState>;
  summary: ReactNode;
  cancelledSummary: ReactNode;
  bookAgainHref: string;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState<FormState>(cancelAction, {});
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.ok) statusRef.current?.focus();
  }, [state.ok]);

  if (state.ok) {
    return (
      <div className="space-y-4">
        <p
          ref={statusRef}
          tabIndex={-1}
          role="status"
          className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900"
        >
          {state.message}
        </p>
        {cancelledSummary}
        <p>
          <Link
            href={bookAgainHref}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
          >
            Book another time
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="space-y-8">
      {summary}
      {children}
      <section aria-labelledby="cancel-heading">
        <h2 id="cancel-heading" className="text-xl font-semibold">
          Cancel this appointment
        </h2>
        <details className="mt-2 rounded-md border border-slate-300 bg-white">
          <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold text-red-800">
            I want to cancel
          </summary>
          <div className="space-y-3 border-t border-slate-200 p-3">
            <p>The time goes back to the practice for someone else. You can book again later.</p>
            <form action={formAction}>
              <Button
                type="submit"
                disabled={pending}
                className="min-h-11 w-full bg-red-800 text-base text-white hover:bg-red-900"
              >
                Yes, cancel this appointment
              </Button>
            </form>
          </div>
        </details>
        <div className="mt-2">
          <FormMessage message={state.message} />
        </div>
      </section>
    </div>
  );
}
