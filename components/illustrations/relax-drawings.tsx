import { Arrow, Avoid, Block, Body, Floor, Press, Prop, Roller, Warmth } from "./parts";
import type { Drawing } from "./drawing";

/** Sitting on the floor leaning back on the hands, with a roller under one leg (`leg`: knee onwards). */
const onRoller = ([x, y]: readonly [number, number], leg: string) => ({
  head: [x - 7, y - 33] as const,
  lines: [`${x},${y} ${x - 6},${y - 26}`, `${x - 6},${y - 22} ${x - 16},${y - 8} ${x - 20},70`, `${x},${y} ${leg}`],
});

const CHAIR = ["18,18 18,47 50,47 50,72", "20,47 20,72"] as const;

/** Phase 1 items of lib/domain/reference/plan-items.ts: where the client rests, presses or rolls. */
export const RELAX_DRAWINGS: Record<string, Drawing> = {
  "warm-compress": {
    alt: "Lying face down with a warm, damp towel laid over the back of the knee and the calf.",
    parts: (
      <>
        <Floor />
        <Body head={[12, 63]} lines={["19,67 56,68 78,68 100,68 106,71", "22,67 16,71 8,71"]} />
        <Block x={68} y={60} w={28} h={6} tint="warm" />
        <Warmth x={73} y={56} />
      </>
    ),
  },
  "effleurage-knee": {
    alt: "Sitting with the leg straight; flat hands stroke lightly around the knee and up the back of the thigh, towards the heart.",
    parts: (
      <>
        <Floor />
        <Body head={[48, 25]} lines={["46,31 36,68 70,68 98,68 101,61", "45,37 56,46 68,62"]} />
        <Press at={[72, 65]} />
        <Arrow path="86,50 72,45 56,50" />
      </>
    ),
  },
  "cross-fibre-popliteus": {
    alt: "Sitting with the knee slightly bent and the heel supported; two fingertips press just below the crease at the back of the knee, on the inner side, moving side to side.",
    parts: (
      <>
        <Floor />
        <Block x={84} y={62} w={14} h={10} />
        <Body head={[40, 24]} lines={["39,30 32,68 62,54 90,61 93,54", "38,36 50,50 61,59"]} />
        <Press at={[63, 59]} />
        <Arrow path="54,68 72,68" both />
      </>
    ),
  },
  "calf-self-massage": {
    alt: "Sitting with the knee bent and the foot flat; both hands squeeze the calf, working up from just above the Achilles tendon towards the knee.",
    parts: (
      <>
        <Floor />
        <Body head={[34, 26]} lines={["33,32 30,68 56,40 70,69 80,70", "33,38 48,50 60,55"]} />
        <Press at={[61, 59]} />
        <Arrow path="60,72 53,60 49,50" />
      </>
    ),
  },
  "foam-roll-behind-knee": {
    alt: "Sitting on the floor leaning back on the hands, a foam roller under the back of the knee; the leg rests on it with little weight and rolls a few centimetres up and down.",
    parts: (
      <>
        <Floor />
        <Roller at={[66, 65]} />
        <Body {...onRoller([40, 68], "66,58 94,64 97,57")} />
        <Press at={[66, 58]} />
        <Arrow path="56,48 78,48" both />
      </>
    ),
  },
  "popliteus-ball-release": {
    alt: "Sitting on a chair with a soft massage ball just below the back of the knee, inner side; the leg rests on it with gentle pressure, then the knee bends and straightens.",
    parts: (
      <>
        <Prop lines={CHAIR} />
        <Roller at={[56, 49]} r={4} />
        <Body head={[28, 11]} lines={["28,17 29,44 61,44 63,70 71,70", "28,22 37,34 47,40"]} />
        <Press at={[56, 45]} />
        <Arrow path="72,63 77,55 76,46" both />
      </>
    ),
  },
  "calf-release": {
    alt: "Sitting on the floor leaning back on the hands, the calf resting on a foam roller; hold on a tender spot of the calf, then roll on.",
    parts: (
      <>
        <Floor />
        <Roller at={[78, 66]} />
        <Body {...onRoller([34, 64], "62,60 94,60 97,53")} />
        <Press at={[78, 60]} />
        <Arrow path="68,50 90,50" both />
      </>
    ),
  },
  "hamstring-release": {
    alt: "Sitting on the floor leaning back on the hands, a foam roller under the back of the thigh; hold on a tender spot of the hamstrings, then roll on.",
    parts: (
      <>
        <Floor />
        <Roller at={[52, 66]} />
        <Body {...onRoller([34, 60], "66,60 94,68 97,61")} />
        <Press at={[52, 60]} />
        <Arrow path="42,49 62,49" both />
      </>
    ),
  },
  "quadriceps-release": {
    alt: "Face down on the forearms, a foam roller under the front of the thigh; hold on a tender spot of the quadriceps, then roll on.",
    parts: (
      <>
        <Floor />
        <Roller at={[68, 65]} />
        <Body head={[14, 44]} lines={["20,50 56,56 80,58 104,66 105,71", "22,51 22,70 34,70"]} />
        <Press at={[68, 58]} />
        <Arrow path="58,46 80,48" both />
      </>
    ),
  },
  "it-band-release": {
    alt: "Lying on the side on one forearm, a foam roller under the outside of the lower thigh, the top foot planted in front; hold on a tender spot, then roll on.",
    parts: (
      <>
        <Floor />
        <Roller at={[70, 65]} />
        <Body head={[14, 42]} lines={["18,48 54,58 82,59 106,66", "20,50 20,70 32,70", "54,56 64,40 88,70 95,70"]} />
        <Press at={[70, 59]} />
      </>
    ),
  },
  "patellar-mobilization": {
    alt: "Sitting with the leg straight and relaxed, thumb and fingers hold the kneecap and move it gently up and down, then side to side.",
    parts: (
      <>
        <Floor />
        <Body head={[34, 24]} lines={["33,30 28,68 68,68 98,68 101,61", "32,36 48,50 63,62"]} />
        <Press at={[68, 64]} />
        <Arrow path="60,44 84,44" both />
        <Arrow path="72,34 72,54" both />
      </>
    ),
  },
  "massage-gun": {
    alt: "Sitting with the leg out, a massage gun at low speed glides over the front of the thigh; the back of the knee is marked as a place it must never go.",
    parts: (
      <>
        <Floor />
        <Body head={[28, 24]} lines={["27,30 22,68 58,58 92,68 96,62", "27,36 42,46 54,52"]} />
        <Prop lines={["44,47 44,57", "50,46 56,55"]} />
        <Block x={38} y={40} w={18} h={6} />
        <Press at={[44, 60]} />
        <Avoid at={[59, 66]} />
      </>
    ),
  },
};
