import { SHADES, SHADE_ORDER } from "./shading";
import { Swatch } from "./swatch";

/** Key to the drawing's fills and outlines. The list gives each exact tenderness in words. */
export function MapLegend() {
  return (
    <div className="mt-3 text-sm text-slate-700">
      <p className="font-medium text-slate-900">Tenderness</p>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {SHADE_ORDER.map((level) => (
          <li key={level} className="flex items-center gap-1.5">
            <Swatch level={level} />
            {SHADES[level].legend}
          </li>
        ))}
      </ul>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <li className="flex items-center gap-1.5">
          <Swatch level="none" suggested />
          Dashed outline: suggested
        </li>
        <li className="flex items-center gap-1.5">
          <Swatch level="none" selected />
          Thick outline: selected
        </li>
      </ul>
    </div>
  );
}
