import type { Observation, QuestionnaireResponse, Resource } from "@medplum/fhirtypes";
import type { ClientRecord, OutcomeRecord } from "./record";
import { appCoding, ext, identifierOf, LEFS_TOTAL_CODE, OBSERVATION_CATEGORY, ref } from "./codes";
import { answer, nprsObservation, psfsResponse } from "./export-clinical";
import { questionnaireCanonical } from "./questionnaires";

/**
 * Outcome entries: NPRS as an Observation (LOINC 72514-3); PSFS as a QuestionnaireResponse;
 * LEFS as a QuestionnaireResponse with its total as an Observation derived from it. When it
 * was asked and with which version of the measure ride in extensions.
 */
export function outcomeResources(o: OutcomeRecord, patientId: string): Resource[] {
  const subject = ref("Patient", patientId);
  const when = o.completedAt ?? o.startedAt;
  const extension = [
    ...ext("occasion", { valueCode: o.occasion }),
    ...ext("measure-version", { valueInteger: o.measureVersion }),
    ...ext("started-at", { valueDateTime: o.startedAt }),
  ];
  if (o.measure === "nprs" && "rating" in o.answers) {
    const obs = nprsObservation(o.id, "outcome", o.id, subject, o.answers.rating, when);
    return [{ ...obs, status: o.completedAt ? "final" : "preliminary", extension }];
  }
  if (o.measure === "psfs" && "items" in o.answers && Array.isArray(o.answers.items)) {
    const qr = psfsResponse(o.id, "outcome", o.id, patientId, o.answers.items, when);
    return [{ ...qr, status: o.completedAt ? "completed" : "in-progress", extension }];
  }
  const items = "items" in o.answers && !Array.isArray(o.answers.items) ? o.answers.items : {};
  const response: QuestionnaireResponse = {
    resourceType: "QuestionnaireResponse",
    id: o.id,
    identifier: identifierOf("outcome", o.id)[0],
    questionnaire: questionnaireCanonical("lefs"),
    status: o.completedAt ? "completed" : "in-progress",
    subject,
    authored: when,
    extension,
    // An item skipped is there without an answer; one not reached yet is not there at all.
    item: Object.entries(items)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([n, v]) => (v === null ? { linkId: n } : answer(n, { valueCoding: appCoding("lefs-answer", String(v)) }))),
  };
  if (o.score === null) return [response];
  const total: Observation = {
    resourceType: "Observation",
    id: o.id,
    identifier: identifierOf("outcome-total", o.id),
    status: "final",
    category: OBSERVATION_CATEGORY("survey"),
    code: LEFS_TOTAL_CODE,
    subject,
    effectiveDateTime: when,
    valueInteger: o.score,
    derivedFrom: [ref("QuestionnaireResponse", o.id)],
  };
  return [response, total];
}

export function painLogObservation(l: ClientRecord["painLogs"][number], patientId: string): Observation {
  const obs = nprsObservation(
    `${patientId}-${l.day.replaceAll("-", "")}`,
    "pain-log",
    l.day,
    ref("Patient", patientId),
    l.score,
    l.day,
  );
  return { ...obs, issued: l.loggedAt, ...(l.note ? { note: [{ text: l.note }] } : {}) };
}
