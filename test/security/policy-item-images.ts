import { pngImage } from "../support/images";
import type { PolicyRule } from "./policy-types";
import { CLINICAL, objectWithId, STAFF, text } from "./policy-forms";

/**
 * Policy rows for the pictures practices upload for their own library items (issue 13, bug 14).
 * Each world library item has one, with its marker inside the file: the route serves it to the
 * practice's clinicians and to the client whose plan holds the item, and to no one else.
 */
export const itemImagePolicy: Record<string, PolicyRule> = {
  "GET /library/[itemId]/image": {
    kind: "route",
    params: { itemId: "libraryItem" },
    requests: [],
    sees: { therapist: STAFF, admin: STAFF, client: ["own"] },
    audit: ["library.image", "portal.image"],
  },
  // A new picture for the item, keeping its marker inside the file.
  "action app/(clinician)/library/image-actions.ts#saveItemImageAction": {
    kind: "action",
    shape: "state-form",
    path: "/library",
    bound: ["libraryItem"],
    form: ({ world, target }) => ({
      image: new Blob(
        [new Uint8Array(pngImage(3, 2, { text: objectWithId(world, target.libraryItem)?.secrets[0] ?? "Matrix" }))],
        {
          type: "image/png",
        },
      ),
      alt: "A ball under the calf",
    }),
    fields: { alt: text(300, true) },
    writes: ["plan_item_images", "audit_events"],
    ...CLINICAL,
    audit: "library.update",
  },
  "action app/(clinician)/library/image-actions.ts#removeItemImageAction": {
    kind: "action",
    shape: "form",
    path: "/library",
    bound: ["libraryItem"],
    form: () => ({}),
    writes: ["plan_item_images", "audit_events"],
    ...CLINICAL,
    audit: "library.update",
  },
};
