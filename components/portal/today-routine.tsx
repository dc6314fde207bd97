"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { markDoneAction } from "@/app/(portal)/portal/actions";
import type { DosageTimer as Timer } from "@/lib/domain/dosage";
import { DosageTimer } from "./dosage-timer";

/** One item the client can do today (open phase, not paused, due at least once). */
export interface RoutineItem {
  itemId: string;
  name: string;
  dosageText: string;
  steps: string[];
  due: number;
  doneToday: number;
  timer: Timer | null;
  /** Short warnings: the client's own cautions that apply (by name), then the item's own. */
  cautions: string[];
  /** The item's drawing or picture, rendered by the page. */
  illustration: React.ReactNode;
}

const complete = (item: RoutineItem) => item.doneToday >= item.due;

/**
 * Today's count ("2 of 7 done today") and the step-through: one item at a time, with its
 * dosage's timer and a big Done that records the same check-off as the list (markDoneAction,
 * the same DAL call). The count comes from the page, which every check-off refreshes, so the
 * list and the step-through never disagree.
 */
export function TodayRoutine({ items }: { items: RoutineItem[] }) {
  const doneCount = items.filter(complete).length;
  const [open, setOpen] = useState(false);
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);
  const current = open ? items[index] : undefined;

  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open, index]);

  /** The next item not done yet after `after`, coming round to skipped ones; -1 when none is left. */
  const nextOpen = (after: number) => {
    const later = items.findIndex((item, i) => i > after && !complete(item));
    return later !== -1 ? later : items.findIndex((item, i) => i < after && !complete(item));
  };

  function begin() {
    const first = items.findIndex((item) => !complete(item));
    setIndex(first === -1 ? 0 : first);
    setError(null);
    setOpen(true);
  }

  function markDone(item: RoutineItem, at: number) {
    setError(null);
    startTransition(async () => {
      try {
        const result = await markDoneAction(item.itemId, item.doneToday + 1);
        if (!result.ok) return setError(result.message);
        const next = nextOpen(at);
        setIndex(next === -1 ? items.length : next);
      } catch {
        setError("Not saved: check your connection, then press Done again.");
      }
    });
  }

  return (
    <section
      aria-labelledby="routine-heading"
      className="mb-3 rounded-lg border border-brand-700 bg-brand-50 px-3 py-2"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="routine-heading" className="text-lg font-semibold" aria-live="polite">
          {doneCount} of {items.length} done today
        </h2>
        {items.length > 0 && !open ? (
          <button
            type="button"
            onClick={begin}
            className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900"
          >
            {doneCount === 0 ? "Start" : doneCount < items.length ? "Carry on" : "Go through again"}
            <span className="sr-only"> today&apos;s items one at a time</span>
          </button>
        ) : null}
      </div>
      {open ? (
        <div role="group" aria-label="One item at a time" className="mt-3">
          {current ? (
            <>
              <p className="text-sm text-slate-700">
                Item {index + 1} of {items.length}
                {complete(current) ? " · done today" : ""}
              </p>
              <h3 ref={heading} tabIndex={-1} className="text-xl font-semibold">
                {current.name}
              </h3>
              {current.dosageText ? <p className="font-medium text-brand-900">{current.dosageText}</p> : null}
              <div className="mt-2">{current.illustration}</div>
              {current.cautions.map((c) => (
                <p key={c} className="mt-1 text-sm font-medium text-amber-950">
                  <span aria-hidden="true">⚠ </span>
                  <span className="sr-only">Caution: </span>
                  {c}
                </p>
              ))}
              <ol className="mt-2 list-decimal space-y-1 pl-5">
                {current.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              {current.timer ? <DosageTimer key={current.itemId} timer={current.timer} /> : null}
              {!complete(current) ? (
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => markDone(current, index)}
                  className="mt-3 min-h-14 w-full rounded-lg bg-brand-700 px-4 py-3 text-xl font-bold text-white hover:bg-brand-900 disabled:opacity-60"
                >
                  Done<span className="sr-only">: {current.name}</span>
                </button>
              ) : null}
              {error ? (
                <p role="alert" className="mt-2 text-sm text-red-800">
                  {error}
                </p>
              ) : null}
            </>
          ) : (
            <h3 ref={heading} tabIndex={-1} className="text-lg font-semibold">
              {doneCount === items.length ? "All done for today. Well done!" : "That is all for now."}
            </h3>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            {current && index > 0 ? (
              <button type="button" onClick={() => setIndex(index - 1)} className={secondary}>
                Previous
              </button>
            ) : null}
            {current && index < items.length - 1 ? (
              <button type="button" onClick={() => setIndex(index + 1)} className={secondary}>
                {complete(current) ? "Next" : "Skip for now"}
              </button>
            ) : null}
            <button type="button" onClick={() => setOpen(false)} className={secondary}>
              Close
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

const secondary = "min-h-11 rounded-md border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100";
