/**
 * PSFS score: the mean of the client's activity ratings (0-10 each), 3 to 5 activities
 * (Stratford et al. 1995; measures.ts). Kept to one decimal, as it is reported.
 */
export const PSFS_MIN_ACTIVITIES = 3;
export const PSFS_MAX_ACTIVITIES = 5;

export function scorePsfs(ratings: readonly number[]): number {
  if (ratings.length < 1 || ratings.length > PSFS_MAX_ACTIVITIES)
    throw new RangeError(`PSFS rates 1 to ${PSFS_MAX_ACTIVITIES} activities`);
  for (const r of ratings) if (!Number.isInteger(r) || r < 0 || r > 10) throw new RangeError(`PSFS rating ${r}`);
  const mean = ratings.reduce((s, r) => s + r, 0) / ratings.length;
  return Math.round(mean * 10) / 10;
}
