import type {
  CarePlan,
  DocumentReference,
  Encounter,
  Flag,
  Observation,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Resource,
} from "@medplum/fhirtypes";
import { scorePsfs } from "../outcomes/psfs";
import type { Gate } from "../phase-gate";
import { PLAN_PHASES, type Dosage, type PlanPhase } from "../reference/plan-items";
import { appSystem, findExt, fromBase64, identifierKind, identifierValue, refId, SIDES } from "./codes";
import { questionnaireOf } from "./questionnaires";
import type { ClientRecord, FlagRecord, OutcomeRecord, PlanRecord, ScreenAnswer } from "./record";

/**
 * A bundle of the app's export back into the record it was made from (issue 15, part 6: moving
 * practices). Pure: it reads the resources' identifiers and extensions (export-*.ts write them)
 * and throws ImportError on anything it cannot place, so nothing half-read reaches the database.
 */
export class ImportError extends Error {}

type Of<T extends Resource["resourceType"]> = Extract<Resource, { resourceType: T }>;

export function fromResources(resources: readonly Resource[]): ClientRecord {
  const all = <T extends Resource["resourceType"]>(type: T) =>
    resources.filter((r): r is Of<T> => r.resourceType === type);
  const kind = (k: string) => (r: { identifier?: unknown }) => identifierKind(r.identifier as never) === k;
  const patients = all("Patient");
  if (patients.length !== 1) throw new ImportError(`expected one Patient, found ${patients.length}`);
  const patient = patients[0]!;
  const responses = all("QuestionnaireResponse");
  const observations = all("Observation");
  const documents = all("DocumentReference");
  const intakeForms = responses.filter((r) => questionnaireOf(r.questionnaire) === "intake");
  const intakeIds = new Set(intakeForms.map((r) => r.id!));
  const visit = (reference: { reference?: string } | undefined) => {
    const id = refId(reference, "Encounter") ?? null;
    return id && intakeIds.has(id) ? { intakeId: id, noteId: null } : { intakeId: null, noteId: id };
  };

  return {
    client: clientOf(patient),
    intakes: intakeForms.map((form) => {
      const psfs = responses.find((r) => kind("intake-psfs")(r) && identifierValue(r.identifier) === form.id);
      return {
        id: form.id!,
        createdAt: required(form.authored, "intake date"),
        chiefComplaint: required(str(form.item, "chief-complaint"), "chief complaint"),
        painSites: groups(form.item, "pain-site").map((g) => ({
          site: required(str(g, "pain-site-name"), "pain site"),
          side: oneOf(str(g, "pain-site-side"), ["left", "right", "both"] as const, "pain site side"),
        })),
        onsetDate: first(form.item, "onset")?.valueDate ?? null,
        duration: str(form.item, "duration"),
        aggravating: str(form.item, "aggravating"),
        easing: str(form.item, "easing"),
        painNow: required(first(form.item, "pain-now")?.valueInteger, "intake pain"),
        psfs: psfs ? psfsItems(psfs) : [],
        medicalHistory: str(form.item, "medical-history"),
        medications: str(form.item, "medications"),
        activities: groups(form.item, "activity").map((g) => ({
          activityId: required(first(g, "activity-code")?.valueCoding?.code, "activity"),
          frequency: str(g, "activity-frequency"),
          notes: str(g, "activity-notes"),
        })),
      };
    }),
    notes: all("Encounter")
      .filter(kind("note"))
      .map((e: Encounter) => {
        const doc = documents.find((d) => d.id === e.id);
        if (!doc) throw new ImportError(`session ${e.id} has no note document`);
        const section = (title: string) =>
          fromBase64(doc.content.find((c) => c.attachment.title === title)?.attachment.data);
        const signed = doc.docStatus === "final";
        const pain = observations.find((o) => kind("note-pain")(o) && identifierValue(o.identifier) === e.id);
        return {
          id: e.id!,
          intakeId: required(refId(e.reasonReference?.[0], "Condition"), "session's intake"),
          visitDate: required(e.period?.start, "visit date"),
          subjective: section("Subjective"),
          painNow: pain?.valueInteger ?? null,
          assessment: section("Assessment"),
          plan: section("Plan"),
          status: signed ? ("signed" as const) : ("draft" as const),
          createdAt: doc.date ?? e.period!.start!,
          signedAt: signed ? (doc.date ?? null) : null,
          amendments: documents
            .filter((d: DocumentReference) => refId(d.relatesTo?.[0]?.target, "DocumentReference") === e.id)
            .map((d) => ({
              id: d.id!,
              createdAt: required(d.date, "amendment date"),
              body: fromBase64(d.content[0]?.attachment.data),
            })),
        };
      }),
    findings: observations.filter(kind("finding")).map((o) => {
      const component = (code: string) => o.component?.find((c) => c.code.coding?.some((x) => x.code === code));
      const side = component("272741003")?.valueCodeableConcept?.coding?.[0]?.code;
      return {
        id: o.id!,
        ...visit(o.encounter),
        muscleId: required(o.bodySite?.coding?.find((c) => c.system === appSystem("muscle"))?.code, "muscle"),
        side:
          side === SIDES.left.code ? ("left" as const) : side === SIDES.right.code ? ("right" as const) : fail("side"),
        tenderness: required(o.valueInteger, "tenderness"),
        pointType: oneOf(
          component("point-type")?.valueCodeableConcept?.coding?.[0]?.code,
          ["active", "latent"] as const,
          "type",
        ),
        reproducesPain: component("reproduces-pain")?.valueBoolean ?? false,
        notes: o.note?.[0]?.text ?? null,
        recordedAt: required(o.effectiveDateTime, "finding time"),
      };
    }),
    screens: responses
      .filter((r) => questionnaireOf(r.questionnaire) === "screen")
      .map((r) => ({
        id: r.id!,
        ...(r.encounter ? visit(r.encounter) : { intakeId: null, noteId: null }),
        recordedAt: required(r.authored, "screen time"),
        answers: (r.item ?? []).map((item) => ({
          contraindicationId: item.linkId,
          answer: oneOf(
            item.answer?.[0]?.valueCoding?.code,
            ["yes", "no", "unknown"] as const,
            "screen answer",
          ) as ScreenAnswer,
          note: item.answer?.[0]?.item?.[0]?.answer?.[0]?.valueString ?? null,
        })),
      })),
    flags: all("Flag").map(flagOf),
    plans: all("CarePlan").map(planOf),
    outcomes: [...observations, ...responses].filter(kind("outcome")).map((r) => outcomeOf(r, observations)),
    painLogs: observations.filter(kind("pain-log")).map((o) => ({
      day: required(identifierValue(o.identifier), "pain log day"),
      score: required(o.valueInteger, "pain log score"),
      note: o.note?.[0]?.text ?? null,
      loggedAt: required(o.issued, "pain log time"),
    })),
  };
}

