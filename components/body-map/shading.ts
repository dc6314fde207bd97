/**
 * How a region of the body map looks: fill by tenderness, outline by suggested/selected.
 * Plain colours (not Tailwind classes) so the SVG, the legend swatches and the list swatches
 * share one definition and the drawing also renders without the stylesheet.
 */
import type { BodyMapFinding } from "./types";

/** none = no finding recorded; zero = examined, tenderness 0. */
export type ShadeLevel = "none" | "zero" | "light" | "medium" | "dark";

export interface Shade {
  fill: string;
  /** Short legend text; the list always gives the exact number. */
  legend: string;
}

// Amber → red ramp with clear luminance steps (≈0.78, 0.34, 0.11), so the levels still differ
// in greyscale or for colour-blind readers; the outline (slate-700) stays visible on all of them.
export const SHADES: Record<ShadeLevel, Shade> = {
  none: { fill: "#f8fafc", legend: "Not examined" },
  zero: { fill: "#d5ede5", legend: "0 (not tender)" },
  light: { fill: "#fde68a", legend: "1–3" },
  medium: { fill: "#f97316", legend: "4–6" },
  dark: { fill: "#b91c1c", legend: "7–10" },
};

export const SHADE_ORDER: readonly ShadeLevel[] = ["none", "zero", "light", "medium", "dark"];

/** A usable tenderness (clamped to 0–10), or undefined when there is none to show. */
export function normalizeTenderness(tenderness: number | undefined): number | undefined {
  if (tenderness === undefined || !Number.isFinite(tenderness)) return undefined;
  return Math.min(10, Math.max(0, tenderness));
}

export function shadeLevel(tenderness: number | undefined): ShadeLevel {
  const t = normalizeTenderness(tenderness);
  if (t === undefined) return "none";
  if (t === 0) return "zero";
  if (t < 4) return "light";
  if (t < 7) return "medium";
  return "dark";
}

const POINT_WORDS = { active: "Active TrP", latent: "Latent TrP" } as const;

/**
 * A muscle's state in words, for the map's titles and the list (issue 13, bug 8: the list must
 * read as muscles and their state): "Not examined", or "Active TrP, tenderness 7/10, reproduces pain".
 */
export function findingText(
  finding: Pick<BodyMapFinding, "tenderness" | "pointType" | "reproducesPain"> | undefined,
): string {
  const t = normalizeTenderness(finding?.tenderness);
  if (!finding || t === undefined) return "Not examined";
  return [
    finding.pointType ? POINT_WORDS[finding.pointType] : null,
    `tenderness ${t}/10`,
    finding.reproducesPain ? "reproduces pain" : null,
  ]
    .filter(Boolean)
    .join(", ");
}

export interface RegionStroke {
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
}

const OUTLINE = "#334155"; // slate-700
const SELECTED_OUTLINE = "#0f172a"; // slate-900

/** Selected wins over suggested: a thick solid outline; suggested alone is dashed. */
export function regionStroke({ selected, suggested }: { selected: boolean; suggested: boolean }): RegionStroke {
  if (selected) return { stroke: SELECTED_OUTLINE, strokeWidth: 3.5 };
  if (suggested) return { stroke: OUTLINE, strokeWidth: 1.8, strokeDasharray: "5 3" };
  return { stroke: OUTLINE, strokeWidth: 1 };
}
