import { ACTIVITIES } from "./activities";
import type { BlockScope } from "./contraindications";
import type { MuscleId } from "./muscles";

/**
 * The technique and exercise library of DOMAIN.md "Plan items" (seeds 000-003), written for a
 * client to follow at home. `scopes` says which kinds of hands-on work an item is, so open
 * flags can block it (lib/domain/plan-rules.ts); `suggestFor` encodes DOMAIN.md "Which items fit
 * which muscles".
 */
/** Relax first, then strengthen and stabilize; load-management advice alongside (DOMAIN.md). */
export const PLAN_PHASES = ["relax", "strengthen", "load"] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];
/** Each phase's title, as every screen, the portal and the printed plan name it. */
export const PHASE_TITLES: Record<PlanPhase, string> = {
  relax: "Phase 1 — Relax first",
  strengthen: "Phase 2 — Strengthen and stabilize",
  load: "Load management and activity advice",
};
export type ItemKind = "self-massage" | "tool-release" | "heat" | "stretch" | "strength" | "balance" | "advice";

export interface Dosage {
  sets?: number;
  reps?: number;
  holdSeconds?: number;
  minutes?: number;
  timesPerDay?: number;
  daysPerWeek?: number;
}

export interface PlanItemDefinition {
  id: string;
  name: string;
  phase: PlanPhase;
  kind: ItemKind;
  targetMuscles: readonly MuscleId[];
  steps: readonly string[];
  dosage: Dosage;
  progressions: readonly string[];
  /**
   * What could harm the client if ignored, shown on the item as a warning: short, and only what
   * is particular to this item. Good form ("a stretch, never pain", "start gently") is a step, and
   * the stop rule that holds for every item (DOMAIN.md: stop on sharp, shooting or radiating pain)
   * is said once per page (the portal's "When to stop" box, the printed plan's header), not here.
   */
  cautions: readonly string[];
  scopes: readonly BlockScope[];
  /** Muscles whose findings suggest this item; "any" for every plan. */
  suggestFor: readonly MuscleId[] | "any";
  /** For activity-modification advice: the activity it answers. */
  activityId?: string;
  /** A technique that must never be used behind the knee (massage guns and electric massagers). */
  notBehindKnee?: boolean;
}

const MASSAGE: BlockScope[] = ["all-massage", "massage-over-area", "massage-at-site"];
const CALF: MuscleId[] = ["gastrocnemius", "soleus"];
const HAMSTRINGS: MuscleId[] = ["biceps-femoris", "semitendinosus", "semimembranosus"];
const QUADS: MuscleId[] = ["rectus-femoris", "vastus-lateralis", "vastus-medialis", "vastus-intermedius"];
const LATERAL: MuscleId[] = ["iliotibial-band", "tensor-fasciae-latae", "gluteus-maximus"];
/** DOMAIN.md: gentle pressure first, deeper only as tolerated (a step of every massage item). */
const GENTLE = "Start gently and go deeper only as far as it stays comfortable.";

const release = (id: string, name: string, targets: MuscleId[], area: string): PlanItemDefinition => ({
  id,
  name,
  phase: "relax",
  kind: "tool-release",
  targetMuscles: targets,
  steps: [
    `Sit or lie so the ${area} rests on a foam roller or ball (or use your hands).`,
    "Roll slowly until you find a tender spot.",
    "Hold on the tender spot for 20–30 seconds while breathing slowly, until it eases.",
    "Move to the next spot; spend 5–10 minutes on the area.",
    GENTLE,
  ],
  dosage: { holdSeconds: 30, minutes: 5, timesPerDay: 1 },
  progressions: [],
  cautions: [],
  scopes: [...MASSAGE, "tools", "deep-pressure"],
  suggestFor: targets,
});

