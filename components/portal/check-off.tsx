"use client";

import { useState, useTransition } from "react";
import { markDoneAction, undoMarkAction, type MarkAnswer } from "@/app/(portal)/portal/actions";

/**
 * Marks one session of an item done. The session number sent is the one the client sees, so a
 * double tap is stored once; a failed save says so and offers a retry.
 */
export function CheckOff({
  itemId,
  name,
  due,
  doneToday,
}: {
  itemId: string;
  name: string;
  due: number;
  doneToday: number;
}) {
  const [done, setDone] = useState(doneToday);
  const [error, setError] = useState<{ message: string; retry: () => void } | null>(null);
  const [pending, startTransition] = useTransition();

  function run(call: () => Promise<MarkAnswer>, retry: () => void) {
    setError(null);
    startTransition(async () => {
      try {
        const result = await call();
        if (result.ok) setDone(result.doneToday);
        else setError({ message: result.message, retry });
      } catch {
        setError({ message: "Not saved: check your connection.", retry });
      }
    });
  }

  const mark = () => run(() => markDoneAction(itemId, done + 1), mark);
  const undo = () => run(() => undoMarkAction(itemId), undo);
  const complete = done >= due;
  const label = due > 1 ? `Done ${done} of ${due} today` : complete ? "Done today" : "Not done yet today";
  return (
    <div className="flex shrink-0 flex-col items-end gap-1">
      <p className={`text-sm font-medium ${!complete && due === 1 ? "sr-only" : ""}`} aria-live="polite">
        {complete ? "✓ " : ""}
        {label}
      </p>
      <div className="flex gap-1">
        {done > 0 ? (
          <button
            type="button"
            onClick={undo}
            disabled={pending}
            className="min-h-11 rounded-md border border-slate-400 px-3 py-2 text-sm font-medium hover:bg-slate-100"
          >
            Undo<span className="sr-only">: {name}</span>
          </button>
        ) : null}
        {!complete ? (
          <button
            type="button"
            onClick={mark}
            disabled={pending}
            className="min-h-11 rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
          >
            {due > 1 ? `Mark session ${done + 1} done` : "Mark done"}
            <span className="sr-only">: {name}</span>
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="max-w-56 text-right text-sm text-red-800">
          {error.message}{" "}
          <button type="button" onClick={error.retry} className="font-semibold underline">
            Try again
          </button>
        </p>
      ) : null}
    </div>
  );
}
