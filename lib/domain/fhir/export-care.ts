import type { CarePlan, DocumentReference, Flag, QuestionnaireResponse } from "@medplum/fhirtypes";
import { describeDosage } from "../dosage";
import { CONTRAINDICATIONS } from "../reference/contraindications";
import { PHASE_TITLES, type Dosage } from "../reference/plan-items";
import type { Gate } from "../phase-gate";
import type { FlagRecord, NoteRecord, PlanRecord, ScreenRecord } from "./record";
import { appCoding, ext, identifierOf, PROGRESS_NOTE_CODE, ref, text, toBase64 } from "./codes";
import { answer } from "./export-clinical";
import { questionnaireCanonical } from "./questionnaires";

/** The screen (QuestionnaireResponse), its flags, the home plan and the notes' documents. */

const visitOf = (row: { intakeId: string | null; noteId: string | null }) => row.intakeId ?? row.noteId;

export function screenResponse(s: ScreenRecord, patientId: string): QuestionnaireResponse {
  const visit = visitOf(s);
  return {
    resourceType: "QuestionnaireResponse",
    id: s.id,
    identifier: identifierOf("screen", s.id)[0],
    questionnaire: questionnaireCanonical("screen"),
    status: "completed",
    subject: ref("Patient", patientId),
    ...(visit ? { encounter: ref("Encounter", visit) } : {}),
    authored: s.recordedAt,
    item: s.answers.map((a) => ({
      linkId: a.contraindicationId,
      answer: [
        {
          valueCoding: appCoding("screen-answer", a.answer),
          ...(a.note ? { item: [answer(`${a.contraindicationId}.note`, { valueString: a.note })] } : {}),
        },
      ],
    })),
  };
}

/** A contraindication flag; the app's three states (open, resolved, cleared) ride in an extension. */
export function flagResource(f: FlagRecord, patientId: string): Flag {
  const c = CONTRAINDICATIONS.find((x) => x.id === f.contraindicationId);
  return {
    resourceType: "Flag",
    id: f.id,
    identifier: identifierOf("flag", f.id),
    status: f.status === "open" ? "active" : "inactive",
    category: [
      {
        coding: [
          { system: "http://terminology.hl7.org/CodeSystem/flag-category", code: "clinical", display: "Clinical" },
        ],
      },
    ],
    code: {
      coding: [appCoding("contraindication", f.contraindicationId, c?.name)],
      text: c
        ? `${c.level === "stop" ? "Stop, refer" : c.level === "local-hold" ? "Local hold" : "Caution"}: ${c.name}`
        : f.contraindicationId,
    },
    subject: ref("Patient", patientId),
    period: { start: f.openedAt, ...(f.closedAt ? { end: f.closedAt } : {}) },
    extension: [
      ...ext("flag-status", { valueCode: f.status }),
      ...ext("opened-by-screen", { valueReference: ref("QuestionnaireResponse", f.screenId) }),
      ...ext(
        "resolved-by-screen",
        f.resolvedByScreenId ? { valueReference: ref("QuestionnaireResponse", f.resolvedByScreenId) } : null,
      ),
      ...ext("flag-note", f.note ? { valueString: f.note } : null),
      ...complex("referral", [
        ["to", f.referredTo && { valueString: f.referredTo }],
        ["on", f.referredOn && { valueDate: f.referredOn }],
        ["note", f.referralNote && { valueString: f.referralNote }],
      ]),
      ...complex("clearance", [
        ["by", f.clearedBy && { valueString: f.clearedBy }],
        ["on", f.clearedOn && { valueDate: f.clearedOn }],
        ["note", f.clearanceNote && { valueString: f.clearanceNote }],
      ]),
    ],
  };
}

/** A complex extension of the parts that have a value, or none when no part has. */
function complex(name: string, parts: [string, object | null | ""][]) {
  const present = parts.filter((p): p is [string, object] => Boolean(p[1]));
  return ext(name, present.length ? { extension: present.map(([url, v]) => ({ url, ...v })) } : null);
}

/** The unlock rule in words, for a receiver that reads no extension. */
export function gateText(g: Gate): string {
  switch (g.type) {
    case "manual":
      return "Phase 2 unlocks when the therapist advances the plan.";
    case "date":
      return `Phase 2 unlocks on ${g.date}.`;
    case "pain-threshold":
      return `Phase 2 unlocks after ${g.days} days of pain at or below ${g.threshold}.`;
    case "pain-drop":
      return `Phase 2 unlocks when pain has dropped ${g.drop} points from intake.`;
    case "lefs-gain":
      return `Phase 2 unlocks when the LEFS has improved by at least ${g.gain} points.`;
  }
}

