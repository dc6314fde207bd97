import type { CodeableConcept, Coding, Extension, Identifier, Reference } from "@medplum/fhirtypes";

/**
 * The namespace of the app's own FHIR identifiers, code systems, extensions and questionnaires.
 * A name, not an address anyone must reach: receivers compare it, and an import reads it back.
 */
export const FHIR_BASE = "https://fhir.unknot.app";

export const SNOMED = "http://snomed.info/sct";
export const LOINC = "http://loinc.org";

/** The app's code system for a kind of code (muscle, contraindication, plan-item, …). */
export const appSystem = (kind: string) => `${FHIR_BASE}/CodeSystem/${kind}`;
export const appCoding = (kind: string, code: string, display?: string): Coding => ({
  system: appSystem(kind),
  code,
  ...(display ? { display } : {}),
});

/** The app's row a resource was made from, so an import can tell the kinds of rows apart. */
export const identifierOf = (kind: string, value: string): Identifier[] => [
  { system: `${FHIR_BASE}/id/${kind}`, value },
];
const ours = (identifiers: Identifier | readonly Identifier[] | undefined): Identifier[] =>
  identifiers === undefined ? [] : Array.isArray(identifiers) ? [...identifiers] : [identifiers as Identifier];
export const identifierKind = (identifiers: Identifier | readonly Identifier[] | undefined): string | undefined =>
  ours(identifiers)
    .find((i) => i.system?.startsWith(`${FHIR_BASE}/id/`))
    ?.system?.slice(`${FHIR_BASE}/id/`.length);
export const identifierValue = (identifiers: Identifier | readonly Identifier[] | undefined): string | undefined =>
  ours(identifiers).find((i) => i.system?.startsWith(`${FHIR_BASE}/id/`))?.value;

export const extensionUrl = (name: string) => `${FHIR_BASE}/StructureDefinition/${name}`;

/** An extension, or none for an empty value: FHIR allows no empty strings and no nulls. */
export function ext(name: string, value: Omit<Extension, "url"> | null): Extension[] {
  return value === null ? [] : [{ url: extensionUrl(name), ...value }];
}
export const findExt = (extensions: readonly Extension[] | undefined, name: string): Extension | undefined =>
  extensions?.find((e) => e.url === extensionUrl(name));

/** A relative reference; typed as fitting any target, since FHIR types each field's targets. */
export const ref = (type: string, id: string): Reference<never> => ({ reference: `${type}/${id}` });
/** The id of a relative reference "Type/id" of the given type. */
export const refId = (reference: Reference | undefined, type: string): string | undefined =>
  reference?.reference?.startsWith(`${type}/`) ? reference.reference.slice(type.length + 1) : undefined;

/** Text, or absent: FHIR strings may not be empty. */
export const text = (value: string | null | undefined): string | undefined => (value ? value : undefined);

/** SNOMED CT laterality (272741003 |Laterality|; 7771000 |Left|, 24028007 |Right|). */
export const LATERALITY: Coding = { system: SNOMED, code: "272741003", display: "Laterality" };
export const SIDES: Record<"left" | "right", Coding> = {
  left: { system: SNOMED, code: "7771000", display: "Left" },
  right: { system: SNOMED, code: "24028007", display: "Right" },
};

/** NPRS: LOINC 72514-3, the 0-10 verbal numeric pain rating. */
export const NPRS_CODE: CodeableConcept = {
  coding: [
    { system: LOINC, code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" },
  ],
  text: "Pain (NPRS 0-10)",
};
/**
 * LEFS total: no LOINC code for the LEFS could be found in our references, so the app's own
 * code with the measure's name (a receiver reads the text; a LOINC coding joins it once known).
 */
export const LEFS_TOTAL_CODE: CodeableConcept = {
  coding: [appCoding("outcome", "lefs-total", "Lower Extremity Functional Scale total (0-80)")],
  text: "Lower Extremity Functional Scale (LEFS) total",
};
/** A SOAP note: LOINC 11506-3 "Progress note". */
export const PROGRESS_NOTE_CODE: CodeableConcept = {
  coding: [{ system: LOINC, code: "11506-3", display: "Progress note" }],
  text: "SOAP session note",
};

export const OBSERVATION_CATEGORY = (code: "exam" | "survey"): CodeableConcept[] => [
  {
    coding: [
      {
        system: "http://terminology.hl7.org/CodeSystem/observation-category",
        code,
        display: code === "exam" ? "Exam" : "Survey",
      },
    ],
  },
];

/** Attachments carry text as base64 (FHIR's base64Binary). */
export const toBase64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
export const fromBase64 = (s: string | undefined) => (s ? Buffer.from(s, "base64").toString("utf8") : "");
