import { SHADES, regionStroke, type ShadeLevel } from "./shading";

/** A small square drawn like a map region; decorative, the words next to it carry the meaning. */
export function Swatch({
  level,
  selected = false,
  suggested = false,
}: {
  level: ShadeLevel;
  selected?: boolean;
  suggested?: boolean;
}) {
  const stroke = regionStroke({ selected, suggested });
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="size-4 shrink-0">
      <rect x={2} y={2} width={16} height={16} rx={3} fill={SHADES[level].fill} {...stroke} />
    </svg>
  );
}
