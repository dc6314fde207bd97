/**
 * Contraindications and red flags (DOMAIN.md "Contraindications and red flags"; seeds 000, 003).
 *
 * `blocks` names the scopes of hands-on work a *confirmed or unresolved* flag rules out. Plan
 * items declare which scopes they belong to; lib/domain decides blocking from the two.
 * - all-massage: any massage or self-massage (incl. rolling, balls, tools)
 * - massage-over-area: massage over the affected area
 * - massage-at-site: massage at the site of nerve signs
 * - direct-behind-knee: direct work in the popliteal fossa
 * - deep-pressure: deep or direct pressure (gentle work stays allowed)
 * - tools: massage tools (guns, rollers, balls) on the client
 * - plan-activation: no home plan may be activated
 */
export type FlagLevel = "stop" | "local-hold" | "caution";
export type BlockScope =
  | "all-massage"
  | "massage-over-area"
  | "massage-at-site"
  | "direct-behind-knee"
  | "deep-pressure"
  | "tools"
  | "plan-activation";

export interface Contraindication {
  id: string;
  level: FlagLevel;
  /** "block": items in its scopes cannot be in a plan; "warn": they stay, carrying the warning. */
  enforcement: "block" | "warn";
  name: string;
  signs: string;
  blocks: readonly BlockScope[];
  blocksText: string;
  requires: string;
}

export const CONTRAINDICATIONS = [
  {
    id: "suspected-dvt",
    level: "stop",
    enforcement: "block",
    name: "Suspected deep vein thrombosis",
    signs: "Sudden severe calf pain, swelling, redness or warmth; history of clots",
    blocks: ["all-massage", "plan-activation"],
    blocksText: "All massage and self-massage; the home plan cannot be activated",
    requires: "Urgent medical referral; clearance recorded before any hands-on item",
  },
  {
    id: "acute-injury",
    level: "stop",
    enforcement: "block",
    name: "Acute injury",
    signs:
      'Suspected fracture, torn ligament or meniscus tear; a "pop" at injury; cannot bear weight; the knee locks, buckles or gives way',
    blocks: ["massage-over-area"],
    blocksText: "Massage over the injured area",
    requires: "Referral; clearance recorded",
  },
  {
    id: "nerve-signs",
    level: "stop",
    enforcement: "block",
    name: "Nerve signs",
    signs: "Numbness, tingling, travelling or radiating pain, weakness",
    blocks: ["massage-at-site"],
    blocksText: "Massage at the site of the nerve signs",
    requires: "Referral; the client is told to stop if these appear",
  },
  {
    id: "inflamed-area",
    level: "local-hold",
    enforcement: "block",
    name: "Swollen, red or hot area",
    signs: "Active inflammation or infection",
    blocks: ["massage-over-area"],
    blocksText: "Massage over the area until resolved",
    requires: "Re-screen at the next visit",
  },
  {
    id: "broken-skin",
    level: "local-hold",
    enforcement: "block",
    name: "Open wounds, rashes or broken skin",
    signs: "Skin not intact over the area",
    blocks: ["massage-over-area"],
    blocksText: "Massage over the area",
    requires: "Re-screen at the next visit",
  },
  {
    id: "bakers-cyst",
    level: "local-hold",
    enforcement: "block",
    name: "Baker's cyst",
    signs: "Fluid-filled swelling at the back of the knee",
    blocks: ["direct-behind-knee"],
    blocksText: "Direct work behind the knee",
    requires: "Clearance recommended",
  },
  {
    id: "varicose-veins",
    level: "caution",
    enforcement: "warn",
    name: "Varicose veins",
    signs: "Visible enlarged veins in the legs",
    blocks: ["deep-pressure"],
    blocksText: "Deep or direct pressure over the veins (gentle work only)",
    requires: "A note on every affected item",
  },
  {
    id: "bleeding-risk",
    level: "caution",
    enforcement: "block",
    name: "Blood thinners, bleeding disorder, severe osteoporosis or history of clots",
    signs: "Medication or history that raises bleeding or fracture risk",
    blocks: ["deep-pressure", "tools"],
    blocksText: "Deep pressure and massage tools",
    requires: "Doctor's OK recorded",
  },
  {
    id: "severe-pain",
    level: "caution",
    enforcement: "warn",
    name: "Severe, sudden or worsening pain",
    signs: "Pain that is severe or sudden, or persists or worsens despite self-care",
    blocks: [],
    blocksText: "Nothing by itself",
    requires: "Review and consider referral",
  },
] as const satisfies readonly Contraindication[];

export type ContraindicationId = (typeof CONTRAINDICATIONS)[number]["id"];

export const FLAG_LEVEL_NAMES: Record<FlagLevel, string> = {
  stop: "Stop and refer",
  "local-hold": "Local hold",
  caution: "Caution",
};
