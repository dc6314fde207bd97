"use client";

import type { JSX } from "react";
import type { MuscleId } from "@/lib/domain/reference/muscles";
import { LegDrawing } from "./leg-drawing";
import { MapLegend } from "./map-legend";
import { MuscleList } from "./muscle-list";
import { regionStates } from "./region-state";
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
}

/**
 * Trigger-point findings per muscle and side on a drawing of the legs (front and back), with a
 * list that mirrors it for keyboard and screen-reader users (the drawing is aria-hidden).
 */
export function BodyMap({ label, findings, suggested, selected, onSelect }: BodyMapProps): JSX.Element {
  const stateOf = regionStates(findings, suggested, selected ?? null);
  return (
    <section aria-label={label} className="flex flex-col gap-6 md:flex-row md:items-start">
      <div className="w-full max-w-md shrink-0 md:w-1/2">
        <LegDrawing stateOf={stateOf} onSelect={onSelect} />
        <MapLegend />
      </div>
      <div className="min-w-0 flex-1">
        <MuscleList stateOf={stateOf} onSelect={onSelect} />
      </div>
    </section>
  );
}
