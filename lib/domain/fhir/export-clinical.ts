import type {
  Condition,
  Encounter,
  Observation,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from "@medplum/fhirtypes";
import { ACTIVITIES } from "../reference/activities";
import { MUSCLE_SNOMED } from "../reference/muscle-codes";
import { MUSCLES } from "../reference/muscles";
import type { ClientRecord, FindingRecord, IntakeRecord, NoteRecord } from "./record";
import { appCoding, ext, identifierOf, LATERALITY, NPRS_CODE, OBSERVATION_CATEGORY, ref, SIDES, text } from "./codes";
import { questionnaireCanonical } from "./questionnaires";

/** Patient, the complaint (Condition), visits (Encounter), the intake form and the findings. */

export function patientOf(c: ClientRecord["client"]): Patient {
  return {
    resourceType: "Patient",
    id: c.id,
    identifier: identifierOf("client", c.id),
    // A discharged client's record is kept but no longer in use (FHIR: Patient.active).
    active: c.status !== "discharged",
    name: [{ family: c.familyName, given: [c.givenName] }],
    telecom: [
      ...(c.email ? [{ system: "email" as const, value: c.email }] : []),
      ...(c.phone ? [{ system: "phone" as const, value: c.phone }] : []),
    ],
    birthDate: text(c.dateOfBirth),
    extension: [
      ...ext("client-status", { valueCode: c.status }),
      ...ext(
        "consent-to-treatment",
        c.consentName && c.consentAt
          ? {
              extension: [
                { url: "name", valueString: c.consentName },
                { url: "at", valueDateTime: c.consentAt },
              ],
            }
          : null,
      ),
    ],
  };
}

const AMBULATORY = { system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "AMB", display: "ambulatory" };

/** The first visit of an episode of care: its encounter, complaint, form, pain and PSFS. */
export function intakeResources(i: IntakeRecord, patientId: string, latest: boolean, discharged: boolean) {
  const subject = ref("Patient", patientId);
  const encounter: Encounter = {
    resourceType: "Encounter",
    id: i.id,
    identifier: identifierOf("intake", i.id),
    status: "finished",
    class: AMBULATORY,
    type: [{ text: "Intake" }],
    subject,
    period: { start: i.createdAt },
    reasonReference: [ref("Condition", i.id)],
  };
  const condition: Condition = {
    resourceType: "Condition",
    id: i.id,
    identifier: identifierOf("intake", i.id),
    // The complaint of the latest episode is active until discharge; earlier ones are behind the client.
    clinicalStatus: {
      coding: [
        {
          system: "http://terminology.hl7.org/CodeSystem/condition-clinical",
          code: latest && !discharged ? "active" : "resolved",
        },
      ],
    },
    category: [
      { coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-category", code: "problem-list-item" }] },
    ],
    code: { text: i.chiefComplaint },
    bodySite: i.painSites.map((p) => ({ text: `${p.site} (${p.side})` })),
    subject,
    encounter: ref("Encounter", i.id),
    onsetDateTime: text(i.onsetDate),
    recordedDate: i.createdAt,
  };
  const form: QuestionnaireResponse = {
    resourceType: "QuestionnaireResponse",
    id: i.id,
    identifier: identifierOf("intake", i.id)[0],
    questionnaire: questionnaireCanonical("intake"),
    status: "completed",
    subject,
    encounter: ref("Encounter", i.id),
    authored: i.createdAt,
    item: [
      answer("chief-complaint", { valueString: i.chiefComplaint }),
      ...i.painSites.map((p) => ({
        linkId: "pain-site",
        item: [answer("pain-site-name", { valueString: p.site }), answer("pain-site-side", { valueString: p.side })],
      })),
      ...(i.onsetDate ? [answer("onset", { valueDate: i.onsetDate })] : []),
      ...optionalString("duration", i.duration),
      ...optionalString("aggravating", i.aggravating),
      ...optionalString("easing", i.easing),
      answer("pain-now", { valueInteger: i.painNow }),
      ...optionalString("medical-history", i.medicalHistory),
      ...optionalString("medications", i.medications),
      ...i.activities.map((a) => ({
        linkId: "activity",
        item: [
          answer("activity-code", {
            valueCoding: appCoding("activity", a.activityId, ACTIVITIES.find((x) => x.id === a.activityId)?.name),
          }),
          ...optionalString("activity-frequency", a.frequency),
          ...optionalString("activity-notes", a.notes),
        ],
      })),
    ],
  };
  const pain = nprsObservation(`${i.id}-nprs`, "intake-pain", i.id, subject, i.painNow, i.createdAt, i.id);
  pain.derivedFrom = [ref("QuestionnaireResponse", i.id)];
  const psfs = psfsResponse(`${i.id}-psfs`, "intake-psfs", i.id, patientId, i.psfs, i.createdAt);
  psfs.encounter = ref("Encounter", i.id);
  return [encounter, condition, form, pain, psfs];
}

export function noteEncounter(n: NoteRecord, patientId: string): Encounter {
  return {
    resourceType: "Encounter",
    id: n.id,
    identifier: identifierOf("note", n.id),
    status: n.status === "signed" ? "finished" : "in-progress",
    class: AMBULATORY,
    type: [{ text: "Follow-up session" }],
    subject: ref("Patient", patientId),
    period: { start: n.visitDate },
    reasonReference: [ref("Condition", n.intakeId)],
  };
}

export function answer(linkId: string, value: object): QuestionnaireResponseItem {
  return { linkId, answer: [value] };
}
const optionalString = (linkId: string, value: string | null) =>
  value ? [answer(linkId, { valueString: value })] : [];

export function nprsObservation(
  id: string,
  kind: string,
  sourceId: string,
  subject: { reference?: string },
  rating: number,
  when: string,
  encounterId?: string,
): Observation {
  return {
    resourceType: "Observation",
    id,
    identifier: identifierOf(kind, sourceId),
    status: "final",
    category: OBSERVATION_CATEGORY("survey"),
    code: NPRS_CODE,
    subject,
    ...(encounterId ? { encounter: ref("Encounter", encounterId) } : {}),
    effectiveDateTime: when,
    valueInteger: rating,
  };
}

export function psfsResponse(
  id: string,
  kind: string,
  sourceId: string,
  patientId: string,
  items: readonly { activity: string; score: number }[],
  authored: string,
): QuestionnaireResponse {
  return {
    resourceType: "QuestionnaireResponse",
    id,
    identifier: identifierOf(kind, sourceId)[0],
    questionnaire: questionnaireCanonical("psfs"),
    status: "completed",
    subject: ref("Patient", patientId),
    authored,
    item: items.map((p) => ({
      linkId: "activity",
      item: [answer("activity-name", { valueString: p.activity }), answer("activity-score", { valueInteger: p.score })],
    })),
  };
}

/**
 * A trigger-point finding: tenderness 0-10 as the value, the muscle as the body site (SNOMED CT
 * where reference data has a checked code, else the app's muscle code and its name), and
 * laterality, active/latent and whether pressure reproduces the pain as components.
 */
export function findingObservation(f: FindingRecord, patientId: string): Observation {
  const muscle = MUSCLES.find((m) => m.id === f.muscleId);
  const snomed = MUSCLE_SNOMED[f.muscleId];
  return {
    resourceType: "Observation",
    id: f.id,
    identifier: identifierOf("finding", f.id),
    status: "final",
    category: OBSERVATION_CATEGORY("exam"),
    code: { coding: [appCoding("finding", "trigger-point", "Trigger point tenderness (0-10)")], text: "Trigger point" },
    subject: ref("Patient", patientId),
    encounter: ref("Encounter", (f.intakeId ?? f.noteId)!),
    effectiveDateTime: f.recordedAt,
    bodySite: {
      coding: [
        ...(snomed ? [{ system: "http://snomed.info/sct", ...snomed }] : []),
        appCoding("muscle", f.muscleId, muscle?.name),
      ],
      text: muscle?.name ?? f.muscleId,
    },
    valueInteger: f.tenderness,
    note: f.notes ? [{ text: f.notes }] : undefined,
    component: [
      { code: { coding: [LATERALITY] }, valueCodeableConcept: { coding: [SIDES[f.side]], text: f.side } },
      {
        code: { coding: [appCoding("finding", "point-type", "Trigger point type")] },
        valueCodeableConcept: { coding: [appCoding("point-type", f.pointType)], text: f.pointType },
      },
      {
        code: { coding: [appCoding("finding", "reproduces-pain", "Pressure reproduces the client's pain")] },
        valueBoolean: f.reproducesPain,
      },
    ],
  };
}
