/** The LEFS answers' form field names (q1 … q20): a module without zod, for the forms. */
export const lefsField = (item: number) => `q${item}`;
