import type { BuilderRefusal } from "@/lib/dal/plans";

/** What a therapist reads when the plan builder refuses a change (codes from lib/dal and lib/domain). */
export function refusalText(refusal: BuilderRefusal): string {
  switch (refusal.code) {
    case "plan.item-gone":
      return "That item is no longer in the plan.";
    case "plan.item-unknown":
      return "Choose an item from the library.";
    case "plan.item-duplicate":
      return `“${refusal.item}” is already in the plan.`;
    case "plan.item-blocked":
      return `“${refusal.item}” cannot be added: ${refusal.reasons.join(" ")}`;
    case "plan.item-rule":
    case "plan.activation-blocked":
      return refusal.reasons.join(" ");
  }
}

export const PLAN_MESSAGES = {
  "plan.archived": "This plan is archived.",
  "plan.not-active": "Activate the plan before advancing it.",
  advanced: "The strengthen phase is open for the client.",
  saved: "Saved.",
  suggested: "Suggested items added.",
} as const;

export const publishedText = (version: number) => `Version ${version} published: the client now sees it.`;

export const leftOutText = (leftOut: readonly { name: string; reasons: string[] }[]) =>
  `${PLAN_MESSAGES.suggested} Left out because of open flags: ${leftOut
    .map((l) => `${l.name} (${l.reasons.join(" ")})`)
    .join("; ")}`;
