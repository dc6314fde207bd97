"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/fields";
import { LEFS_ITEMS } from "@/lib/domain/outcomes/measures";
import type { FormState } from "@/lib/validation/parse";

/** The last LEFS screen: how many were answered, the skipped ones to go back to, and Finish. */
export function LefsReview({
  answered,
  skipped,
  action,
}: {
  answered: number;
  skipped: number[];
  action: (state: FormState) => Promise<FormState>;
}) {
  const [state, dispatch, pending] = useActionState(action, {});
  return (
    <div className="space-y-4">
      <p>
        You answered {answered} of {LEFS_ITEMS.length} questions.
      </p>
      {skipped.length > 0 ? (
        <div>
          <p className="font-medium">You skipped:</p>
          <ul className="list-disc pl-5">
            {skipped.map((item) => (
              <li key={item}>
                <Link href={`/portal/outcomes/lefs?item=${item}`} className="text-brand-700 underline">
                  {item}. {LEFS_ITEMS[item - 1]}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <FormMessage message={state.message} ok={state.ok} />
      <form action={dispatch}>
        <Button type="submit" disabled={pending} className="min-h-11 w-full">
          Finish and see my score
        </Button>
      </form>
      <p>
        <Link href={`/portal/outcomes/lefs?item=${LEFS_ITEMS.length}`} className="text-brand-700 underline">
          Back to the last question
        </Link>
      </p>
    </div>
  );
}
