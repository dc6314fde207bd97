import type { Bundle, BundleEntry, Resource } from "@medplum/fhirtypes";
import type { ClientRecord } from "./record";
import { carePlanOf, flagResource, noteDocuments, screenResponse } from "./export-care";
import { ref } from "./codes";
import { findingObservation, intakeResources, noteEncounter, nprsObservation, patientOf } from "./export-clinical";
import { outcomeResources, painLogObservation } from "./export-outcomes";
import { questionnaires } from "./questionnaires";

/**
 * One client's record as FHIR R4 resources, the Patient first (pure: the DAL gathers the record).
 * Every reference is relative ("Type/id") to a resource of the same output.
 */
export function resourcesOf(r: ClientRecord): Resource[] {
  const pid = r.client.id;
  const latestIntake = r.intakes.at(-1)?.id;
  const discharged = r.client.status === "discharged";
  return [
    patientOf(r.client),
    ...r.intakes.flatMap((i) => intakeResources(i, pid, i.id === latestIntake, discharged)),
    ...r.notes.flatMap((n) => [noteEncounter(n, pid), ...noteDocuments(n, pid)]),
    ...r.notes.filter((n) => n.painNow !== null).map((n) => notePain(n, pid)),
    ...r.findings.map((f) => findingObservation(f, pid)),
    ...r.screens.map((s) => screenResponse(s, pid)),
    ...r.flags.map((f) => flagResource(f, pid)),
    ...r.plans.map((p) => carePlanOf(p, pid)),
    ...r.outcomes.flatMap((o) => outcomeResources(o, pid)),
    ...r.painLogs.map((l) => painLogObservation(l, pid)),
  ];
}

/** The pain a session note recorded, on that visit. */
const notePain = (n: ClientRecord["notes"][number], pid: string) =>
  nprsObservation(`${n.id}-nprs`, "note-pain", n.id, ref("Patient", pid), n.painNow!, n.visitDate, n.id);

/**
 * The answer of Patient/<id>/$everything: a searchset (FHIR R4 Patient-everything) of the
 * patient's compartment as matches and the questionnaires its responses answer as includes.
 * `base` is the server's FHIR base address; every entry's fullUrl is under it.
 */
export function everythingBundle(r: ClientRecord, base: string, now: Date): Bundle {
  const entry = (resource: Resource, mode: "match" | "include"): BundleEntry => ({
    fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
    resource,
    search: { mode },
  });
  const matches = resourcesOf(r).map((res) => entry(res, "match"));
  return {
    resourceType: "Bundle",
    type: "searchset",
    timestamp: now.toISOString(),
    total: matches.length,
    entry: [...matches, ...questionnaires().map((q) => entry(q, "include"))],
  };
}
