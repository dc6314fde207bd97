import type { ClientCaution } from "@/lib/dal/portal";

/**
 * The client's own cautions (an open "warn" flag from their screen, e.g. varicose veins), said
 * once above their homework; the items they apply to carry a short marker, ⚠, whose text
 * alternative names the caution (DOMAIN.md: a note on every affected item).
 */
export function ClientCautions({ cautions }: { cautions: ClientCaution[] }) {
  if (cautions.length === 0) return null;
  return (
    <section
      aria-labelledby="my-cautions-heading"
      className="mb-3 rounded-lg border-2 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <h2 id="my-cautions-heading" className="font-semibold">
        {cautions.length === 1 ? "Your caution" : "Your cautions"}
      </h2>
      <ul>
        {cautions.map((c) => (
          <li key={c.id}>
            <span className="font-semibold">{c.name}:</span> {avoidText(c)}
          </li>
        ))}
      </ul>
      <p>
        Items marked <span aria-hidden="true">⚠</span>
        <span className="sr-only">with a warning sign</span> are the ones{" "}
        {cautions.length === 1 ? "it applies" : "they apply"} to.
      </p>
    </section>
  );
}

/** "avoid deep or direct pressure over the veins (gentle work only)." */
export const avoidText = (c: ClientCaution) => `avoid ${c.avoid.charAt(0).toLowerCase()}${c.avoid.slice(1)}.`;
