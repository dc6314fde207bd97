import { LEFS_ITEMS } from "./measures";

/**
 * LEFS total from its 20 answers (0-4 each; null = left blank).
 *
 * Blanks: the total is the sum of the 20 answers (Binkley et al. 1999). For items left blank we
 * follow the scoring guidance circulated with the questionnaire by its authors' group (the same
 * rule as Stratford's Upper Extremity Functional Index): with up to 4 items blank, the total is
 * prorated from the items answered (sum × 20 / answered, rounded to the nearest whole point) so a
 * skipped item neither counts as "extreme difficulty" nor as "no difficulty"; with 5 or more blank
 * the questionnaire is not scored. We could not read the original 1999 instructions' wording on
 * blanks in our references, so the threshold is stated here as the one rule, tested in lefs.test.ts.
 */
export const LEFS_MAX_BLANK = 4;

export type LefsScore =
  | { ok: true; total: number; answered: number; prorated: boolean }
  | { ok: false; code: "lefs.too-many-blank"; answered: number };

export function scoreLefs(answers: readonly (number | null)[]): LefsScore {
  if (answers.length !== LEFS_ITEMS.length) throw new RangeError(`LEFS has ${LEFS_ITEMS.length} items`);
  const given = answers.filter((a): a is number => a !== null);
  for (const a of given) if (!Number.isInteger(a) || a < 0 || a > 4) throw new RangeError(`LEFS answer ${a}`);
  const blank = answers.length - given.length;
  if (blank > LEFS_MAX_BLANK) return { ok: false, code: "lefs.too-many-blank", answered: given.length };
  const sum = given.reduce((s, a) => s + a, 0);
  const total = blank === 0 ? sum : Math.round((sum * LEFS_ITEMS.length) / given.length);
  return { ok: true, total, answered: given.length, prorated: blank > 0 };
}
