"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import type { FormState } from "@/lib/validation/parse";

/** Attended or no-show: one form, the pressed button says which. */
export function MarkForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} aria-label="Attendance" className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="outcome" value="attended" disabled={pending}>
          Mark attended
        </Button>
        <Button type="submit" name="outcome" value="no-show" variant="secondary" disabled={pending}>
          Mark no-show
        </Button>
      </div>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
