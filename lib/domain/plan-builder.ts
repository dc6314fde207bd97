import { describeDosage } from "./dosage";
import { activationBlockers, itemRuleViolations, judgeItem, type OpenFlagRef } from "./plan-rules";
import {
  PLAN_PHASES,
  type Dosage,
  type ItemKind,
  type PlanItemDefinition,
  type PlanPhase,
} from "./reference/plan-items";

/**
 * The plan builder as a pure state machine: the DAL loads the state, applies one action here,
 * and stores the result under a row lock. Every action that could put a blocked item into a
 * published version goes through lib/domain/plan-rules.ts.
 */
export interface BuilderEntry {
  key: string;
  itemId: string;
  phase: PlanPhase;
  dosage: Dosage;
  note: string | null;
}

/** What the client sees: a frozen copy of the item as it was published. */
export interface PublishedEntry {
  itemId: string;
  name: string;
  phase: PlanPhase;
  kind: ItemKind;
  steps: string[];
  dosage: Dosage;
  dosageText: string;
  cautions: string[];
  /** Warnings from the client's open caution flags at publication (e.g. varicose veins). */
  warnings: string[];
  /** Whether the item is hands-on work (massage, release): paused when the client reports stop symptoms. */
  handsOn: boolean;
  note: string | null;
}

export interface BuilderState {
  status: "draft" | "active";
  entries: BuilderEntry[];
  /** Number of published versions so far (0 while a draft). */
  publishedVersions: number;
}

export type BuilderAction =
  | { type: "add"; itemId: string }
  | { type: "remove"; key: string }
  | { type: "move"; key: string; offset: -1 | 1 }
  | { type: "set-dosage"; key: string; dosage: Dosage }
  | { type: "set-note"; key: string; note: string | null }
  | { type: "publish" };

export interface BuilderContext {
  library: ReadonlyMap<string, PlanItemDefinition>;
  openFlags: readonly OpenFlagRef[];
  newKey: () => string;
}

export type BuilderResult =
  { ok: true; state: BuilderState; published?: PublishedEntry[] } | { ok: false; error: string; state: BuilderState };

const fail = (state: BuilderState, error: string): BuilderResult => ({ ok: false, error, state });

function withEntry(state: BuilderState, key: string, change: (e: BuilderEntry) => BuilderEntry): BuilderResult {
  if (!state.entries.some((e) => e.key === key)) return fail(state, "That item is no longer in the plan.");
  return { ok: true, state: { ...state, entries: state.entries.map((e) => (e.key === key ? change(e) : e)) } };
}

/** Entries in display order: relax first, then strengthen, then load management. */
export function orderedEntries(entries: readonly BuilderEntry[]): BuilderEntry[] {
  return PLAN_PHASES.flatMap((phase) => entries.filter((e) => e.phase === phase));
}

export function publishEntries(entries: readonly BuilderEntry[], ctx: BuilderContext): PublishedEntry[] {
  return orderedEntries(entries).map((entry) => {
    const item = ctx.library.get(entry.itemId)!;
    return {
      itemId: item.id,
      name: item.name,
      phase: entry.phase,
      kind: item.kind,
      steps: [...item.steps],
      dosage: entry.dosage,
      dosageText: describeDosage(entry.dosage),
      cautions: [...item.cautions],
      warnings: judgeItem(item, ctx.openFlags).warnings,
      handsOn: item.scopes.includes("all-massage"),
      note: entry.note,
    };
  });
}

export function applyBuilderAction(state: BuilderState, action: BuilderAction, ctx: BuilderContext): BuilderResult {
  switch (action.type) {
    case "add": {
      const item = ctx.library.get(action.itemId);
      if (!item) return fail(state, "Choose an item from the library.");
      if (state.entries.some((e) => e.itemId === item.id)) return fail(state, `“${item.name}” is already in the plan.`);
      const verdict = judgeItem(item, ctx.openFlags);
      if (verdict.blocked) return fail(state, `“${item.name}” cannot be added: ${verdict.reasons.join(" ")}`);
      const violations = itemRuleViolations(item);
      if (violations.length > 0) return fail(state, violations.join(" "));
      const entry: BuilderEntry = {
        key: ctx.newKey(),
        itemId: item.id,
        phase: item.phase,
        dosage: { ...item.dosage },
        note: null,
      };
      return { ok: true, state: { ...state, entries: orderedEntries([...state.entries, entry]) } };
    }
    case "remove":
      if (!state.entries.some((e) => e.key === action.key)) return fail(state, "That item is no longer in the plan.");
      return { ok: true, state: { ...state, entries: state.entries.filter((e) => e.key !== action.key) } };
    case "move": {
      const ordered = orderedEntries(state.entries);
      const index = ordered.findIndex((e) => e.key === action.key);
      if (index < 0) return fail(state, "That item is no longer in the plan.");
      const target = index + action.offset;
      // Items move within their phase: relax always comes before strengthen.
      if (target < 0 || target >= ordered.length || ordered[target]!.phase !== ordered[index]!.phase)
        return { ok: true, state };
      [ordered[index], ordered[target]] = [ordered[target]!, ordered[index]!];
      return { ok: true, state: { ...state, entries: ordered } };
    }
    case "set-dosage":
      return withEntry(state, action.key, (e) => ({ ...e, dosage: action.dosage }));
    case "set-note":
      return withEntry(state, action.key, (e) => ({ ...e, note: action.note }));
    case "publish": {
      const items = state.entries
        .map((e) => ctx.library.get(e.itemId))
        .filter((i): i is PlanItemDefinition => i !== undefined);
      const blockers = activationBlockers(items, ctx.openFlags);
      if (blockers.length > 0) return fail(state, blockers.join(" "));
      return {
        ok: true,
        state: { ...state, status: "active", publishedVersions: state.publishedVersions + 1 },
        published: publishEntries(state.entries, ctx),
      };
    }
  }
}
