// The pictures practices upload for their own library items (issue 13, bug 14).
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { planItemImages, planItems, plans, planVersions } from "@/db/schema";
import { imageFacts, MAX_IMAGE_BYTES, type ImageType } from "@/lib/domain/image-facts";
import { may, mayAtAll } from "./policy";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { auditId, authorize, deny, isId } from "./internal/guard";
import { requireViewer, type Viewer } from "./internal/viewer";

export interface ItemImageFile {
  contentType: ImageType;
  data: Buffer;
}

/**
 * An item's uploaded picture, for the route that serves it: to the clinicians of the item's
 * practice, and to a client whose published plans include the item. Everyone else, and every
 * id that names no picture, gets the same not-found (audited).
 */
export async function getLibraryItemImage(itemId: string): Promise<ItemImageFile> {
  const viewer = await requireViewer();
  const action = viewer.role === "client" ? "portal.image" : "library.image";
  const refuse = () => deny(viewer, { action, objectType: "plan_item", objectId: auditId(itemId) });
  if (!mayAtAll(viewer.role, action) || !isId(itemId)) return refuse();
  const database = await db();
  const [[row], inPlans] = await Promise.all([
    database
      .select({ contentType: planItemImages.contentType, data: planItemImages.data })
      .from(planItemImages)
      .where(and(eq(planItemImages.itemId, itemId), eq(planItemImages.practiceId, viewer.practiceId)))
      .limit(1),
    viewer.clientId ? inClientPlans(viewer as Viewer & { clientId: string }, itemId) : Promise.resolve(false),
  ]);
  // Staff: the practice's library is their own. A client: only items their plans were given.
  const relation = viewer.role === "client" ? (inPlans ? "own" : "practice") : "own";
  if (!row || !may(viewer.role, action, relation)) return refuse();
  await audit(database, viewer, { action, objectType: "plan_item", objectId: itemId, outcome: "allowed" });
  return { contentType: row.contentType as ImageType, data: row.data };
}

/** Whether any published version of the client's plans lists the item. */
async function inClientPlans(viewer: Viewer & { clientId: string }, itemId: string): Promise<boolean> {
  const database = await db();
  const rows = await database
    .select({ one: sql<number>`1` })
    .from(planVersions)
    .innerJoin(plans, eq(plans.id, planVersions.planId))
    .where(
      and(
        eq(plans.practiceId, viewer.practiceId),
        eq(plans.clientId, viewer.clientId),
        sql`${planVersions.entries} @> ${JSON.stringify([{ itemId }])}::jsonb`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export type ImageWriteResult =
  | { ok: true }
  | { ok: false; code: "image.too-large" | "image.not-an-image" | "image.too-many-pixels" | "image.markup" };

/** The practice's own item, or a refusal: reference items and other practices' are not found. */
async function ownItem(itemId: string) {
  const viewer = await authorize("library.update", "plan_item");
  const refuse = () => deny(viewer, { action: "library.update", objectType: "plan_item", objectId: auditId(itemId) });
  if (!isId(itemId)) return refuse();
  const database = await db();
  const [own] = await database
    .select({ id: planItems.id })
    .from(planItems)
    .where(and(eq(planItems.id, itemId), eq(planItems.practiceId, viewer.practiceId)))
    .limit(1);
  if (!own) return refuse();
  return { viewer, database };
}

/**
 * Adds or replaces the picture of one of the practice's own items. The bytes decide what the
 * file is (a text file named .png, an SVG or an HTML polyglot is refused); nothing is written
 * unless it is a PNG, JPEG or WebP within the limits.
 */
export async function saveLibraryItemImage(
  itemId: string,
  input: { bytes: Uint8Array; alt: string },
): Promise<ImageWriteResult> {
  const { viewer, database } = await ownItem(itemId);
  if (input.bytes.byteLength > MAX_IMAGE_BYTES) return { ok: false, code: "image.too-large" };
  const facts = imageFacts(input.bytes);
  if (!facts.ok) return { ok: false, code: `image.${facts.reason}` };
  const values = {
    contentType: facts.type,
    width: facts.width,
    height: facts.height,
    byteSize: input.bytes.byteLength,
    alt: input.alt,
    data: Buffer.from(input.bytes),
    uploadedBy: viewer.userId,
    uploadedAt: new Date(),
  };
  await database.transaction(async (tx) => {
    const [replaced] = await tx
      .select({ itemId: planItemImages.itemId })
      .from(planItemImages)
      .where(eq(planItemImages.itemId, itemId))
      .for("update");
    await tx
      .insert(planItemImages)
      .values({ ...values, itemId, practiceId: viewer.practiceId })
      .onConflictDoUpdate({ target: planItemImages.itemId, set: values });
    await audit(tx, viewer, {
      action: "library.update",
      objectType: "plan_item",
      objectId: itemId,
      outcome: "allowed",
      detail: { picture: replaced ? "replaced" : "added", type: facts.type, bytes: values.byteSize },
    });
  });
  return { ok: true };
}

/** Removes the picture of one of the practice's own items (nothing to remove is not an error). */
export async function removeLibraryItemImage(itemId: string): Promise<void> {
  const { viewer, database } = await ownItem(itemId);
  await database.transaction(async (tx) => {
    const removed = await tx
      .delete(planItemImages)
      .where(and(eq(planItemImages.itemId, itemId), eq(planItemImages.practiceId, viewer.practiceId)))
      .returning({ itemId: planItemImages.itemId });
    if (removed.length === 0) return;
    await audit(tx, viewer, {
      action: "library.update",
      objectType: "plan_item",
      objectId: itemId,
      outcome: "allowed",
      detail: { picture: "removed" },
    });
  });
}
