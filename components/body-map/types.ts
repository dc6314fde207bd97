import type { MuscleId } from "@/lib/domain/reference/muscles";

export type Side = "left" | "right";

export interface BodyMapFinding {
  muscleId: MuscleId;
  side: Side;
  /** 0–10 (DOMAIN.md: findings record tenderness 0–10 per muscle and side). */
  tenderness: number;
}

export interface SelectedRegion {
  muscleId: MuscleId;
  side: Side;
}

/** Order in which the two sides of a muscle are listed. */
export const SIDES: readonly Side[] = ["left", "right"];
