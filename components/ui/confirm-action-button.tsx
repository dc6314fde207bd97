"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import type { FormState } from "@/lib/validation/parse";

/**
 * A button for a change that cannot be undone from here (revoking a link, unlinking a login): the
 * first press asks, naming what will happen; only "Yes" runs the server action. `who` names the
 * object for screen readers, since a list repeats the same button. `onDone` hears the success
 * message: the change usually removes the button from the page, so its parent shows the answer.
 */
export function ConfirmActionButton({
  action,
  label,
  who,
  question,
  confirmLabel,
  onDone,
}: {
  action: (state: FormState) => Promise<FormState>;
  label: string;
  who: string;
  question: string;
  confirmLabel: string;
  onDone?: (message: string) => void;
}) {
  const [state, formAction, pending] = useActionState<FormState>(async (previous) => {
    const next = await action(previous);
    if (next.ok && next.message) onDone?.(next.message);
    return next;
  }, {});
  const [asking, setAsking] = useState(false);
  if (state.ok) return <FormMessage message={state.message} ok />;
  return (
    <div className="space-y-2">
      {asking ? (
        <form
          action={formAction}
          role="group"
          aria-label={`${label} ${who}`}
          className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3"
        >
          <p className="text-sm text-slate-900">{question}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending} autoFocus>
              {confirmLabel}
              <span className="sr-only"> {who}</span>
            </Button>
            <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setAsking(true)}>
          {label}
          <span className="sr-only"> {who}</span>
        </Button>
      )}
      <FormMessage message={state.message} ok={state.ok} />
    </div>
  );
}
