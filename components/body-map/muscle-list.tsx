import { MUSCLES, MUSCLE_GROUP_NAMES, type MuscleGroup, type MuscleId } from "@/lib/domain/reference/muscles";
import type { RegionState, RegionStateOf } from "./region-state";
import { Swatch } from "./swatch";
import { SIDES, type Side } from "./types";

const GROUPS = (Object.keys(MUSCLE_GROUP_NAMES) as MuscleGroup[])
  .map((group) => ({ group, muscles: MUSCLES.filter((m) => m.group === group) }))
  .filter(({ muscles }) => muscles.length > 0);

interface MuscleListProps {
  stateOf: RegionStateOf;
  onSelect?: (muscleId: MuscleId, side: Side) => void;
}

/**
 * The keyboard and screen-reader path to the map: one entry per muscle and side, grouped like
 * the reference data. With onSelect each entry is a toggle button, otherwise plain text.
 */
export function MuscleList({ stateOf, onSelect }: MuscleListProps) {
  return (
    <div className="@container space-y-4">
      {GROUPS.map(({ group, muscles }) => (
        <div key={group}>
          <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{MUSCLE_GROUP_NAMES[group]}</h3>
          <ul className="mt-1.5 grid grid-cols-1 gap-1.5 @xs:grid-cols-2">
            {muscles.flatMap((m) =>
              SIDES.map((side) => (
                <li key={`${m.id}:${side}`}>
                  {onSelect ? (
                    <EntryButton state={stateOf(m.id, side)} onClick={() => onSelect(m.id, side)} />
                  ) : (
                    <EntryText state={stateOf(m.id, side)} />
                  )}
                </li>
              )),
            )}
          </ul>
        </div>
      ))}
    </div>
  );
}

const ENTRY = "flex w-full items-start gap-2 rounded-md border px-3 py-2 text-left text-sm";

// The button's name is its whole visible text ("Popliteus, left, tenderness 7, suggested"), which
// starts with the muscle and side; a shorter aria-labelledby would break WCAG 2.5.3 (label in name).
function EntryButton({ state, onClick }: { state: RegionState; onClick: () => void }) {
  return (
    <button
      type="button"
      aria-pressed={state.selected}
      onClick={onClick}
      className={`${ENTRY} border-slate-300 bg-white hover:border-brand-600 hover:bg-brand-50 aria-pressed:border-brand-700 aria-pressed:bg-brand-50 aria-pressed:ring-2 aria-pressed:ring-brand-700`}
    >
      <EntryContent state={state} />
    </button>
  );
}

function EntryText({ state }: { state: RegionState }) {
  return (
    // Read-only: no button look (no border unless selected), so nothing invites a click.
    <div className={`${ENTRY} ${state.selected ? "border-brand-700 bg-brand-50" : "border-transparent"}`}>
      <EntryContent state={state} />
    </div>
  );
}

/** "Popliteus, left" then the details; the name stays first so it is what the entry is called. */
function EntryContent({ state }: { state: RegionState }) {
  return (
    <>
      <span className="mt-0.5">
        <Swatch level={state.level} suggested={state.suggested} />
      </span>
      <span className="min-w-0">
        <span className="block font-medium text-slate-900">{state.name}</span>
        {/* Name and details read as one line: the comma separates them. */}
        <span className="sr-only">, </span>
        <span className="block text-slate-700">
          <span className="whitespace-nowrap">{state.tendernessText}</span>
          {state.suggested ? (
            <>
              <span className="sr-only">, </span>
              <span className="ml-1.5 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                suggested
              </span>
            </>
          ) : null}
        </span>
      </span>
    </>
  );
}
