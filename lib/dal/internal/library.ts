// Loading the library (reference items plus the practice's own).
import "server-only";
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { planItemImages, planItems } from "@/db/schema";
import type { Db } from "@/db/client";
import type { BlockScope } from "@/lib/domain/reference/contraindications";
import type { MuscleId } from "@/lib/domain/reference/muscles";
import type { ItemKind, PlanItemDefinition, PlanPhase } from "@/lib/domain/reference/plan-items";

export interface LibraryItem extends PlanItemDefinition {
  /** A practice's own item (editable); reference items are read-only. */
  custom: boolean;
  /** A practice item's uploaded picture (reference items have their drawing instead). */
  picture: ItemPicture | null;
}

/** An uploaded picture as pages show it: its address (served only to whom may see it) and words. */
export interface ItemPicture {
  src: string;
  alt: string;
  width: number;
  height: number;
}

type Row = typeof planItems.$inferSelect;

/** What loaders read of an item's picture: never its bytes. */
export const pictureColumns = {
  alt: planItemImages.alt,
  width: planItemImages.width,
  height: planItemImages.height,
  uploadedAt: planItemImages.uploadedAt,
};
type PictureRow = { alt: string; width: number; height: number; uploadedAt: Date };

/** The picture's address carries its upload time, so a replaced picture is never shown from a stale copy. */
export function toPicture(itemId: string, row: PictureRow | null): ItemPicture | null {
  if (!row) return null;
  return {
    src: `/library/${encodeURIComponent(itemId)}/image?v=${row.uploadedAt.getTime()}`,
    alt: row.alt,
    width: row.width,
    height: row.height,
  };
}

export function toItem(row: Row, picture: PictureRow | null = null): LibraryItem {
  return {
    id: row.id,
    name: row.name,
    phase: row.phase as PlanPhase,
    kind: row.kind as ItemKind,
    targetMuscles: row.targetMuscles as MuscleId[],
    steps: row.steps,
    dosage: row.dosage,
    progressions: row.progressions,
    cautions: row.cautions,
    scopes: row.scopes as BlockScope[],
    suggestFor: row.suggestForAny ? "any" : ((row.suggestFor ?? []) as MuscleId[]),
    activityId: row.activityId ?? undefined,
    notBehindKnee: row.notBehindKnee,
    custom: row.practiceId !== null,
    picture: toPicture(row.id, picture),
  };
}

/** The reference items plus the practice's own, in library order. */
export async function loadLibrary(executor: Pick<Db, "select">, practiceId: string): Promise<Map<string, LibraryItem>> {
  const rows = await executor
    .select({ item: planItems, picture: pictureColumns })
    .from(planItems)
    .leftJoin(planItemImages, eq(planItemImages.itemId, planItems.id))
    .where(or(isNull(planItems.practiceId), eq(planItems.practiceId, practiceId)))
    .orderBy(asc(planItems.sortOrder), asc(planItems.name));
  return new Map(rows.map((r) => [r.item.id, toItem(r.item, r.picture)]));
}

/** The uploaded pictures of some of the practice's items (a printed plan's), by item id. */
export async function loadPictures(
  executor: Pick<Db, "select">,
  practiceId: string,
  itemIds: readonly string[],
): Promise<Map<string, ItemPicture>> {
  if (itemIds.length === 0) return new Map();
  const rows = await executor
    .select({ itemId: planItemImages.itemId, ...pictureColumns })
    .from(planItemImages)
    .where(and(eq(planItemImages.practiceId, practiceId), inArray(planItemImages.itemId, [...itemIds])));
  return new Map(rows.map((r) => [r.itemId, toPicture(r.itemId, r)!]));
}
