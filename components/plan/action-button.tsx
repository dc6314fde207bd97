"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import type { FormState } from "@/lib/validation/parse";

/** A button that runs a server action and shows its answer next to it. */
export function ActionButton({
  action,
  label,
  variant = "primary",
}: {
  action: (state: FormState) => Promise<FormState>;
  label: string;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction, pending] = useActionState<FormState>(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <Button type="submit" variant={variant} disabled={pending}>
        {label}
      </Button>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
