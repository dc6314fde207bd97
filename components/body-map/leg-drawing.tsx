import type { BodyView, MuscleId } from "@/lib/domain/reference/muscles";
import {
  LANDMARKS,
  OUTLINE_PATH,
  REGIONS,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  partsPath,
  sideAt,
  type LegPosition,
} from "./leg-shapes";
import type { RegionStateOf } from "./region-state";
import { SHADES, regionStroke } from "./shading";
import type { Side } from "./types";

const GAP = 24;
const TOP = 30; // room for the "Front" / "Back" caption
const BOTTOM = 26; // room for the "Right" / "Left" captions
export const VIEW_TITLES: Record<BodyView, string> = { front: "Front", back: "Back" };
const POSITIONS: readonly LegPosition[] = ["viewer-left", "viewer-right"];
const LABEL_X: Record<LegPosition, number> = { "viewer-left": 64, "viewer-right": VIEW_WIDTH - 64 };

interface Region {
  key: string;
  muscleId: MuscleId;
  side: Side;
  d: string;
}

function regionsOf(view: BodyView): Region[] {
  return REGIONS.filter((r) => r.view === view).flatMap((r) =>
    POSITIONS.map((position) => ({
      key: `${r.muscleId}:${position}`,
      muscleId: r.muscleId,
      side: sideAt(view, position),
      d: partsPath(r.parts, position, r.sharp),
    })),
  );
}

// The geometry never changes: compute the path data once.
const REGIONS_BY_VIEW: Record<BodyView, Region[]> = { front: regionsOf("front"), back: regionsOf("back") };
const LANDMARK_PATHS: Record<BodyView, string> = {
  front: POSITIONS.map((p) => partsPath(LANDMARKS.front, p)).join(""),
  back: POSITIONS.map((p) => partsPath(LANDMARKS.back, p)).join(""),
};

interface LegDrawingProps {
  stateOf: RegionStateOf;
  onSelect?: (muscleId: MuscleId, side: Side) => void;
  /** Both views side by side (a wide screen), or one at a time, drawn larger (a phone). */
  views: readonly BodyView[];
}

/**
 * The pointer mirror of the muscle list: hidden from assistive technology (the list carries the
 * same content and is keyboard operable), so nothing in it is focusable.
 */
export function LegDrawing({ stateOf, onSelect, views }: LegDrawingProps) {
  const width = views.length * VIEW_WIDTH + (views.length - 1) * GAP;
  const height = TOP + VIEW_HEIGHT + BOTTOM;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
      className="block h-auto w-full select-none"
      fontFamily="inherit"
    >
      {views.map((view, i) => {
        // Draw the selected region last so its thick outline is not covered by a neighbour.
        const regions = REGIONS_BY_VIEW[view]
          .map((r) => ({ ...r, state: stateOf(r.muscleId, r.side) }))
          .sort((a, b) => Number(a.state.selected) - Number(b.state.selected));
        return (
          <g key={view} transform={`translate(${i * (VIEW_WIDTH + GAP)} 0)`}>
            <text x={VIEW_WIDTH / 2} y={20} textAnchor="middle" fontSize={16} fontWeight={600} fill="#0f172a">
              {VIEW_TITLES[view]}
            </text>
            <g transform={`translate(0 ${TOP})`}>
              <path d={OUTLINE_PATH} fill="#ffffff" stroke="#64748b" strokeWidth={1.5} strokeLinejoin="round" />
              <path d={LANDMARK_PATHS[view]} fill="none" stroke="#94a3b8" strokeWidth={1} />
              {regions.map(({ key, muscleId, side, d, state }) => (
                <path
                  key={key}
                  d={d}
                  fill={SHADES[state.level].fill}
                  {...regionStroke(state)}
                  strokeLinejoin="round"
                  className={onSelect ? "cursor-pointer hover:opacity-75" : undefined}
                  onClick={onSelect ? () => onSelect(muscleId, side) : undefined}
                >
                  <title>{`${state.name} — ${state.findingText}`}</title>
                </path>
              ))}
            </g>
            {POSITIONS.map((position) => (
              <text
                key={position}
                x={LABEL_X[position]}
                y={TOP + VIEW_HEIGHT + 16}
                textAnchor="middle"
                fontSize={14}
                fill="#334155"
              >
                {sideAt(view, position) === "right" ? "Right" : "Left"}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
