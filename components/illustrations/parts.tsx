import type { ReactNode } from "react";

/**
 * The pieces every line drawing of the library is made of, so they share one style: a stick
 * figure in dark lines, props (roller, ball, wall, chair) in grey, the spot where pressure or
 * the stretch goes as a red dot with a ring, and movements as amber arrows. Drawn on a 120 × 80
 * grid, floor at y = 72. No ids (markers, gradients): a page shows many drawings at once.
 */
type Point = readonly [number, number];
/** Joints as SVG writes them: "x,y x,y …". */
export type Line = string;

const BODY = "#1e293b";
const PROP = "#64748b";
const PROP_FILL = "#e2e8f0";
const PRESS = "#dc2626";
const MOVE = "#b45309";
export const FLOOR_Y = 72;

const pts = (points: readonly Point[]) => points.map(([x, y]) => `${x},${y}`).join(" ");
const parse = (line: Line): Point[] =>
  line
    .trim()
    .split(/\s+/)
    .map((p) => p.split(",").map(Number) as unknown as Point);

/** The drawing's frame: an image with its text alternative (position and where the pressure goes). */
export function Frame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 120 80"
      role="img"
      aria-label={label}
      className="h-auto w-full"
      fill="none"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

/** Body lines: limbs and trunk as connected joints. */
export function Body({ lines, head }: { lines: readonly Line[]; head: Point }) {
  return (
    <g stroke={BODY} strokeWidth={3}>
      <circle cx={head[0]} cy={head[1]} r={5} fill={BODY} />
      {lines.map((line, i) => (
        <polyline key={i} points={line} />
      ))}
    </g>
  );
}

/** The floor line. */
export function Floor({ from = 4, to = 116, y = FLOOR_Y }: { from?: number; to?: number; y?: number }) {
  return <line x1={from} y1={y} x2={to} y2={y} stroke={PROP} strokeWidth={1.5} />;
}

/** A prop drawn as lines (wall, chair, block outline, handrail). */
export function Prop({ lines, fill = false }: { lines: readonly Line[]; fill?: boolean }) {
  return (
    <g stroke={PROP} strokeWidth={2} fill={fill ? PROP_FILL : "none"}>
      {lines.map((line, i) => (
        <polyline key={i} points={line} />
      ))}
    </g>
  );
}

/** A foam roller seen end-on, or a massage ball (smaller). */
export function Roller({ at, r = 6, hollow = false }: { at: Point; r?: number; hollow?: boolean }) {
  return <circle cx={at[0]} cy={at[1]} r={r} stroke={PROP} strokeWidth={2} fill={hollow ? "none" : PROP_FILL} />;
}

/** A filled rectangle prop (towel, block, brace, scales). */
export function Block({ x, y, w, h, tint }: { x: number; y: number; w: number; h: number; tint?: "warm" }) {
  return (
    <rect
      x={x}
      y={y}
      width={w}
      height={h}
      rx={1.5}
      stroke={tint ? MOVE : PROP}
      strokeWidth={1.5}
      fill={tint ? "#fde68a" : PROP_FILL}
    />
  );
}

/** Where the pressure or the stretch goes. */
export function Press({ at }: { at: Point }) {
  return (
    <g>
      <circle cx={at[0]} cy={at[1]} r={6.5} stroke={PRESS} strokeWidth={1.5} />
      <circle cx={at[0]} cy={at[1]} r={3} fill={PRESS} />
    </g>
  );
}

/** A spot to keep away from: a red ring with a bar. */
export function Avoid({ at }: { at: Point }) {
  const [x, y] = at;
  return (
    <g stroke={PRESS} strokeWidth={1.5}>
      <circle cx={x} cy={y} r={5} />
      <line x1={x - 3.5} y1={y + 3.5} x2={x + 3.5} y2={y - 3.5} />
    </g>
  );
}

function head(from: Point, to: Point): string {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const side = (turn: number): Point => [
    +(to[0] - 4.5 * Math.cos(angle + turn)).toFixed(1),
    +(to[1] - 4.5 * Math.sin(angle + turn)).toFixed(1),
  ];
  return pts([side(0.5), to, side(-0.5)]);
}

/** A movement: along the points, with a head at the end (and at the start when `both`). */
export function Arrow({ path: line, both = false }: { path: Line; both?: boolean }) {
  const path = parse(line);
  const end = path.at(-1)!;
  const start = path[0]!;
  return (
    <g stroke={MOVE} strokeWidth={2}>
      <polyline points={line} />
      <polyline points={head(path.at(-2)!, end)} />
      {both ? <polyline points={head(path[1]!, start)} /> : null}
    </g>
  );
}

/** Warmth rising: three small waves above a spot. */
export function Warmth({ x, y }: { x: number; y: number }) {
  return (
    <g stroke={MOVE} strokeWidth={1.5}>
      {[0, 7, 14].map((dx) => (
        <path key={dx} d={`M${x + dx} ${y}q-2.5 -3 0 -6q2.5 -3 0 -6`} />
      ))}
    </g>
  );
}
