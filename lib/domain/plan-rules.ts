import { contraindication } from "./flags";
import { FLAG_LEVEL_NAMES, type BlockScope, type ContraindicationId } from "./reference/contraindications";
import type { PlanItemDefinition } from "./reference/plan-items";

/**
 * Whether a plan item may be in a client's plan, given their open flags (DOMAIN.md "Rules the
 * app enforces" 2 and "Contraindications and red flags"):
 * - a flag that blocks one of the item's scopes keeps it out ("block" conditions: stop, local
 *   hold, and the bleeding-risk caution until a doctor's OK clears it);
 * - a "warn" condition (varicose veins) lets it in, carrying the warning to the client;
 * - a stop flag that blocks plan activation keeps the whole plan inactive until cleared.
 * This is the one place that decides; the builder, the server actions and the suggestions call it.
 */
export interface OpenFlagRef {
  contraindicationId: ContraindicationId;
}

export interface ItemVerdict {
  blocked: boolean;
  /** Why it is blocked, one line per flag. */
  reasons: string[];
  /** Warnings that travel with the item to the client. */
  warnings: string[];
  /** The "warn" flags behind those warnings (e.g. varicose veins), for the portal's marker. */
  warnedBy: ContraindicationId[];
}

export type ItemScopes = Pick<PlanItemDefinition, "scopes">;

/**
 * Hands-on work (massage and release of any kind): what a stop-symptom report pauses in the
 * portal (DOMAIN.md: stop on sharp, shooting or radiating pain; nerve signs stop massage).
 */
export function isHandsOn(item: ItemScopes): boolean {
  return item.scopes.includes("all-massage");
}

export function judgeItem(item: ItemScopes, openFlags: readonly OpenFlagRef[]): ItemVerdict {
  const reasons: string[] = [];
  const warnings: string[] = [];
  const warnedBy: ContraindicationId[] = [];
  const scopes = new Set<BlockScope>(item.scopes);
  for (const { contraindicationId } of openFlags) {
    const c = contraindication(contraindicationId);
    if (!c.blocks.some((b) => b !== "plan-activation" && scopes.has(b))) continue;
    if (c.enforcement === "block")
      reasons.push(`${FLAG_LEVEL_NAMES[c.level]} — ${c.name}: ${c.blocksText.toLowerCase()}.`);
    else {
      warnings.push(`${c.name}: ${c.blocksText.toLowerCase()}.`);
      warnedBy.push(contraindicationId);
    }
  }
  return {
    blocked: reasons.length > 0,
    reasons: [...new Set(reasons)],
    warnings: [...new Set(warnings)],
    warnedBy: [...new Set(warnedBy)],
  };
}

/** Why the plan cannot be activated (or a new version published) now; empty when it can. */
export function activationBlockers(
  items: readonly (ItemScopes & { name: string })[],
  openFlags: readonly OpenFlagRef[],
): string[] {
  const reasons: string[] = [];
  for (const { contraindicationId } of openFlags) {
    const c = contraindication(contraindicationId);
    if ((c.blocks as readonly BlockScope[]).includes("plan-activation")) {
      reasons.push(
        `${FLAG_LEVEL_NAMES[c.level]} — ${c.name} is open: the plan cannot be activated until a clearance is recorded.`,
      );
    }
  }
  for (const item of items) {
    const verdict = judgeItem(item, openFlags);
    if (verdict.blocked) reasons.push(`“${item.name}” is blocked: ${verdict.reasons.join(" ")}`);
  }
  if (items.length === 0) reasons.push("Add at least one item before activating the plan.");
  return reasons;
}

/** Technique rules that hold for every client (DOMAIN.md: no massage gun behind the knee). */
export function itemRuleViolations(
  item: Pick<PlanItemDefinition, "notBehindKnee" | "targetMuscles" | "scopes">,
): string[] {
  const behindKnee =
    item.targetMuscles.some((m) => m === "popliteus" || m === "plantaris") ||
    item.scopes.includes("direct-behind-knee");
  return item.notBehindKnee && behindKnee
    ? [
        "No massage gun or electric massager directly behind the knee: the popliteal fossa holds an artery, veins and nerves.",
      ]
    : [];
}

/**
 * Conflicts between the sources the therapist should see (DOMAIN.md "Known tensions"): a knee
 * brace unloads the knee (seed 001) but overloads the popliteus (seed 002).
 */
export function knownTensions(ctx: {
  findingMuscles: readonly string[];
  activityIds: readonly string[];
  itemIds: readonly string[];
}): string[] {
  const tensions: string[] = [];
  const braced = ctx.activityIds.includes("knee-brace") || ctx.itemIds.includes("load-knee-brace");
  if (ctx.findingMuscles.includes("popliteus") && braced && ctx.itemIds.includes("load-knee-brace")) {
    tensions.push(
      "Knee brace: one source advises a brace to unload the knee (001), another lists wearing a knee brace as a cause of popliteus overload (002). This client has a popliteus finding; weigh the brace against it.",
    );
  }
  return tensions;
}
