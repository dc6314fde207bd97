/**
 * The outcome measures the app collects (issue 15; DOMAIN.md "Outcome measures"), as versioned
 * reference data: what each scores, which way is better, and the change that matters.
 *
 * Sources:
 * - NPRS: 11-point numeric pain rating, 0 "no pain" to 10 "worst imaginable". Minimal clinically
 *   important difference reported between 1.5 and 3.5 points; 2 points is the threshold in common
 *   use (Farrar et al., Pain 2001;94:149; Childs et al., Spine 2005;30:1331). DOMAIN.md uses 2.
 * - PSFS: Patient-Specific Functional Scale (Stratford et al., Physiother Can 1995;47:258). The
 *   client names 3 to 5 activities they find hard and rates each 0 "unable to perform" to 10 "able
 *   to perform at the level before the problem"; the score is the mean of the ratings. Minimal
 *   detectable / important change reported 1.3 to 2.7 points; DOMAIN.md uses 2.
 * - LEFS: Lower Extremity Functional Scale (Binkley, Stratford, Lott, Riddle; Phys Ther
 *   1999;79(4):371-383). 20 activities, each 0 "extreme difficulty or unable to perform activity"
 *   to 4 "no difficulty"; the total is the sum, 0-80, higher is better. Test-retest R = .94; the
 *   error of one score is ±5.3 points (90% CI) and the minimal detectable change and minimal
 *   clinically important difference are 9 points. Blanks: lefs.ts.
 *
 * Bump OUTCOME_MEASURES_VERSION when a text, scale or threshold here changes: every entry records
 * the version it was collected with, so an old entry stays readable as it was asked.
 */
export const OUTCOME_MEASURES_VERSION = 1;

export const MEASURE_IDS = ["nprs", "psfs", "lefs"] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export interface Measure {
  id: MeasureId;
  /** Short name, as clinicians write it. */
  abbreviation: string;
  name: string;
  min: number;
  max: number;
  /** Which way is better: pain falls, function rises. */
  better: "lower" | "higher";
  /** Minimal clinically important difference, in the measure's points. */
  mcid: number;
  /** What the number means and what change matters, in words a client understands. */
  explanation: string;
}

export const MEASURES: Record<MeasureId, Measure> = {
  nprs: {
    id: "nprs",
    abbreviation: "NPRS",
    name: "Pain rating",
    min: 0,
    max: 10,
    better: "lower",
    mcid: 2,
    explanation:
      "Pain from 0 (none) to 10 (the worst imaginable). A change of 2 points or more is the smallest change people notice as a real difference.",
  },
  psfs: {
    id: "psfs",
    abbreviation: "PSFS",
    name: "Patient-Specific Functional Scale",
    min: 0,
    max: 10,
    better: "higher",
    mcid: 2,
    explanation:
      "The average of how well you can do the activities you named, each from 0 (unable) to 10 (as before the problem). A change of 2 points or more is a real difference.",
  },
  lefs: {
    id: "lefs",
    abbreviation: "LEFS",
    name: "Lower Extremity Functional Scale",
    min: 0,
    max: 80,
    better: "higher",
    mcid: 9,
    explanation:
      "How easily you do 20 everyday activities with your legs, from 0 to 80 (higher is better). A change of 9 points or more is more than measurement error and a clinically important change.",
  },
};

/** The 20 LEFS activities, in the published order (Binkley et al. 1999, the questionnaire's wording). */
export const LEFS_ITEMS = [
  "Any of your usual work, housework or school activities",
  "Your usual hobbies, recreational or sporting activities",
  "Getting into or out of the bath",
  "Walking between rooms",
  "Putting on your shoes or socks",
  "Squatting",
  "Lifting an object, like a bag of groceries from the floor",
  "Performing light activities around your home",
  "Performing heavy activities around your home",
  "Getting into or out of a car",
  "Walking 2 blocks",
  "Walking a mile",
  "Going up or down 10 stairs (about 1 flight of stairs)",
  "Standing for 1 hour",
  "Sitting for 1 hour",
  "Running on even ground",
  "Running on uneven ground",
  "Making sharp turns while running fast",
  "Hopping",
  "Rolling over in bed",
] as const;

/** The LEFS question every item answers. */
export const LEFS_QUESTION = "Today, do you or would you have any difficulty at all with:";

/** The LEFS response scale, by points. */
export const LEFS_RESPONSES = [
  { value: 0, label: "Extreme difficulty or unable to perform activity" },
  { value: 1, label: "Quite a bit of difficulty" },
  { value: 2, label: "Moderate difficulty" },
  { value: 3, label: "A little bit of difficulty" },
  { value: 4, label: "No difficulty" },
] as const;

/** When an entry was collected (issue 15: at intake, on the plan's schedule, at discharge). */
export const OCCASIONS = ["intake", "follow-up", "discharge"] as const;
export type Occasion = (typeof OCCASIONS)[number];
