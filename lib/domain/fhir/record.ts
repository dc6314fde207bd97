import type { Gate } from "../phase-gate";
import type { Dosage, PlanPhase } from "../reference/plan-items";

/**
 * A client's record as the FHIR export and import see it (issue 15, parts 5 and 6): the DAL
 * gathers it, `toBundle` maps it to FHIR R4 resources, and `fromResources` maps a bundle back to
 * it, so an import reproduces exactly what an export held. Times are ISO strings, days
 * yyyy-mm-dd; ids are the exporting database's (an import makes new ones and keeps the links).
 * Who wrote a row is not carried: staff of one practice are not logins of another.
 */
export interface ClientRecord {
  client: {
    id: string;
    givenName: string;
    familyName: string;
    dateOfBirth: string | null;
    email: string | null;
    phone: string | null;
    status: "prospect" | "active" | "discharged";
    consentName: string | null;
    consentAt: string | null;
  };
  intakes: IntakeRecord[];
  notes: NoteRecord[];
  findings: FindingRecord[];
  screens: ScreenRecord[];
  flags: FlagRecord[];
  plans: PlanRecord[];
  outcomes: OutcomeRecord[];
  painLogs: { day: string; score: number; note: string | null; loggedAt: string }[];
}

export interface IntakeRecord {
  id: string;
  createdAt: string;
  chiefComplaint: string;
  painSites: { site: string; side: "left" | "right" | "both" }[];
  onsetDate: string | null;
  duration: string | null;
  aggravating: string | null;
  easing: string | null;
  painNow: number;
  psfs: { activity: string; score: number }[];
  medicalHistory: string | null;
  medications: string | null;
  activities: { activityId: string; frequency: string | null; notes: string | null }[];
}

export interface NoteRecord {
  id: string;
  intakeId: string;
  visitDate: string;
  subjective: string;
  painNow: number | null;
  assessment: string;
  plan: string;
  status: "draft" | "signed";
  createdAt: string;
  signedAt: string | null;
  amendments: { id: string; createdAt: string; body: string }[];
}

export interface FindingRecord {
  id: string;
  /** The visit it was measured at: exactly one of the two. */
  intakeId: string | null;
  noteId: string | null;
  muscleId: string;
  side: "left" | "right";
  tenderness: number;
  pointType: "active" | "latent";
  reproducesPain: boolean;
  notes: string | null;
  recordedAt: string;
}

export type ScreenAnswer = "yes" | "no" | "unknown";

export interface ScreenRecord {
  id: string;
  intakeId: string | null;
  noteId: string | null;
  recordedAt: string;
  answers: { contraindicationId: string; answer: ScreenAnswer; note: string | null }[];
}

export interface FlagRecord {
  id: string;
  contraindicationId: string;
  status: "open" | "resolved" | "cleared";
  openedAt: string;
  /** The screen whose answer opened it, and the one whose "no" resolved it. */
  screenId: string;
  resolvedByScreenId: string | null;
  note: string | null;
  referredTo: string | null;
  referredOn: string | null;
  referralNote: string | null;
  clearedBy: string | null;
  clearedOn: string | null;
  clearanceNote: string | null;
  closedAt: string | null;
}

export interface PlanRecord {
  id: string;
  intakeId: string | null;
  status: "draft" | "active" | "archived";
  gate: Gate;
  advancedAt: string | null;
  outcomeEveryDays: number | null;
  createdAt: string;
  publishedVersions: number;
  /** The working copy's entries in plan order (relax, strengthen, load; by position within). */
  entries: {
    key: string;
    itemId: string;
    itemName: string;
    phase: PlanPhase;
    position: number;
    dosage: Dosage;
    note: string | null;
  }[];
}

/** An entry's answers as stored (db/schema/outcomes.ts says which measure holds which). */
export type OutcomeAnswers =
  { rating: number } | { items: { activity: string; score: number }[] } | { items: Record<string, number | null> };

export interface OutcomeRecord {
  id: string;
  measure: "nprs" | "psfs" | "lefs";
  measureVersion: number;
  occasion: "intake" | "follow-up" | "discharge";
  answers: OutcomeAnswers;
  score: number | null;
  startedAt: string;
  completedAt: string | null;
}
