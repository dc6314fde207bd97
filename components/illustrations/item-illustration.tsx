import { ADVICE_DRAWINGS } from "./advice-drawings";
import type { Drawing } from "./drawing";
import { Frame } from "./parts";
import { RELAX_DRAWINGS } from "./relax-drawings";
import { STRENGTHEN_DRAWINGS } from "./strengthen-drawings";

/** The line drawing of every reference item (lib/domain/reference/plan-items.ts), by item id. */
export const REFERENCE_DRAWINGS: Readonly<Record<string, Drawing>> = {
  ...RELAX_DRAWINGS,
  ...STRENGTHEN_DRAWINGS,
  ...ADVICE_DRAWINGS,
};

/** A practice item's uploaded picture, as the data-access layer describes it. */
export interface ItemPicture {
  src: string;
  alt: string;
  width: number;
  height: number;
}

/**
 * The picture of a library item: a reference item's line drawing, or the image its practice
 * uploaded; nothing for a practice item without one. Both carry their text alternative.
 */
export function ItemIllustration({
  itemId,
  picture,
  className = "",
}: {
  itemId: string;
  picture?: ItemPicture | null;
  className?: string;
}) {
  const drawing = REFERENCE_DRAWINGS[itemId];
  if (drawing) {
    return (
      <div className={`w-full max-w-56 rounded-md border border-slate-200 bg-white p-1 ${className}`}>
        <Frame label={drawing.alt}>{drawing.parts}</Frame>
      </div>
    );
  }
  if (!picture) return null;
  return (
    // An uploaded picture served by its own route (access checked there): next/image would add
    // an optimizer request path the route's authorization does not cover.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={picture.src}
      alt={picture.alt}
      width={picture.width}
      height={picture.height}
      loading="lazy"
      className={`h-auto w-full max-w-56 rounded-md border border-slate-200 bg-white object-contain ${className}`}
    />
  );
}
