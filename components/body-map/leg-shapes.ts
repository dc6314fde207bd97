import type { BodyView, MuscleId } from "@/lib/domain/reference/muscles";
import { closedPath, mirrorX, type Point } from "./svg-path";
import type { Side } from "./types";

/**
 * Geometry of the leg drawings, as plain data. Each drawing (front, back) is VIEW_WIDTH wide
 * with the body's midline at MIDLINE; points are given for the leg on the viewer's LEFT, with
 * lateral = small x and medial = towards the midline. The other leg is the mirror image: in
 * both views the lateral side of each leg faces outwards, so one set of points serves both.
 * Rough anatomy, not an atlas: regions only need to sit where a therapist expects them.
 */
export const VIEW_WIDTH = 200;
export const VIEW_HEIGHT = 460;
export const MIDLINE = VIEW_WIDTH / 2;

/** Half of the outline (hips to feet): from the top of the midline, down the lateral side,
 * round the foot and up the medial side to the crotch. The other half is its mirror. */
const HALF_OUTLINE: readonly Point[] = [
  [100, 12],
  [60, 12],
  [38, 18],
  [30, 42],
  [27, 80],
  [30, 130],
  [36, 180],
  [44, 222],
  [44, 246],
  [40, 280],
  [42, 320],
  [50, 370],
  [55, 405],
  [54, 425],
  [50, 440],
  [56, 452],
  [76, 454],
  [84, 446],
  [80, 425],
  [78, 405],
  [80, 370],
  [86, 320],
  [87, 285],
  [84, 250],
  [83, 226],
  [88, 190],
  [94, 130],
  [97, 95],
  [100, 80],
];

export interface RegionShape {
  muscleId: MuscleId;
  view: BodyView;
  /** One outline per part (the gastrocnemius has two heads), for the viewer-left leg. */
  parts: readonly (readonly Point[])[];
  /** Straight edges instead of a smooth curve (the popliteus diamond). */
  sharp?: boolean;
}

/** The IT band runs down the lateral thigh and shows on both drawings. */
const IT_BAND: readonly Point[] = [
  [33, 86],
  [30, 100],
  [31, 130],
  [36, 175],
  [42, 212],
  [46, 221],
  [48, 210],
  [42, 175],
  [37, 130],
  [35, 100],
];

