/**
 * SNOMED CT body-structure codes for the muscles of the body map, used by the FHIR export
 * (issue 15: "muscle as a SNOMED CT body-structure code where one exists").
 *
 * Empty on purpose: a code goes here only once it has been checked against a SNOMED CT browser
 * (its concept id and fully specified name "Structure of … muscle (body structure)"). None could
 * be checked from this machine, and a wrong body-structure code in a clinical record is worse
 * than none, so until then every muscle is exported as text with the app's own muscle code.
 */
export const MUSCLE_SNOMED: Readonly<Record<string, { code: string; display: string }>> = {};