function clientOf(p: Patient): ClientRecord["client"] {
  const consent = findExt(p.extension, "consent-to-treatment")?.extension;
  return {
    id: p.id!,
    givenName: required(p.name?.[0]?.given?.[0], "given name"),
    familyName: required(p.name?.[0]?.family, "family name"),
    dateOfBirth: p.birthDate ?? null,
    email: p.telecom?.find((t) => t.system === "email")?.value ?? null,
    phone: p.telecom?.find((t) => t.system === "phone")?.value ?? null,
    status: oneOf(
      findExt(p.extension, "client-status")?.valueCode,
      ["prospect", "active", "discharged"] as const,
      "status",
    ),
    consentName: consent?.find((e) => e.url === "name")?.valueString ?? null,
    consentAt: consent?.find((e) => e.url === "at")?.valueDateTime ?? null,
  };
}

function flagOf(f: Flag): FlagRecord {
  const part = (name: string, url: string) => findExt(f.extension, name)?.extension?.find((e) => e.url === url);
  return {
    id: f.id!,
    contraindicationId: required(
      f.code.coding?.find((c) => c.system === appSystem("contraindication"))?.code,
      "contraindication",
    ),
    status: oneOf(
      findExt(f.extension, "flag-status")?.valueCode,
      ["open", "resolved", "cleared"] as const,
      "flag status",
    ),
    openedAt: required(f.period?.start, "flag opened"),
    screenId: required(
      refId(findExt(f.extension, "opened-by-screen")?.valueReference, "QuestionnaireResponse"),
      "flag's screen",
    ),
    resolvedByScreenId:
      refId(findExt(f.extension, "resolved-by-screen")?.valueReference, "QuestionnaireResponse") ?? null,
    note: findExt(f.extension, "flag-note")?.valueString ?? null,
    referredTo: part("referral", "to")?.valueString ?? null,
    referredOn: part("referral", "on")?.valueDate ?? null,
    referralNote: part("referral", "note")?.valueString ?? null,
    clearedBy: part("clearance", "by")?.valueString ?? null,
    clearedOn: part("clearance", "on")?.valueDate ?? null,
    clearanceNote: part("clearance", "note")?.valueString ?? null,
    closedAt: f.period?.end ?? null,
  };
}

