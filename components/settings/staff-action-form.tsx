"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/fields";
import type { FormState } from "@/lib/validation/parse";

const buttonClass =
  "rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60";

/**
 * One button of the staff page (disable, enable, end sessions, change role, revoke) with the
 * answer under it. `label` is what the button says; `who` names the person for screen readers,
 * since every row has the same buttons.
 */
export function StaffActionForm({
  action,
  label,
  who,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  who: string;
  children?: ReactNode;
}) {
  const [state, dispatch, pending] = useActionState(action, {} as FormState);
  return (
    <form action={dispatch} className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        {children}
        <button type="submit" disabled={pending} className={buttonClass}>
          {label}
          <span className="sr-only"> {who}</span>
        </button>
      </div>
      {state.errors?.role ? <p className="text-sm text-red-800">{state.errors.role}</p> : null}
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
