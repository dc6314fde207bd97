import { MUSCLES, MUSCLE_GROUP_NAMES, type MuscleGroup, type MuscleId } from "@/lib/domain/reference/muscles";
import type { RegionState, RegionStateOf } from "./region-state";
import { SHADES } from "./shading";
import { SIDES, type Side } from "./types";

const GROUPS = (Object.keys(MUSCLE_GROUP_NAMES) as MuscleGroup[])
  .map((group) => ({ group, muscles: MUSCLES.filter((m) => m.group === group) }))
  .filter(({ muscles }) => muscles.length > 0);

/** Not examined: a neutral edge; otherwise the map's fill for the tenderness. */
const edgeOf = (state: RegionState) => (state.level === "none" ? "#cbd5e1" : SHADES[state.level].fill);

interface MuscleListProps {
  stateOf: RegionStateOf;
  onSelect?: (muscleId: MuscleId, side: Side) => void;
  formId?: string;
}

/**
 * The keyboard and screen-reader path to the map: a list of muscles and sides, grouped like the
 * reference data, each with its state in words ("Not examined", "Active TrP, tenderness 7/10").
 * With onSelect the muscle's name is a button that opens its finding form, and looks like the
 * link-like action it is, not like a checkbox (issue 13, bug 8); the coloured edge repeats the
 * map's shading. Long names wrap inside their card.
 */
export function MuscleList({ stateOf, onSelect, formId }: MuscleListProps) {
  return (
    <div className="@container space-y-4">
      {GROUPS.map(({ group, muscles }) => (
        <div key={group}>
          <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{MUSCLE_GROUP_NAMES[group]}</h3>
          <ul className="mt-1.5 grid grid-cols-1 gap-1.5 @xs:grid-cols-2">
            {muscles.flatMap((m) =>
              SIDES.map((side) => (
                <Entry
                  key={`${m.id}:${side}`}
                  id={`muscle-${m.id}-${side}`}
                  state={stateOf(m.id, side)}
                  formId={formId}
                  onSelect={onSelect ? () => onSelect(m.id, side) : undefined}
                />
              )),
            )}
          </ul>
        </div>
      ))}
    </div>
  );
}

function Entry({
  id,
  state,
  formId,
  onSelect,
}: {
  id: string;
  state: RegionState;
  formId?: string;
  onSelect?: () => void;
}) {
  return (
    <li
      className={`min-w-0 rounded-md border border-l-8 px-3 py-2 text-sm wrap-break-word ${
        state.selected ? "border-brand-700 bg-brand-50 ring-2 ring-brand-700" : "border-slate-200 bg-white"
      }`}
      style={{ borderLeftColor: edgeOf(state) }}
    >
      {onSelect ? (
        // Named by the muscle alone, its state read after it (described by): "Popliteus, left, button, Active TrP…".
        <button
          type="button"
          onClick={onSelect}
          aria-expanded={state.pressed === undefined ? state.selected : undefined}
          aria-pressed={state.pressed}
          aria-controls={state.selected ? formId : undefined}
          aria-describedby={`${id}-state`}
          className="inline-block min-h-6 text-left font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900"
        >
          {state.name}
        </button>
      ) : (
        <span className="font-semibold text-slate-900">{state.name}</span>
      )}
      <span className="sr-only">: </span>
      <span id={`${id}-state`} className="block text-slate-700">
        {state.findingText}
        {state.suggested ? (
          <>
            <span className="sr-only">, </span>
            <span className="ml-1.5 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
              suggested
            </span>
          </>
        ) : null}
      </span>
    </li>
  );
}
