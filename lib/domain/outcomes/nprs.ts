/** NPRS score: the one rating itself, a whole number 0-10 (measures.ts). */
export function scoreNprs(rating: number): number {
  if (!Number.isInteger(rating) || rating < 0 || rating > 10) throw new RangeError(`NPRS rating ${rating}`);
  return rating;
}
