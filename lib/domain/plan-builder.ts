import { describeDosage } from "./dosage";
import { activationBlockers, isHandsOn, itemRuleViolations, judgeItem, type OpenFlagRef } from "./plan-rules";
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

/** Why an action was refused; the clinical reasons come from the flags' reference text. */
export type BuilderRefusal =
  | { code: "plan.item-gone" }
  | { code: "plan.item-unknown" }
  | { code: "plan.item-duplicate"; item: string }
  | { code: "plan.item-blocked"; item: string; reasons: string[] }
  | { code: "plan.item-rule"; reasons: string[] }
  | { code: "plan.activation-blocked"; reasons: string[] };

export type BuilderResult =
  | { ok: true; state: BuilderState; published?: PublishedEntry[] }
  | { ok: false; refusal: BuilderRefusal; state: BuilderState };

const fail = (state: BuilderState, refusal: BuilderRefusal): BuilderResult => ({ ok: false, refusal, state });
const GONE = { code: "plan.item-gone" } as const;

function withEntry(state: BuilderState, key: string, change: (e: BuilderEntry) => BuilderEntry): BuilderResult {
  if (!state.entries.some((e) => e.key === key)) return fail(state, GONE);
  return { ok: true, state: { ...state, entries: state.entries.map((e) => (e.key === key ? change(e) : e)) } };
}

/** Entries in display order: relax first, then strengthen, then load management. */
export function orderedEntries(entries: readonly BuilderEntry[]): BuilderEntry[] {
  return PLAN_PHASES.flatMap((phase) => entries.filter((e) => e.phase === phase));
}

/** An item as the client reads it, with this plan's dosage and note and the client's warnings. */
export function publishedEntryOf(
  item: PlanItemDefinition,
  entry: { phase?: PlanPhase; dosage: Dosage; note: string | null },
  openFlags: readonly OpenFlagRef[],
): PublishedEntry {
  return {
    itemId: item.id,
    name: item.name,
    phase: entry.phase ?? item.phase,
    kind: item.kind,
    steps: [...item.steps],
    dosage: entry.dosage,
    dosageText: describeDosage(entry.dosage),
    cautions: [...item.cautions],
    warnings: judgeItem(item, openFlags).warnings,
    handsOn: isHandsOn(item),
    note: entry.note,
  };
}

export function publishEntries(entries: readonly BuilderEntry[], ctx: BuilderContext): PublishedEntry[] {
  return orderedEntries(entries).map((entry) => publishedEntryOf(ctx.library.get(entry.itemId)!, entry, ctx.openFlags));
}

export function applyBuilderAction(state: BuilderState, action: BuilderAction, ctx: BuilderContext): BuilderResult {
  switch (action.type) {
    case "add": {
      const item = ctx.library.get(action.itemId);
      if (!item) return fail(state, { code: "plan.item-unknown" });
      if (state.entries.some((e) => e.itemId === item.id)) {
        return fail(state, { code: "plan.item-duplicate", item: item.name });
      }
      const verdict = judgeItem(item, ctx.openFlags);
      if (verdict.blocked) return fail(state, { code: "plan.item-blocked", item: item.name, reasons: verdict.reasons });
      const violations = itemRuleViolations(item);
      if (violations.length > 0) return fail(state, { code: "plan.item-rule", reasons: violations });
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
      if (!state.entries.some((e) => e.key === action.key)) return fail(state, GONE);
      return { ok: true, state: { ...state, entries: state.entries.filter((e) => e.key !== action.key) } };
    case "move": {
      const ordered = orderedEntries(state.entries);
      const index = ordered.findIndex((e) => e.key === action.key);
      if (index < 0) return fail(state, GONE);
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
      if (blockers.length > 0) return fail(state, { code: "plan.activation-blocked", reasons: blockers });
      return {
        ok: true,
        state: { ...state, status: "active", publishedVersions: state.publishedVersions + 1 },
        published: publishEntries(state.entries, ctx),
      };
    }
  }
}
