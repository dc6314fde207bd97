import { Arrow, Block, Body, Floor, Press, Prop } from "./parts";
import type { Drawing } from "./drawing";

/** Lying on the back: head, trunk and arms along the floor. */
const SUPINE = { head: [12, 64] as const, trunk: "18,68 50,68", arms: "20,68 38,71" };

/** Phase 2 items and load management of lib/domain/reference/plan-items.ts. */
export const STRENGTHEN_DRAWINGS: Record<string, Drawing> = {
  "straight-leg-raise": {
    alt: "Lying on the back, one knee bent with the foot flat; the other leg, kept straight with the front of the thigh tightened, lifts to the height of the bent knee and lowers slowly.",
    parts: (
      <>
        <Floor />
        <Body head={SUPINE.head} lines={[SUPINE.trunk, SUPINE.arms, "50,68 60,48 72,70 80,70", "50,68 96,52 98,46"]} />
        <Press at={[66, 58]} />
        <Arrow path="106,66 108,56 105,46" />
      </>
    ),
  },
  "single-leg-stance": {
    alt: "Standing on one leg beside a wall, the other foot lifted behind, one hand near the wall for safety; the standing leg does the balancing.",
    parts: (
      <>
        <Floor />
        <Prop lines={["96,8 96,72"]} />
        <Body
          head={[58, 11]}
          lines={["58,17 58,44 59,58 58,71 65,71", "58,44 64,56 53,62", "58,23 74,30 90,30", "58,23 46,34"]}
        />
        <Press at={[58, 64]} />
      </>
    ),
  },
  "hamstring-stretch-chair": {
    alt: "Standing facing a chair with one heel on the seat and that leg straight, leaning forward from the hips with a straight back; the stretch is at the back of the raised thigh.",
    parts: (
      <>
        <Prop lines={["80,48 102,48 102,24", "82,48 82,72", "100,48 100,72"]} />
        <Floor />
        <Body
          head={[58, 18]}
          lines={["54,24 40,44 40,58 40,71 46,71", "40,44 64,45 82,45 84,39", "52,28 58,36 64,42"]}
        />
        <Press at={[58, 49]} />
      </>
    ),
  },
  "calf-stretch": {
    alt: "Facing a wall with both hands on it, one foot back with the heel down and the knee straight, leaning into the wall; the stretch is in the back calf.",
    parts: (
      <>
        <Prop lines={["98,8 98,72"]} />
        <Floor />
        <Body head={[80, 16]} lines={["77,22 62,44 74,56 72,71 79,71", "62,44 38,70 46,71", "76,26 88,27 96,24"]} />
        <Press at={[43, 61]} />
        <Arrow path="48,40 60,31" />
      </>
    ),
  },
  "block-popliteus-stretch": {
    alt: "Standing with the heel of one foot on a low block, toes up, the knee straightened gently and the foot turned slightly out; the stretch is at the back of the knee.",
    parts: (
      <>
        <Floor />
        <Block x={62} y={64} w={18} h={8} />
        <Body
          head={[42, 11]}
          lines={["42,17 42,42 41,57 40,71 47,71", "42,42 56,53 68,63 73,56", "42,22 46,34 50,40"]}
        />
        <Press at={[54, 57]} />
        <Arrow path="78,62 83,55 81,47" />
      </>
    ),
  },
  "internal-tibial-rotation": {
    alt: "Standing, seen from the front, knees slightly bent; one foot and shin turn inwards without the hip moving, then return slowly.",
    parts: (
      <>
        <Floor />
        <Body
          head={[60, 11]}
          lines={[
            "60,17 60,42",
            "54,42 66,42",
            "60,22 50,36",
            "60,22 70,36",
            "54,42 52,56 53,70 46,71",
            "66,42 68,56 67,70 61,68",
          ]}
        />
        <Press at={[68, 56]} />
        <Arrow path="76,63 72,67 64,66" />
      </>
    ),
  },
  "glute-strengthening": {
    alt: "Lying on the back, knees bent and feet flat, the buttocks squeezed to lift the hips until the body is straight from knees to shoulders.",
    parts: (
      <>
        <Floor />
        <Body head={SUPINE.head} lines={["18,68 50,50 70,46 76,70 84,70", SUPINE.arms]} />
        <Press at={[47, 55]} />
        <Arrow path="50,70 50,61" />
      </>
    ),
  },
  "hamstring-strengthening": {
    alt: "Lying on the back, knees bent and heels on the floor; the heels press into the floor and pull towards the body without moving, working the back of the thigh.",
    parts: (
      <>
        <Floor />
        <Body head={SUPINE.head} lines={[SUPINE.trunk, SUPINE.arms, "50,68 66,50 78,69 86,69"]} />
        <Press at={[61, 61]} />
        <Arrow path="100,64 88,64" />
      </>
    ),
  },
  "load-reduce-aggravating": {
    alt: "A walking figure beside bars that get shorter: do less of the activity that brings the pain on, for now, then build it back up.",
    parts: (
      <>
        <Floor />
        <Body
          head={[34, 11]}
          lines={["34,17 34,42 26,56 22,71", "34,42 40,56 44,70 50,70", "34,23 26,36", "34,23 42,36"]}
        />
        <Block x={66} y={30} w={10} h={42} />
        <Block x={80} y={44} w={10} h={28} />
        <Block x={94} y={56} w={10} h={16} />
        <Arrow path="68,20 106,44" />
      </>
    ),
  },
  "load-knee-brace": {
    alt: "A standing figure wearing a knee brace around the knee, for the activities the therapist named.",
    parts: kneeBrace(),
  },
  "load-weight": {
    alt: "A person standing on bathroom scales with an arrow pointing down: gradual weight loss lightens the load on the knees.",
    parts: (
      <>
        <Floor />
        <Block x={40} y={66} w={34} h={6} />
        <Body
          head={[57, 11]}
          lines={["57,17 57,42", "57,42 52,54 52,65", "57,42 62,54 62,65", "57,22 48,38", "57,22 66,38"]}
        />
        <Arrow path="92,20 92,50" />
      </>
    ),
  },
};

/** A standing figure with a brace around the knee (also the "wearing a knee brace" advice). */
export function kneeBrace() {
  return (
    <>
      <Floor />
      <Body head={[56, 11]} lines={["56,17 56,42 52,57 50,71 58,71", "56,42 59,57 57,71 65,71", "56,22 52,38"]} />
      <Block x={53} y={50} w={12} h={13} />
    </>
  );
}