export const REGIONS: readonly RegionShape[] = [
  // Front: hip flexor at the lateral hip, the four quadriceps, adductors on the inner thigh.
  {
    muscleId: "tensor-fasciae-latae",
    view: "front",
    parts: [
      [
        [38, 26],
        [47, 28],
        [51, 44],
        [48, 64],
        [41, 78],
        [34, 70],
        [32, 46],
      ],
    ],
  },
  { muscleId: "iliotibial-band", view: "front", parts: [IT_BAND] },
  {
    muscleId: "vastus-lateralis",
    view: "front",
    parts: [
      [
        [46, 90],
        [38, 104],
        [40, 130],
        [44, 175],
        [50, 205],
        [54, 212],
        [54, 190],
        [54, 150],
        [54, 110],
      ],
    ],
  },
  {
    muscleId: "rectus-femoris",
    view: "front",
    parts: [
      [
        [63, 58],
        [69, 64],
        [71, 105],
        [68, 145],
        [64, 150],
        [59, 145],
        [57, 105],
        [58, 66],
      ],
    ],
  },
  // Vastus intermedius lies deep to rectus femoris; drawn where it can be reached, above the kneecap.
  {
    muscleId: "vastus-intermedius",
    view: "front",
    parts: [
      [
        [62, 156],
        [67, 160],
        [68, 190],
        [64, 210],
        [58, 210],
        [57, 190],
        [57, 162],
      ],
    ],
  },
  {
    muscleId: "vastus-medialis",
    view: "front",
    parts: [
      [
        [76, 152],
        [83, 166],
        [85, 196],
        [80, 216],
        [72, 220],
        [70, 206],
        [72, 176],
      ],
    ],
  },
  {
    muscleId: "adductors",
    view: "front",
    parts: [
      [
        [82, 70],
        [94, 82],
        [94, 104],
        [90, 132],
        [84, 146],
        [78, 136],
        [75, 110],
        [75, 86],
      ],
    ],
  },

  // Back: buttock, IT band, three hamstrings (lateral to medial), back of knee, calf.
  {
    muscleId: "gluteus-maximus",
    view: "back",
    parts: [
      [
        [97, 20],
        [98, 50],
        [92, 80],
        [70, 92],
        [44, 86],
        [32, 62],
        [36, 34],
        [60, 20],
      ],
    ],
  },
  { muscleId: "iliotibial-band", view: "back", parts: [IT_BAND.map(([x, y]) => [x, Math.max(y, 98)] as const)] },
  {
    muscleId: "biceps-femoris",
    view: "back",
    parts: [
      [
        [56, 100],
        [42, 112],
        [42, 140],
        [46, 180],
        [50, 210],
        [54, 218],
        [58, 200],
        [58, 150],
        [60, 110],
      ],
    ],
  },
  {
    muscleId: "semitendinosus",
    view: "back",
    parts: [
      [
        [66, 100],
        [62, 110],
        [62, 150],
        [62, 190],
        [64, 214],
        [68, 218],
        [71, 190],
        [72, 150],
        [72, 110],
      ],
    ],
  },
  {
    muscleId: "semimembranosus",
    view: "back",
    parts: [
      [
        [80, 100],
        [76, 110],
        [76, 150],
        [76, 190],
        [74, 214],
        [78, 220],
        [84, 200],
        [88, 160],
        [92, 120],
        [92, 104],
      ],
    ],
  },
  // Plantaris: a thin oblique strip from the lateral femoral condyle down between the calf heads.
  {
    muscleId: "plantaris",
    view: "back",
    parts: [
      [
        [46, 220],
        [51, 218],
        [57, 238],
        [60, 256],
        [56, 258],
        [51, 240],
      ],
    ],
  },
  {
    muscleId: "popliteus",
    view: "back",
    sharp: true,
    parts: [
      [
        [70, 228],
        [79, 243],
        [70, 258],
        [61, 243],
      ],
    ],
  },
  {
    muscleId: "gastrocnemius",
    view: "back",
    parts: [
      [
        [53, 262],
        [45, 275],
        [43, 300],
        [48, 335],
        [55, 345],
        [61, 330],
        [63, 295],
        [60, 268],
      ],
      [
        [72, 262],
        [66, 270],
        [66, 300],
        [70, 345],
        [77, 352],
        [82, 330],
        [84, 295],
        [81, 270],
      ],
    ],
  },
  {
    muscleId: "soleus",
    view: "back",
    parts: [
      [
        [50, 351],
        [57, 352],
        [64, 357],
        [72, 363],
        [80, 361],
        [78, 380],
        [71, 400],
        [61, 400],
        [54, 380],
      ],
    ],
  },
];

/** Non-clickable landmarks that help the eye: kneecaps on the front, nothing extra behind. */
export const LANDMARKS: Record<BodyView, readonly (readonly Point[])[]> = {
  front: [
    [
      [64, 223],
      [72, 228],
      [73, 240],
      [64, 246],
      [55, 240],
      [56, 228],
    ],
  ],
  back: [
    [
      [64, 402],
      [68, 402],
      [69, 428],
      [63, 428],
    ],
  ],
};

export type LegPosition = "viewer-left" | "viewer-right";

/** Facing the client (front) their right leg is on the viewer's left; from behind, their left is. */
export function sideAt(view: BodyView, position: LegPosition): Side {
  return (view === "front") === (position === "viewer-left") ? "right" : "left";
}

/** Path data of a list of point outlines for one leg position. */
export function partsPath(parts: readonly (readonly Point[])[], position: LegPosition, sharp = false): string {
  return parts
    .map((points) => closedPath(position === "viewer-left" ? points : mirrorX(points, MIDLINE), sharp))
    .join("");
}

/** The outline of both legs and the hips, as one closed path. */
export const OUTLINE_PATH = closedPath([...HALF_OUTLINE, ...mirrorX(HALF_OUTLINE, MIDLINE).slice(1, -1).reverse()]);
