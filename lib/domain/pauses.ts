import type { Pause } from "./adherence";
import { judgeItem, type ItemScopes } from "./plan-rules";
import type { ContraindicationId } from "./reference/contraindications";

/**
 * Which plan items were paused, and when (DOMAIN.md, red flags and cautions; issue 5): a
 * stop-symptom report (tingling, numbness, sharp or radiating pain) pauses every hands-on item
 * until the therapist resolves it; an open flag pauses the items it blocks until it is resolved
 * or cleared. The portal shows the same pauses on Today; adherence leaves those days out.
 * Days are the practice's calendar days, passed in.
 */
export function planPauses(input: {
  entries: readonly { itemId: string; handsOn: boolean }[];
  items: ReadonlyMap<string, ItemScopes>;
  reports: readonly { from: string; to: string | null }[];
  flags: readonly { contraindicationId: ContraindicationId; from: string; to: string | null }[];
}): Pause[] {
  const itemIds = [...new Set(input.entries.map((e) => e.itemId))];
  const handsOn = [...new Set(input.entries.filter((e) => e.handsOn).map((e) => e.itemId))];
  const pauses: Pause[] = input.reports
    .filter(() => handsOn.length > 0)
    .map((r) => ({ itemIds: handsOn, from: r.from, to: r.to }));
  for (const flag of input.flags) {
    const blocked = itemIds.filter((id) => {
      const item = input.items.get(id);
      return item !== undefined && judgeItem(item, [{ contraindicationId: flag.contraindicationId }]).blocked;
    });
    if (blocked.length > 0) pauses.push({ itemIds: blocked, from: flag.from, to: flag.to });
  }
  return pauses;
}
