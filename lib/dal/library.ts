// The technique and exercise library: reference items and the practice's own.
import "server-only";
import { and, eq, isNull, or } from "drizzle-orm";
import { planItemImages, planItems } from "@/db/schema";
import { itemRuleViolations } from "@/lib/domain/plan-rules";
import type { BlockScope } from "@/lib/domain/reference/contraindications";
import type { MuscleId } from "@/lib/domain/reference/muscles";
import type { LibraryItemInput } from "@/lib/validation/plan-item";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { auditId, authorize, deny } from "./internal/guard";
import { loadLibrary, pictureColumns, toItem, type LibraryItem } from "./internal/library";

export type { ItemPicture, LibraryItem } from "./internal/library";

/** The library page: reference items and the practice's own. */
export async function listLibrary(): Promise<LibraryItem[]> {
  const viewer = await authorize("library.list", "plan_item");
  return [...(await loadLibrary(await db(), viewer.practiceId)).values()];
}

/** The new-item form: only who may add to the practice's library gets it. */
export async function getNewLibraryItemForm(): Promise<void> {
  await authorize("library.create", "plan_item");
}

/** One item: reference items and the viewer's practice's own; another practice's are not found. */
export async function getLibraryItem(id: string): Promise<LibraryItem> {
  const viewer = await authorize("library.read", "plan_item");
  const database = await db();
  const [row] = await database
    .select({ item: planItems, picture: pictureColumns })
    .from(planItems)
    .leftJoin(planItemImages, eq(planItemImages.itemId, planItems.id))
    .where(
      and(eq(planItems.id, String(id)), or(isNull(planItems.practiceId), eq(planItems.practiceId, viewer.practiceId))),
    )
    .limit(1);
  if (!row) return deny(viewer, { action: "library.read", objectType: "plan_item", objectId: auditId(id) });
  return toItem(row.item, row.picture);
}

export type LibraryWriteResult = { ok: true; id: string } | { ok: false; code: "library.rule"; reasons: string[] };

function rowValues(input: LibraryItemInput) {
  const massage: BlockScope[] =
    input.kind === "self-massage" || input.kind === "tool-release"
      ? ["all-massage", "massage-over-area", "massage-at-site"]
      : [];
  const scopes: BlockScope[] = [
    ...massage,
    ...(input.kind === "tool-release" ? (["tools"] as const) : []),
    ...(input.deepPressure ? (["deep-pressure"] as const) : []),
    ...(input.behindKnee ? (["direct-behind-knee"] as const) : []),
  ];
  return {
    name: input.name,
    phase: input.phase,
    kind: input.kind,
    targetMuscles: input.targetMuscles,
    steps: input.steps,
    dosage: input.dosage,
    progressions: input.progressions,
    cautions: input.cautions,
    scopes,
    suggestFor: input.targetMuscles,
    suggestForAny: false,
    notBehindKnee: input.electric,
  };
}

/** Creates (id null) or edits one of the practice's own items; reference items stay read-only. */
export async function saveLibraryItem(id: string | null, input: LibraryItemInput): Promise<LibraryWriteResult> {
  const action = id ? "library.update" : "library.create";
  const viewer = await authorize(action, "plan_item");
  const values = rowValues(input);
  const violations = itemRuleViolations({ ...values, targetMuscles: values.targetMuscles as MuscleId[] });
  if (violations.length > 0) return { ok: false, code: "library.rule", reasons: violations };
  const database = await db();
  if (id) {
    const [own] = await database
      .select({ id: planItems.id })
      .from(planItems)
      .where(and(eq(planItems.id, id), eq(planItems.practiceId, viewer.practiceId)))
      .limit(1);
    if (!own) return deny(viewer, { action, objectType: "plan_item", objectId: auditId(id) });
  }
  const savedId = id ?? crypto.randomUUID();
  await database.transaction(async (tx) => {
    if (id) {
      await tx
        .update(planItems)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(planItems.id, id), eq(planItems.practiceId, viewer.practiceId)));
    } else {
      await tx
        .insert(planItems)
        .values({ ...values, id: savedId, practiceId: viewer.practiceId, createdBy: viewer.userId });
    }
    await audit(tx, viewer, { action, objectType: "plan_item", objectId: savedId, outcome: "allowed" });
  });
  return { ok: true, id: savedId };
}
