import type { MuscleId } from "@/lib/domain/reference/muscles";

export type Side = "left" | "right";

export interface BodyMapFinding {
  muscleId: MuscleId;
  side: Side;
  /** 0–10 (DOMAIN.md: findings record tenderness 0–10 per muscle and side). */
  tenderness: number;
  /** Active or latent trigger point, and whether pressure reproduces the client's pain (when known). */
  pointType?: "active" | "latent";
  reproducesPain?: boolean;
}

export interface SelectedRegion {
  muscleId: MuscleId;
  side: Side;
}

/** Order in which the two sides of a muscle are listed. */
export const SIDES: readonly Side[] = ["left", "right"];
