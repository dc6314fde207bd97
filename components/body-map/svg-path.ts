/** Small geometry helpers that turn the point lists of leg-shapes.ts into SVG path data. */

export type Point = readonly [number, number];

const round = (n: number) => Math.round(n * 10) / 10;
const fmt = ([x, y]: Point) => `${round(x)} ${round(y)}`;

/**
 * A smooth closed curve through every point (Catmull-Rom turned into cubic Béziers), so a
 * handful of points gives an organic muscle shape. `sharp` joins the points with straight lines.
 */
export function closedPath(points: readonly Point[], sharp = false): string {
  const n = points.length;
  if (n < 3) throw new Error("A closed shape needs at least three points");
  const at = (i: number): Point => points[((i % n) + n) % n]!;
  if (sharp) return `M${points.map(fmt).join("L")}Z`;
  let d = `M${fmt(at(0))}`;
  for (let i = 0; i < n; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${fmt(c1)} ${fmt(c2)} ${fmt(p2)}`;
  }
  return `${d}Z`;
}

/** Reflect points across the vertical line x = axis (the body's midline). */
export function mirrorX(points: readonly Point[], axis: number): Point[] {
  return points.map(([x, y]) => [2 * axis - x, y] as const);
}