function planOf(c: CarePlan): PlanRecord {
  const rule = findExt(c.extension, "unlock-rule")?.extension ?? [];
  const n = (url: string) => required(rule.find((e) => e.url === url)?.valueInteger, `unlock rule ${url}`);
  const type = rule.find((e) => e.url === "type")?.valueCode;
  const gate: Gate =
    type === "date"
      ? { type, date: required(rule.find((e) => e.url === "date")?.valueDate, "unlock date") }
      : type === "pain-threshold"
        ? { type, threshold: n("threshold"), days: n("days") }
        : type === "pain-drop"
          ? { type, drop: n("drop") }
          : type === "lefs-gain"
            ? { type, gain: n("gain") }
            : { type: "manual" };
  return {
    id: c.id!,
    intakeId: refId(c.addresses?.[0], "Condition") ?? null,
    status: c.status === "completed" ? "archived" : oneOf(c.status, ["draft", "active"] as const, "plan status"),
    gate,
    advancedAt: findExt(c.extension, "advanced-at")?.valueDateTime ?? null,
    outcomeEveryDays: findExt(c.extension, "outcome-every-days")?.valueInteger ?? null,
    createdAt: required(c.created, "plan created"),
    publishedVersions: findExt(c.extension, "published-versions")?.valueInteger ?? 0,
    entries: (c.activity ?? []).map((a) => {
      const d = a.detail;
      const dosage = Object.fromEntries(
        (findExt(d?.extension, "dosage")?.extension ?? []).map((e) => [e.url, e.valueDecimal]),
      ) as Dosage;
      return {
        key: required(findExt(d?.extension, "entry-key")?.valueString, "entry key"),
        itemId: required(d?.code?.coding?.find((x) => x.system === appSystem("plan-item"))?.code, "plan item"),
        itemName: d?.code?.text ?? "",
        phase: oneOf(findExt(d?.extension, "plan-phase")?.valueCode, PLAN_PHASES, "phase") as PlanPhase,
        position: required(findExt(d?.extension, "entry-position")?.valueInteger, "entry position"),
        dosage,
        note: a.progress?.[0]?.text ?? null,
      };
    }),
  };
}

function outcomeOf(r: Observation | QuestionnaireResponse, observations: readonly Observation[]): OutcomeRecord {
  const common = {
    id: r.id!,
    measureVersion: required(findExt(r.extension, "measure-version")?.valueInteger, "measure version"),
    occasion: oneOf(
      findExt(r.extension, "occasion")?.valueCode,
      ["intake", "follow-up", "discharge"] as const,
      "occasion",
    ),
    startedAt: required(findExt(r.extension, "started-at")?.valueDateTime, "started"),
  };
  if (r.resourceType === "Observation") {
    const rating = required(r.valueInteger, "NPRS rating");
    const done = r.status === "final";
    return {
      ...common,
      measure: "nprs",
      answers: { rating },
      score: done ? rating : null,
      completedAt: done ? r.effectiveDateTime! : null,
    };
  }
  const done = r.status === "completed";
  const completedAt = done ? required(r.authored, "completed") : null;
  if (questionnaireOf(r.questionnaire) === "psfs") {
    const items = psfsItems(r);
    const mean = items.length ? scorePsfs(items.map((i) => i.score)) : null;
    return { ...common, measure: "psfs", answers: { items }, score: done ? mean : null, completedAt };
  }
  const total = observations.find(
    (o) => identifierKind(o.identifier) === "outcome-total" && identifierValue(o.identifier) === r.id,
  );
  const items = Object.fromEntries(
    (r.item ?? []).map((i) => [
      i.linkId,
      i.answer?.[0]?.valueCoding?.code !== undefined ? Number(i.answer[0].valueCoding.code) : null,
    ]),
  );
  return { ...common, measure: "lefs", answers: { items }, score: total?.valueInteger ?? null, completedAt };
}

function psfsItems(r: QuestionnaireResponse) {
  return groups(r.item, "activity").map((g) => ({
    activity: required(str(g, "activity-name"), "PSFS activity"),
    score: required(first(g, "activity-score")?.valueInteger, "PSFS score"),
  }));
}

type Items = QuestionnaireResponseItem[] | undefined;
const first = (items: Items, linkId: string) => items?.find((i) => i.linkId === linkId)?.answer?.[0];
const str = (items: Items, linkId: string) => first(items, linkId)?.valueString ?? null;
const groups = (items: Items, linkId: string) => (items ?? []).filter((i) => i.linkId === linkId).map((i) => i.item);

function fail(what: string): never {
  throw new ImportError(`missing or unknown ${what}`);
}
function required<T>(value: T | null | undefined, what: string): T {
  return value === undefined || value === null ? fail(what) : value;
}
function oneOf<T extends string>(value: string | null | undefined, allowed: readonly T[], what: string): T {
  return allowed.includes(value as T) ? (value as T) : fail(what);
}
