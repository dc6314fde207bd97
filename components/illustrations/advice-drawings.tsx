import { ACTIVITIES } from "@/lib/domain/reference/activities";
import { Arrow, Avoid, Block, Body, Floor, Press, Prop, Roller } from "./parts";
import type { Drawing } from "./drawing";
import { kneeBrace } from "./strengthen-drawings";

type ActivityId = (typeof ACTIVITIES)[number]["id"];

/**
 * The activity-modification items (one per activity cause, "advice-<activity>"): the activity
 * itself, with what to change marked (a shorter stride, the knee not locked, lighter loads).
 */
const ACTIVITY_DRAWINGS: Record<ActivityId, Drawing> = {
  "hiking-uphill": {
    alt: "Walking up a slope, leaning forward with a walking pole: break up long climbs with rests.",
    parts: (
      <>
        <Prop lines={["4,76 116,36"]} />
        <Body head={[58, 9]} lines={["56,15 52,36 48,48 44,62", "52,36 60,44 58,56", "55,19 64,28"]} />
        <Prop lines={["64,26 68,54"]} />
        <Press at={[57, 51]} />
        <Arrow path="76,36 98,28" />
      </>
    ),
  },
  "hiking-downhill": {
    alt: "Walking down a slope with short steps and a walking pole; the front knee takes the load going down.",
    parts: (
      <>
        <Prop lines={["4,36 116,76"]} />
        <Body head={[55, 7]} lines={["55,13 56,32 50,42 50,52", "56,32 62,44 61,56", "55,17 66,26"]} />
        <Prop lines={["66,24 70,58"]} />
        <Press at={[62, 44]} />
        <Arrow path="78,50 98,57" />
      </>
    ),
  },
  stairs: {
    alt: "Climbing stairs one step at a time with a hand on the handrail.",
    parts: (
      <>
        <Prop lines={["10,72 30,72 30,62 50,62 50,52 70,52 70,42 90,42 90,32 110,32", "20,44 100,8"]} />
        <Body head={[51, 10]} lines={["50,16 48,36 44,48 40,61", "48,36 56,42 58,51", "50,20 58,26"]} />
        <Press at={[56, 43]} />
      </>
    ),
  },
  "running-overstriding": {
    alt: "Running with the front foot landing far ahead of the body on the heel, marked as the thing to avoid; land with the foot under the body.",
    parts: (
      <>
        <Floor />
        <Body
          head={[49, 12]}
          lines={["50,18 52,40 70,52 86,68", "52,40 44,54 30,50", "50,24 60,32 66,26", "50,24 42,34"]}
        />
        <Avoid at={[92, 62]} />
        <Arrow path="84,77 60,77" />
      </>
    ),
  },
  "direction-changes": {
    alt: "Running and cutting sharply from side to side, a zig-zag path: avoid cutting and pivoting until the pain settles.",
    parts: (
      <>
        <Floor />
        <Body head={[32, 12]} lines={["33,18 38,40 30,54 22,70", "38,40 48,54 58,62", "34,24 24,32", "34,24 44,30"]} />
        <Arrow path="64,62 76,32 90,62 104,32" />
        <Avoid at={[44, 54]} />
      </>
    ),
  },
  "field-court-sports": {
    alt: "Kicking a ball, standing on one leg: reduce match and training time and warm the legs up first.",
    parts: (
      <>
        <Floor />
        <Body head={[47, 10]} lines={["46,16 44,40 42,56 40,71", "44,40 58,50 70,54", "46,22 34,28", "46,22 58,18"]} />
        <Roller at={[78, 60]} r={5} />
        <Press at={[42, 56]} />
      </>
    ),
  },
  cycling: {
    alt: "Riding a bicycle: check the saddle height so the knee is not over-bent or over-straightened, and shorten rides.",
    parts: (
      <>
        <Roller at={[30, 60]} r={12} hollow />
        <Roller at={[86, 60]} r={12} hollow />
        <Prop
          lines={["30,60 50,60 44,36 30,60", "50,60 76,36 86,60", "44,36 76,36", "38,32 50,32", "76,36 76,26 83,26"]}
        />
        <Body head={[73, 11]} lines={["44,30 68,16", "44,30 58,44 52,58", "66,18 80,26"]} />
        <Press at={[58, 44]} />
      </>
    ),
  },
  "high-heels": {
    alt: "A high-heeled shoe with an arrow to a flat shoe: wear heels less often and change into flat shoes.",
    parts: (
      <>
        <Prop lines={["14,40 22,38 40,54 54,60 56,66 36,66 22,52 16,44 16,68"]} fill />
        <Arrow path="62,50 76,50" />
        <Prop lines={["78,66 110,66 110,60 98,55 86,53 78,57 78,66"]} fill />
      </>
    ),
  },
  "prolonged-sitting": {
    alt: "Sitting on a chair for a long time beside a clock, with an arrow up: stand up and straighten the legs every 30 minutes.",
    parts: (
      <>
        <Prop lines={["18,18 18,47 50,47 50,72", "20,47 20,72"]} />
        <Body head={[28, 11]} lines={["28,17 29,44 61,44 63,70 71,70", "28,22 40,32 50,34"]} />
        <Roller at={[96, 20]} r={10} hollow />
        <Prop lines={["96,14 96,20 101,23"]} />
        <Press at={[61, 46]} />
        <Arrow path="86,64 86,40" />
      </>
    ),
  },
  "standing-leaning-forward": {
    alt: "Standing bent forward over a workbench for a long time: change position often and stand upright.",
    parts: (
      <>
        <Floor />
        <Prop lines={["72,46 110,46", "74,46 74,72", "108,46 108,72"]} />
        <Body head={[70, 24]} lines={["65,28 44,42 44,56 44,71 51,71", "63,30 74,44"]} />
        <Press at={[41, 57]} />
        <Arrow path="56,18 46,11 38,14" />
      </>
    ),
  },
  "downhill-skiing": {
    alt: "Skiing down a slope in a crouch, knees bent: shorten ski days and rest between runs.",
    parts: (
      <>
        <Prop lines={["4,30 116,74", "38,43 84,61"]} />
        <Body head={[66, 10]} lines={["63,16 56,32 66,40 58,50", "60,20 74,26"]} />
        <Prop lines={["74,26 80,54"]} />
        <Press at={[66, 40]} />
      </>
    ),
  },
  "knee-brace": {
    alt: "A standing figure wearing a knee brace: ask the therapist how long to wear it each day.",
    parts: kneeBrace(),
  },
  "knee-ankle-extension": {
    alt: "Kicking with the knee locked straight and the toes pointed hard, marked as the thing to avoid.",
    parts: (
      <>
        <Floor />
        <Body
          head={[39, 10]}
          lines={["40,16 42,40 42,56 42,71 49,71", "42,40 90,30 98,28", "40,22 30,32", "40,22 52,26"]}
        />
        <Avoid at={[66, 27]} />
        <Avoid at={[104, 24]} />
      </>
    ),
  },
  "body-weight-load": {
    alt: "Carrying a heavy box in front of the body, the weight pressing down through the knees: carry lighter loads.",
    parts: (
      <>
        <Floor />
        <Block x={58} y={26} w={20} h={16} />
        <Body head={[46, 11]} lines={["46,17 46,42 42,56 42,71", "46,42 52,56 54,71", "46,22 56,30 59,34"]} />
        <Arrow path="68,6 68,22" />
        <Press at={[47, 56]} />
      </>
    ),
  },
  "traumatic-event": {
    alt: "Tripping and falling forward onto one knee, hands reaching for the floor: follow the medical advice for the injury before loading the leg.",
    parts: (
      <>
        <Floor />
        <Body head={[84, 34]} lines={["78,38 46,44 58,70 72,70", "46,44 30,58 20,70", "76,40 90,62", "76,40 98,58"]} />
        <Press at={[58, 66]} />
      </>
    ),
  },
};

export const ADVICE_DRAWINGS: Record<string, Drawing> = Object.fromEntries(
  Object.entries(ACTIVITY_DRAWINGS).map(([activity, drawing]) => [`advice-${activity}`, drawing]),
);
