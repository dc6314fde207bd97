import type { ActivityId } from "./activities";

/**
 * Muscles of the body map (DOMAIN.md "Muscles"; seed 002 lists symptoms and overloads).
 * `views` says on which drawing of the legs the muscle can be clicked.
 */
export type MuscleGroup = "calf" | "hamstrings" | "back-of-knee" | "quadriceps" | "lateral-thigh" | "inner-thigh";
export type BodyView = "front" | "back";

export interface Muscle {
  id: string;
  name: string;
  group: MuscleGroup;
  sideable: boolean;
  views: readonly BodyView[];
  symptoms: readonly string[];
  overloadedBy: readonly ActivityId[];
}

const CALF_OVERLOADS = ["standing-leaning-forward", "hiking-uphill", "stairs", "high-heels", "cycling"] as const;
const HAMSTRING_OVERLOADS = ["prolonged-sitting", "field-court-sports", "cycling"] as const;

export const MUSCLES = [
  {
    id: "gastrocnemius",
    name: "Gastrocnemius",
    group: "calf",
    sideable: true,
    views: ["back"],
    symptoms: ["Pain at the back of the knee, thigh, and down to the inner ankle"],
    overloadedBy: CALF_OVERLOADS,
  },
  {
    id: "soleus",
    name: "Soleus",
    group: "calf",
    sideable: true,
    views: ["back"],
    symptoms: ["Calf tightness limiting ankle dorsiflexion, which changes knee mechanics"],
    // DOMAIN.md: overloaded "with gastrocnemius".
    overloadedBy: CALF_OVERLOADS,
  },
  {
    id: "biceps-femoris",
    name: "Biceps femoris",
    group: "hamstrings",
    sideable: true,
    views: ["back"],
    symptoms: ["Dull ache behind the knee", "Stiffness at the back of the legs"],
    overloadedBy: HAMSTRING_OVERLOADS,
  },
  {
    id: "semitendinosus",
    name: "Semitendinosus",
    group: "hamstrings",
    sideable: true,
    views: ["back"],
    symptoms: ["Tight hamstrings restrict knee extension"],
    overloadedBy: HAMSTRING_OVERLOADS,
  },
  {
    id: "semimembranosus",
    name: "Semimembranosus",
    group: "hamstrings",
    sideable: true,
    views: ["back"],
    symptoms: ["Tight hamstrings restrict knee extension"],
    overloadedBy: HAMSTRING_OVERLOADS,
  },
  {
    id: "popliteus",
    name: "Popliteus",
    group: "back-of-knee",
    sideable: true,
    views: ["back"],
    symptoms: [
      "Pain just below the knee when straightening the leg",
      "Abnormal locking of the knee",
      "Pain running or walking, worse downhill or down stairs",
    ],
    overloadedBy: ["direction-changes", "downhill-skiing", "hiking-downhill", "knee-brace", "running-overstriding"],
  },
  {
    id: "plantaris",
    name: "Plantaris",
    group: "back-of-knee",
    sideable: true,
    views: ["back"],
    symptoms: ["Pain at the back of the knee"],
    overloadedBy: ["knee-ankle-extension"],
  },
  {
    id: "rectus-femoris",
    name: "Rectus femoris",
    group: "quadriceps",
    sideable: true,
    views: ["front"],
    symptoms: ["Tightness pulls the kneecap up or sideways"],
    overloadedBy: [],
  },
  {
    id: "vastus-lateralis",
    name: "Vastus lateralis",
    group: "quadriceps",
    sideable: true,
    views: ["front"],
    symptoms: ["Tightness pulls the kneecap up or sideways"],
    overloadedBy: [],
  },
  {
    id: "vastus-medialis",
    name: "Vastus medialis",
    group: "quadriceps",
    sideable: true,
    views: ["front"],
    symptoms: ["Tightness pulls the kneecap up or sideways"],
    overloadedBy: [],
  },
  {
    id: "vastus-intermedius",
    name: "Vastus intermedius",
    group: "quadriceps",
    sideable: true,
    views: ["front"],
    symptoms: ["Tightness pulls the kneecap up or sideways"],
    overloadedBy: [],
  },
  {
    id: "iliotibial-band",
    name: "Iliotibial band",
    group: "lateral-thigh",
    sideable: true,
    views: ["front", "back"],
    symptoms: ["Lateral knee pain"],
    overloadedBy: [],
  },
  {
    id: "tensor-fasciae-latae",
    name: "Tensor fasciae latae",
    group: "lateral-thigh",
    sideable: true,
    views: ["front"],
    symptoms: ["Lateral knee pain (with the IT band)"],
    overloadedBy: [],
  },
  {
    id: "gluteus-maximus",
    name: "Gluteus maximus",
    group: "lateral-thigh",
    sideable: true,
    views: ["back"],
    symptoms: ["Lateral knee pain (with the IT band)"],
    overloadedBy: [],
  },
  {
    id: "adductors",
    name: "Adductors",
    group: "inner-thigh",
    sideable: true,
    views: ["front"],
    symptoms: ["Knee valgus, altered tracking"],
    overloadedBy: [],
  },
] as const satisfies readonly Muscle[];

export type MuscleId = (typeof MUSCLES)[number]["id"];

export const MUSCLE_GROUP_NAMES: Record<MuscleGroup, string> = {
  calf: "Calf",
  hamstrings: "Hamstrings",
  "back-of-knee": "Back of knee",
  quadriceps: "Quadriceps",
  "lateral-thigh": "Lateral thigh",
  "inner-thigh": "Inner thigh",
};