const DOSAGE_KEYS = ["sets", "reps", "holdSeconds", "minutes", "timesPerDay", "daysPerWeek"] as const;

/**
 * The home plan: its entries as ordered activities (relax, then strengthen, then load
 * management, as DOMAIN.md rule 1 orders them), each naming its phase, and the unlock rule.
 */
export function carePlanOf(p: PlanRecord, patientId: string): CarePlan {
  const g = p.gate;
  return {
    resourceType: "CarePlan",
    id: p.id,
    identifier: identifierOf("plan", p.id),
    status: p.status === "archived" ? "completed" : p.status,
    intent: "plan",
    title: "Home plan",
    description: gateText(g),
    subject: ref("Patient", patientId),
    created: p.createdAt,
    ...(p.intakeId ? { addresses: [ref("Condition", p.intakeId)] } : {}),
    extension: [
      ...ext("unlock-rule", {
        extension: [
          { url: "type", valueCode: g.type },
          ...(g.type === "date" ? [{ url: "date", valueDate: g.date }] : []),
          ...(g.type === "pain-threshold"
            ? [
                { url: "threshold", valueInteger: g.threshold },
                { url: "days", valueInteger: g.days },
              ]
            : []),
          ...(g.type === "pain-drop" ? [{ url: "drop", valueInteger: g.drop }] : []),
          ...(g.type === "lefs-gain" ? [{ url: "gain", valueInteger: g.gain }] : []),
        ],
      }),
      ...ext("advanced-at", p.advancedAt ? { valueDateTime: p.advancedAt } : null),
      ...ext("outcome-every-days", p.outcomeEveryDays ? { valueInteger: p.outcomeEveryDays } : null),
      ...ext("published-versions", { valueInteger: p.publishedVersions }),
    ],
    activity: p.entries.map((e) => ({
      ...(e.note ? { progress: [{ text: e.note }] } : {}),
      detail: {
        extension: [
          ...ext("plan-phase", { valueCode: e.phase }),
          ...ext("entry-key", { valueString: e.key }),
          ...ext("entry-position", { valueInteger: e.position }),
          ...ext("dosage", dosageExtension(e.dosage)),
        ],
        code: { coding: [appCoding("plan-item", e.itemId, e.itemName)], text: e.itemName },
        status: activityStatus(p, e.phase),
        scheduledString: PHASE_TITLES[e.phase],
        description: text(describeDosage(e.dosage)),
      },
    })),
  };
}

function dosageExtension(d: Dosage) {
  const parts = DOSAGE_KEYS.filter((k) => d[k] !== undefined).map((k) => ({ url: k, valueDecimal: d[k]! }));
  return parts.length ? { extension: parts } : null;
}

/** Relax runs from publication; strengthen once the plan has been advanced (or its gate met). */
function activityStatus(p: PlanRecord, phase: string) {
  if (p.status === "archived") return "completed" as const;
  if (p.status === "draft") return "not-started" as const;
  return phase === "strengthen" && !p.advancedAt ? ("not-started" as const) : ("in-progress" as const);
}

const SECTIONS = [
  ["subjective", "Subjective"],
  ["assessment", "Assessment"],
  ["plan", "Plan"],
] as const;

const attachment = (title: string, body: string) => ({
  attachment: { contentType: "text/plain; charset=utf-8", title, ...(body ? { data: toBase64(body) } : {}) },
});

/** A session note's text (a signed note final, a draft preliminary) and its dated amendments. */
export function noteDocuments(n: NoteRecord, patientId: string): DocumentReference[] {
  const subject = ref("Patient", patientId);
  const note: DocumentReference = {
    resourceType: "DocumentReference",
    id: n.id,
    identifier: identifierOf("note", n.id),
    status: "current",
    docStatus: n.status === "signed" ? "final" : "preliminary",
    type: PROGRESS_NOTE_CODE,
    subject,
    date: n.signedAt ?? n.createdAt,
    content: SECTIONS.map(([key, title]) => attachment(title, n[key])),
    context: { encounter: [ref("Encounter", n.id)], period: { start: n.visitDate } },
  };
  const amendments = n.amendments.map((a): DocumentReference => ({
    resourceType: "DocumentReference",
    id: a.id,
    identifier: identifierOf("amendment", a.id),
    status: "current",
    docStatus: "final",
    type: PROGRESS_NOTE_CODE,
    subject,
    date: a.createdAt,
    relatesTo: [{ code: "appends", target: ref("DocumentReference", n.id) }],
    content: [attachment("Amendment", a.body)],
    context: { encounter: [ref("Encounter", n.id)] },
  }));
  return [note, ...amendments];
}
