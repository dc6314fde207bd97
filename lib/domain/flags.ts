import {
  CONTRAINDICATIONS,
  type BlockScope,
  type Contraindication,
  type ContraindicationId,
  type FlagLevel,
} from "./reference/contraindications";

/**
 * Contraindication screening and red flags (DOMAIN.md "Contraindications and red flags").
 *
 * - A screen answers every condition yes / no / unknown. "Unknown" opens a flag like "yes":
 *   the app takes the cautious side, screening first (DOMAIN.md "Known tensions"; seeds 000, 003).
 * - A stop-level flag stays open until a clearance is recorded: a later "no" does not close it.
 * - Local holds and cautions follow the screen: a later "no" resolves them (DOMAIN.md: local
 *   holds are re-screened at the next visit). A clearance (e.g. a doctor's OK) closes them too.
 */
export type ScreenAnswer = "yes" | "no" | "unknown";

export interface OpenFlag {
  id: string;
  contraindicationId: ContraindicationId;
}

const LEVEL_ORDER: readonly FlagLevel[] = ["stop", "local-hold", "caution"];

export function contraindication(id: ContraindicationId): Contraindication {
  const found = CONTRAINDICATIONS.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown contraindication ${id}`);
  return found;
}

export function levelOf(id: ContraindicationId): FlagLevel {
  return contraindication(id).level;
}

/** Whether an answer opens a flag for its condition. */
export function answerOpensFlag(answer: ScreenAnswer): boolean {
  return answer !== "no";
}

/** Whether a "no" on a later screen closes an open flag of this condition. */
export function screenCanResolve(id: ContraindicationId): boolean {
  return levelOf(id) !== "stop";
}

/**
 * What a new screen changes: which conditions get a new flag, and which open flags a "no"
 * resolves. An already open flag is never opened twice.
 */
export function reconcileScreen(
  openFlags: readonly OpenFlag[],
  answers: ReadonlyArray<{ contraindicationId: ContraindicationId; answer: ScreenAnswer }>,
): { open: ContraindicationId[]; resolve: string[] } {
  const openByCondition = new Map(openFlags.map((f) => [f.contraindicationId, f.id]));
  const open: ContraindicationId[] = [];
  const resolve: string[] = [];
  for (const { contraindicationId, answer } of answers) {
    const existing = openByCondition.get(contraindicationId);
    if (answerOpensFlag(answer)) {
      if (!existing) open.push(contraindicationId);
    } else if (existing && screenCanResolve(contraindicationId)) {
      resolve.push(existing);
    }
  }
  return { open, resolve };
}

/** What an open flag of this condition blocks. */
export function blocksOf(id: ContraindicationId): readonly BlockScope[] {
  return contraindication(id).blocks;
}

/** Everything the client's open flags block together. */
export function blockedScopes(openFlags: readonly Pick<OpenFlag, "contraindicationId">[]): Set<BlockScope> {
  return new Set(openFlags.flatMap((f) => blocksOf(f.contraindicationId)));
}

/** The most serious level among open flags, or null when none is open. */
export function highestLevel(openFlags: readonly Pick<OpenFlag, "contraindicationId">[]): FlagLevel | null {
  const levels = new Set(openFlags.map((f) => levelOf(f.contraindicationId)));
  return LEVEL_ORDER.find((l) => levels.has(l)) ?? null;
}

/** Open flags sorted most serious first (stop, local hold, caution), then reference order. */
export function sortBySeverity<T extends Pick<OpenFlag, "contraindicationId">>(flags: readonly T[]): T[] {
  const rank = (f: T) =>
    LEVEL_ORDER.indexOf(levelOf(f.contraindicationId)) * 100 +
    CONTRAINDICATIONS.findIndex((c) => c.id === f.contraindicationId);
  return [...flags].sort((a, b) => rank(a) - rank(b));
}

export interface ScreenChange {
  contraindicationId: ContraindicationId;
  from: ScreenAnswer;
  to: ScreenAnswer;
}

/**
 * Which answers a screen changed from the client's previous one, in the screen's order (issue 13,
 * bug 6: a re-screen starts from the latest answers, so what changed is what matters). A first
 * screen changes nothing; a condition the previous screen did not ask is not a change.
 */
export function screenChanges(
  previous: Readonly<Record<string, { answer: ScreenAnswer }>> | null,
  current: Readonly<Record<string, { answer: ScreenAnswer }>>,
): ScreenChange[] {
  if (!previous) return [];
  return CONTRAINDICATIONS.flatMap(({ id }) => {
    const from = previous[id]?.answer;
    const to = current[id]?.answer;
    return from && to && from !== to ? [{ contraindicationId: id, from, to }] : [];
  });
}
