/**
 * Activities that overload leg muscles (DOMAIN.md "Activity causes"; seeds 000-003).
 * `advice` is the activity-modification line a plan can carry (002: "wearing high heels less
 * often or not at all").
 */
export interface Activity {
  id: string;
  name: string;
  advice: string;
}

export const ACTIVITIES = [
  {
    id: "hiking-uphill",
    name: "Hiking or walking uphill",
    advice: "Break up long climbs with rests, shorten steep ascents and use walking poles.",
  },
  {
    id: "hiking-downhill",
    name: "Hiking downhill",
    advice: "Take shorter steps on descents, use walking poles and avoid long steep downhills for now.",
  },
  {
    id: "stairs",
    name: "Climbing stairs",
    advice: "Take stairs one step at a time and use the handrail; prefer lifts for many flights for now.",
  },
  {
    id: "running-overstriding",
    name: "Running with overstriding",
    advice: "Shorten your stride and land with the foot under the body; reduce running volume for now.",
  },
  {
    id: "direction-changes",
    name: "Quick changes of direction while running",
    advice: "Avoid cutting and pivoting drills until the pain settles.",
  },
  {
    id: "field-court-sports",
    name: "Field or court sports (basketball, football, soccer)",
    advice: "Reduce match and training time, and warm up the legs thoroughly first.",
  },
  { id: "cycling", name: "Cycling", advice: "Check saddle height and shorten rides for now." },
  {
    id: "high-heels",
    name: "Wearing high heels",
    advice: "Wear heels less often, choose lower heels, and change into flat shoes when you can.",
  },
  {
    id: "prolonged-sitting",
    name: "Prolonged sitting (legs bent for long periods)",
    advice: "Stand up and straighten your legs every 30 minutes.",
  },
  {
    id: "standing-leaning-forward",
    name: "Standing leaning forward for long periods",
    advice: "Change position often and bring work closer so you can stand upright.",
  },
  { id: "downhill-skiing", name: "Downhill skiing", advice: "Shorten ski days and take rests between runs." },
  {
    id: "knee-brace",
    name: "Wearing a knee brace",
    advice: "Discuss with your therapist how long to wear the brace each day.",
  },
  {
    id: "knee-ankle-extension",
    name: "Extreme extension of knee and ankle together",
    advice: "Avoid locking the knee straight while pointing the toes hard (e.g. in jumps and kicks).",
  },
  {
    id: "body-weight-load",
    name: "Body weight or carrying load",
    advice: "Carry lighter loads; gradual weight loss reduces the load on the knees.",
  },
  {
    id: "traumatic-event",
    name: "A traumatic event (fall, blow, twist)",
    advice: "Follow the medical advice for the injury before loading the leg.",
  },
] as const satisfies readonly Activity[];

export type ActivityId = (typeof ACTIVITIES)[number]["id"];
