"use client";

import { useState, type JSX } from "react";
import type { BodyView, MuscleId } from "@/lib/domain/reference/muscles";
import { LegDrawing, VIEW_TITLES } from "./leg-drawing";
import { MapLegend } from "./map-legend";
import { MuscleList } from "./muscle-list";
import { painSiteStates, regionStates } from "./region-state";
import { Swatch } from "./swatch";
import type { BodyMapFinding, Side } from "./types";

export type { BodyMapFinding, Side } from "./types";

export interface BodyMapProps {
  /** Accessible name, e.g. "Trigger-point findings, 3 March visit" */
  label: string;
  findings: readonly BodyMapFinding[];
  /** Muscles suggested for examination (from activity causes): visibly marked, in the list too ("suggested"). */
  suggested?: readonly MuscleId[];
  /** The muscle+side currently open in the finding form, highlighted. */
  selected?: { muscleId: MuscleId; side: Side } | null;
  /** Called when a region is clicked or a list entry is chosen; omit for a read-only map. */
  onSelect?: (muscleId: MuscleId, side: Side) => void;
  /** The id of the finding form a list entry opens (its aria-controls). */
  formId?: string;
  /**
   * A pain-site map instead of findings (the client's pre-visit form): the "muscle:side" keys the
   * client marked as hurting; each region toggles through onSelect.
   */
  painSites?: readonly string[];
}

const VIEWS: readonly BodyView[] = ["front", "back"];

/**
 * Trigger-point findings per muscle and side on a drawing of the legs (front and back), with a
 * list that mirrors it for keyboard and screen-reader users (the drawing is aria-hidden). On a
 * phone the drawing shows one view at a time, larger, with a front/back switch (issue 13, bug 8:
 * both views side by side were too small to tap at 390 px).
 */
export function BodyMap({
  label,
  findings,
  suggested,
  selected,
  onSelect,
  formId,
  painSites,
}: BodyMapProps): JSX.Element {
  const stateOf = painSites ? painSiteStates(new Set(painSites)) : regionStates(findings, suggested, selected ?? null);
  const [view, setView] = useState<BodyView>("back");
  return (
    <section aria-label={label} className="flex flex-col gap-6 md:flex-row md:items-start">
      <div className="w-full max-w-md shrink-0 md:w-1/2">
        <div className="md:hidden">
          <div role="group" aria-label="Drawing of the legs" className="mb-2 flex justify-center gap-2">
            {VIEWS.map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={view === v}
                onClick={() => setView(v)}
                className="rounded-md border border-slate-400 px-4 py-1.5 text-sm font-medium aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white"
              >
                {VIEW_TITLES[v]}
              </button>
            ))}
          </div>
          <div className="mx-auto max-w-64">
            <LegDrawing stateOf={stateOf} onSelect={onSelect} views={[view]} />
          </div>
        </div>
        <div className="hidden md:block">
          <LegDrawing stateOf={stateOf} onSelect={onSelect} views={VIEWS} />
        </div>
        {painSites ? <PainLegend /> : <MapLegend />}
      </div>
      <div className="min-w-0 flex-1">
        <MuscleList stateOf={stateOf} onSelect={onSelect} formId={formId} />
      </div>
    </section>
  );
}

/** Key to a pain-site map: marked or not (tenderness is the therapist's to measure). */
function PainLegend() {
  return (
    <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
      <li className="flex items-center gap-1.5">
        <Swatch level="medium" />
        Hurts here
      </li>
      <li className="flex items-center gap-1.5">
        <Swatch level="none" />
        Not marked
      </li>
    </ul>
  );
}
