import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { planItemImages } from "@/db/schema";
import { getLibraryItem, saveLibraryItem } from "@/lib/dal/library";
import { getLibraryItemImage, removeLibraryItemImage, saveLibraryItemImage } from "@/lib/dal/library-images";
import { getPrintablePlan } from "@/lib/dal/plan-print";
import { createPlan, editPlan } from "@/lib/dal/plans";
import { getPortalToday } from "@/lib/dal/portal";
import { MAX_IMAGE_BYTES } from "@/lib/domain/image-facts";
import type { LibraryItemInput } from "@/lib/validation/plan-item";
import { auditRows, createPractice, NOT_FOUND, signInAs, testDb } from "../support/fixtures";
import { JPEG_1X1, pngImage, WEBP_LOSSY_1X1 } from "../support/images";

let here: Awaited<ReturnType<typeof createPractice>>;
let elsewhere: Awaited<ReturnType<typeof createPractice>>;
let itemId: string;
let planId: string;

const stretch: LibraryItemInput = {
  name: "Wall calf stretch with a towel",
  phase: "strengthen",
  kind: "stretch",
  targetMuscles: ["gastrocnemius"],
  steps: ["Loop a towel round the foot", "Pull gently"],
  progressions: [],
  cautions: [],
  dosage: { holdSeconds: 20, timesPerDay: 2 },
  deepPressure: false,
  behindKnee: false,
  electric: false,
};
const text = (s: string) => new TextEncoder().encode(s);
const rows = async (id: string) => (await testDb()).select().from(planItemImages).where(eq(planItemImages.itemId, id));

beforeAll(async () => {
  here = await createPractice("Pictures");
  elsewhere = await createPractice("OtherPictures");
  await signInAs(here.therapist);
  const saved = await saveLibraryItem(null, stretch);
  if (!saved.ok) throw new Error("item not saved");
  itemId = saved.id;
  // Ana's plan includes the item; Ben's does not.
  planId = await createPlan(here.clientA.record.id);
  await editPlan(planId, { type: "add", itemId });
  expect(await editPlan(planId, { type: "publish" })).toEqual({ ok: true, published: 1 });
});

describe("a practice item's picture", () => {
  it("is stored from its bytes and shown with its description in the library, the portal and print", async () => {
    await signInAs(here.therapist);
    const png = pngImage(40, 30);
    expect(await saveLibraryItemImage(itemId, { bytes: png, alt: "Towel looped round the foot" })).toEqual({
      ok: true,
    });
    const item = await getLibraryItem(itemId);
    expect(item.picture).toMatchObject({ alt: "Towel looped round the foot", width: 40, height: 30 });
    expect(item.picture!.src).toMatch(new RegExp(`^/library/${itemId}/image\\?v=\\d+$`));
    expect(await getLibraryItemImage(itemId)).toEqual({ contentType: "image/png", data: png });
    const print = await getPrintablePlan(here.clientA.record.id, planId);
    expect(print.version!.entries[0]!.picture).toMatchObject({ alt: "Towel looped round the foot" });

    await signInAs(here.clientA.login);
    const today = await getPortalToday();
    expect(today.plan!.strengthen[0]).toMatchObject({ itemId, picture: { alt: "Towel looped round the foot" } });
    expect((await getLibraryItemImage(itemId)).contentType).toBe("image/png");
    expect((await auditRows(itemId)).map((r) => [r.action, r.outcome])).toContainEqual(["portal.image", "allowed"]);
  });

  it("is replaced by a new upload (JPEG or WebP too) and can be removed", async () => {
    await signInAs(here.admin);
    expect(await saveLibraryItemImage(itemId, { bytes: JPEG_1X1, alt: "A new photo" })).toEqual({ ok: true });
    expect((await getLibraryItem(itemId)).picture).toMatchObject({ alt: "A new photo", width: 1, height: 1 });
    expect(await saveLibraryItemImage(itemId, { bytes: WEBP_LOSSY_1X1, alt: "As WebP" })).toEqual({ ok: true });
    expect((await getLibraryItemImage(itemId)).contentType).toBe("image/webp");
    expect(await rows(itemId)).toHaveLength(1);
    const details = (await auditRows(itemId)).filter((r) => r.action === "library.update").map((r) => r.detail);
    expect(details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ picture: "added" }),
        expect.objectContaining({ picture: "replaced", type: "image/webp" }),
      ]),
    );
    await removeLibraryItemImage(itemId);
    expect((await getLibraryItem(itemId)).picture).toBeNull();
    await expect(getLibraryItemImage(itemId)).rejects.toThrow(NOT_FOUND);
    expect((await auditRows(itemId)).at(-1)).toMatchObject({ action: "library.image", outcome: "denied" });
    expect(await saveLibraryItemImage(itemId, { bytes: pngImage(8, 8), alt: "Back again" })).toEqual({ ok: true });
  });

  it("is refused when the file is not a picture or too large, and nothing is written", async () => {
    await signInAs(here.therapist);
    const before = await rows(itemId);
    const cases: Array<[Uint8Array, string]> = [
      [text("Stretch the calf.\n"), "image.not-an-image"], // a text file, whatever its name says
      [text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), "image.not-an-image"],
      [pngImage(4, 4, { text: "<html><script>alert(1)</script>" }), "image.markup"],
      [pngImage(4, 4, { padding: MAX_IMAGE_BYTES }), "image.too-large"],
    ];
    for (const [bytes, code] of cases) {
      expect(await saveLibraryItemImage(itemId, { bytes, alt: "Refused" })).toEqual({ ok: false, code });
    }
    expect(await rows(itemId)).toEqual(before);
  });

  it("is served to no one else: another client, the front desk, another practice", async () => {
    await signInAs(here.clientB.login);
    await expect(getLibraryItemImage(itemId)).rejects.toThrow(NOT_FOUND);
    await signInAs(here.frontDesk);
    await expect(getLibraryItemImage(itemId)).rejects.toThrow(NOT_FOUND);
    for (const user of [elsewhere.therapist, elsewhere.admin, elsewhere.clientA.login]) {
      await signInAs(user);
      await expect(getLibraryItemImage(itemId)).rejects.toThrow(NOT_FOUND);
    }
    const denied = (await auditRows(itemId)).filter((r) => r.outcome === "denied").map((r) => r.action);
    expect(denied).toEqual(expect.arrayContaining(["portal.image", "library.image"]));
  });

  it("cannot be set or removed by another practice, nor on a reference item", async () => {
    await signInAs(elsewhere.therapist);
    const before = await rows(itemId);
    await expect(saveLibraryItemImage(itemId, { bytes: pngImage(2, 2), alt: "Theirs" })).rejects.toThrow(NOT_FOUND);
    await expect(removeLibraryItemImage(itemId)).rejects.toThrow(NOT_FOUND);
    expect(await rows(itemId)).toEqual(before);
    await signInAs(here.therapist);
    await expect(saveLibraryItemImage("calf-stretch", { bytes: pngImage(2, 2), alt: "Ours" })).rejects.toThrow(
      NOT_FOUND,
    );
    expect(await rows("calf-stretch")).toEqual([]);
  });
});
