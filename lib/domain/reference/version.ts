/**
 * Version of the clinical reference data in this folder. Bump it whenever a muscle, activity,
 * contraindication or link changes: the server re-syncs its reference tables at start and
 * records which version a practice's data was charted against.
 */
export const REFERENCE_VERSION = 1;