const CORE_ITEMS: PlanItemDefinition[] = [
  {
    id: "warm-compress",
    name: "Warm compress",
    phase: "relax",
    kind: "heat",
    targetMuscles: [],
    steps: [
      "Soak a towel in warm (not hot) water and wring it out.",
      "Lay it over the back of the knee and calf.",
      "Rest for 5 minutes before any massage or release.",
    ],
    dosage: { minutes: 5, timesPerDay: 1 },
    progressions: [],
    cautions: ["Warm, not hot. Never on numb, broken or swollen skin."],
    scopes: [],
    suggestFor: "any",
  },
  {
    id: "effleurage-knee",
    name: "Effleurage around the knee",
    phase: "relax",
    kind: "self-massage",
    targetMuscles: ["popliteus", "plantaris"],
    steps: [
      "Sit with the leg straight and relaxed.",
      "With flat hands, stroke lightly around the knee and up the back of the thigh.",
      "Keep the strokes slow and light, always towards the heart.",
    ],
    dosage: { minutes: 2, timesPerDay: 1 },
    progressions: [],
    cautions: ["Light strokes only behind the knee."],
    scopes: [...MASSAGE],
    suggestFor: ["popliteus", "plantaris"],
  },
  {
    id: "cross-fibre-popliteus",
    name: "Cross-fibre massage of the popliteus",
    phase: "relax",
    kind: "self-massage",
    targetMuscles: ["popliteus"],
    steps: [
      "Sit with the knee slightly bent and supported.",
      "Place two fingertips just below the crease at the back of the knee, towards the inner side.",
      "Move the fingertips gently across the muscle, side to side, for 2–3 minutes.",
      GENTLE,
    ],
    dosage: { minutes: 3, timesPerDay: 1 },
    progressions: [],
    cautions: [],
    scopes: [...MASSAGE, "direct-behind-knee", "deep-pressure"],
    suggestFor: ["popliteus"],
  },
  {
    id: "calf-self-massage",
    name: "Calf self-massage",
    phase: "relax",
    kind: "self-massage",
    targetMuscles: ["gastrocnemius", "soleus", "plantaris"],
    steps: [
      "Sit with the leg bent and the foot flat.",
      "Start just above the Achilles tendon and squeeze gently with both hands.",
      "Work slowly up the calf towards the knee, then start again at the bottom.",
      GENTLE,
    ],
    dosage: { minutes: 5, timesPerDay: 1 },
    progressions: ["Spend longer on tender spots, holding 20–30 seconds"],
    cautions: [],
    scopes: [...MASSAGE, "deep-pressure"],
    suggestFor: ["gastrocnemius", "soleus", "plantaris"],
  },
  {
    id: "foam-roll-behind-knee",
    name: "Foam rolling under the back of the knee",
    phase: "relax",
    kind: "tool-release",
    targetMuscles: ["popliteus"],
    steps: [
      "Sit on the floor with a foam roller under the back of the knee.",
      "Let the leg rest on it with little weight.",
      "Roll a few centimetres up and down, gently, for 1–2 minutes.",
    ],
    dosage: { minutes: 2, timesPerDay: 1 },
    progressions: [],
    cautions: ["Gentle only: no body weight pressing into the back of the knee."],
    scopes: [...MASSAGE, "tools", "direct-behind-knee"],
    suggestFor: ["popliteus"],
  },
  {
    id: "popliteus-ball-release",
    name: "Popliteus release with a massage ball",
    phase: "relax",
    kind: "tool-release",
    targetMuscles: ["popliteus"],
    steps: [
      "Sit on a chair and place a soft massage ball just below the back of the knee, inner side.",
      "Let the leg rest on the ball with gentle pressure.",
      "Hold for 20–30 seconds, breathing slowly, then bend and straighten the knee a few times.",
      GENTLE,
    ],
    dosage: { holdSeconds: 30, timesPerDay: 1 },
    progressions: [],
    cautions: [],
    scopes: [...MASSAGE, "tools", "direct-behind-knee", "deep-pressure"],
    suggestFor: ["popliteus"],
  },
  release("calf-release", "Calf release with roller or ball", CALF, "calf"),
  release("hamstring-release", "Hamstring release with hands, roller or ball", HAMSTRINGS, "back of the thigh"),
  release("quadriceps-release", "Quadriceps release with hands, roller or ball", QUADS, "front of the thigh"),
  release("it-band-release", "IT band and TFL release", LATERAL, "outside of the thigh"),
  {
    id: "patellar-mobilization",
    name: "Gentle patellar kneading and mobilization",
    phase: "relax",
    kind: "self-massage",
    targetMuscles: QUADS,
    steps: [
      "Sit with the leg straight and the thigh relaxed.",
      "Hold the kneecap between thumb and fingers.",
      "Move it gently up and down, then side to side, 10 times each way.",
    ],
    dosage: { reps: 10, timesPerDay: 1 },
    progressions: [],
    cautions: ["Gentle movements only; stop if the knee hurts."],
    scopes: [...MASSAGE],
    suggestFor: QUADS,
  },
  {
    id: "massage-gun",
    name: "Massage gun on hamstrings, quadriceps or calves",
    phase: "relax",
    kind: "tool-release",
    targetMuscles: [...HAMSTRINGS, ...QUADS, ...CALF],
    steps: [
      "Use the softest attachment at the lowest speed.",
      "Glide over the muscle belly of the thigh or calf for 1–2 minutes per area.",
      "Keep well away from the back of the knee.",
    ],
    dosage: { minutes: 2, timesPerDay: 1 },
    progressions: [],
    cautions: ["Never use a massage gun or electric massager behind the knee: it holds an artery, veins and nerves."],
    scopes: [...MASSAGE, "tools", "deep-pressure"],
    suggestFor: [],
    notBehindKnee: true,
  },
  {
    id: "straight-leg-raise",
    name: "Straight-leg raise",
    phase: "strengthen",
    kind: "strength",
    targetMuscles: QUADS,
    steps: [
      "Lie on your back, one knee bent, the other leg straight.",
      "Tighten the front of the straight thigh.",
      "Lift the straight leg to the height of the bent knee, hold 1 second, lower slowly.",
    ],
    dosage: { sets: 3, reps: 10, timesPerDay: 2 },
    progressions: ["3 sets of 10, twice a day", "3 sets of 20", "Squats and lunges"],
    cautions: [],
    scopes: [],
    suggestFor: QUADS,
  },
  {
    id: "single-leg-stance",
    name: "Single-leg stance",
    phase: "strengthen",
    kind: "balance",
    targetMuscles: [],
    steps: [
      "Stand near a wall or counter for safety, a hand close to it.",
      "Lift one foot and balance on the other leg.",
      "Hold as long as you steadily can, then switch legs.",
    ],
    dosage: { holdSeconds: 30, timesPerDay: 3 },
    progressions: ["Eyes open", "Eyes closed", "On a balance cushion"],
    cautions: [],
    scopes: [],
    suggestFor: "any",
  },
  {
    id: "hamstring-stretch-chair",
    name: "Hamstring stretch with the leg on a chair",
    phase: "strengthen",
    kind: "stretch",
    targetMuscles: HAMSTRINGS,
    steps: [
      "Stand facing a chair and rest one heel on the seat, leg straight.",
      "Keep your back straight and lean forward from the hips until you feel a stretch, never pain.",
      "Hold 20 seconds, then relax.",
    ],
    dosage: { holdSeconds: 20, reps: 3, timesPerDay: 3 },
    progressions: [],
    cautions: [],
    scopes: [],
    suggestFor: HAMSTRINGS,
  },
  {
    id: "calf-stretch",
    name: "Calf stretch",
    phase: "strengthen",
    kind: "stretch",
    targetMuscles: [...CALF, "plantaris"],
    steps: [
      "Stand facing a wall, hands on it, one foot back.",
      "Keep the back heel down and the back knee straight.",
      "Lean into the wall until you feel the calf stretch (a stretch, never pain); hold 20 seconds.",
    ],
    dosage: { holdSeconds: 20, reps: 3, timesPerDay: 3 },
    progressions: ["Repeat with the back knee slightly bent (soleus)"],
    cautions: [],
    scopes: [],
    suggestFor: [...CALF, "plantaris"],
  },
  {
    id: "block-popliteus-stretch",
    name: "Standing block popliteus stretch",
    phase: "strengthen",
    kind: "stretch",
    targetMuscles: ["popliteus"],
    steps: [
      "Stand with the heel of one foot on a low block or step, toes up.",
      "Straighten the knee gently and turn the foot slightly outwards.",
      "Hold 3–5 seconds, relax, repeat.",
    ],
    dosage: { holdSeconds: 5, reps: 10, timesPerDay: 2 },
    progressions: [],
    cautions: ["Gentle: stop if the back of the knee hurts sharply."],
    scopes: [],
    suggestFor: ["popliteus"],
  },
  {
    id: "internal-tibial-rotation",
    name: "Standing internal tibial rotation",
    phase: "strengthen",
    kind: "strength",
    targetMuscles: ["popliteus"],
    steps: [
      "Stand with the knee slightly bent.",
      "Turn the foot and shin inwards without moving the hip.",
      "Return slowly; that is one repetition.",
    ],
    dosage: { sets: 2, reps: 10, timesPerDay: 1 },
    progressions: ["2 sets of 8", "2 sets of 10"],
    cautions: [],
    scopes: [],
    suggestFor: ["popliteus"],
  },
  {
    id: "glute-strengthening",
    name: "Glute strengthening (bridges)",
    phase: "strengthen",
    kind: "strength",
    targetMuscles: ["gluteus-maximus", "tensor-fasciae-latae"],
    steps: [
      "Lie on your back, knees bent, feet flat.",
      "Squeeze the buttocks and lift the hips until the body is straight from knees to shoulders.",
      "Hold 2 seconds, lower slowly.",
    ],
    dosage: { sets: 3, reps: 10, timesPerDay: 1 },
    progressions: ["Single-leg bridges"],
    cautions: [],
    scopes: [],
    suggestFor: LATERAL,
  },
  {
    id: "hamstring-strengthening",
    name: "Hamstring strengthening (heel digs)",
    phase: "strengthen",
    kind: "strength",
    targetMuscles: HAMSTRINGS,
    steps: [
      "Lie on your back, knees bent, heels on the floor.",
      "Press the heels into the floor and pull them towards you without moving.",
      "Hold 5 seconds, relax.",
    ],
    dosage: { sets: 2, reps: 10, timesPerDay: 1 },
    progressions: ["Bridges with heels on a chair"],
    cautions: [],
    scopes: [],
    suggestFor: HAMSTRINGS,
  },
  {
    id: "load-reduce-aggravating",
    name: "Reduce the aggravating activity",
    phase: "load",
    kind: "advice",
    targetMuscles: [],
    steps: [
      "Do less of the activity that brings the pain on, for now.",
      "Build it back up gradually as the pain settles.",
    ],
    dosage: {},
    progressions: [],
    cautions: [],
    scopes: [],
    suggestFor: [],
  },
  {
    id: "load-knee-brace",
    name: "Knee brace",
    phase: "load",
    kind: "advice",
    targetMuscles: [],
    steps: ["Wear the brace for the activities your therapist named.", "Take it off at rest."],
    dosage: {},
    progressions: [],
    cautions: ["A brace can overload the popliteus: wear it only as advised."],
    scopes: [],
    suggestFor: [],
  },
  {
    id: "load-weight",
    name: "Weight loss",
    phase: "load",
    kind: "advice",
    targetMuscles: [],
    steps: [
      "Gradual weight loss reduces the load on the knees.",
      "Ask your doctor or a dietitian for a plan that suits you.",
    ],
    dosage: {},
    progressions: [],
    cautions: [],
    scopes: [],
    suggestFor: [],
  },
];

/** One activity-modification item per activity cause (002: "wearing high heels less often"). */
const ADVICE_ITEMS: PlanItemDefinition[] = ACTIVITIES.map((a) => ({
  id: `advice-${a.id}`,
  name: `Activity: ${a.name.toLowerCase()}`,
  phase: "load",
  kind: "advice",
  targetMuscles: [],
  steps: [a.advice],
  dosage: {},
  progressions: [],
  cautions: [],
  scopes: [],
  suggestFor: [],
  activityId: a.id,
}));

export const PLAN_ITEMS: readonly PlanItemDefinition[] = [...CORE_ITEMS, ...ADVICE_ITEMS];
