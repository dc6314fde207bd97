/**
 * Rules of the clinical record (DOMAIN.md "Rules the app enforces" 3; issue: the screen is
 * re-asked at each session). Pure: callers pass what they loaded.
 */
export interface NoteForSigning {
  status: "draft" | "signed";
  subjective: string;
  assessment: string;
  plan: string;
}

export type SignBlocker = "note.already-signed" | "note.consent-missing" | "note.screen-missing" | "note.empty";

/** What the record holds around the note: the visit's screen, and the client's consent. */
export interface SigningContext {
  /** A contraindication screen was recorded at this visit. */
  screenRecorded: boolean;
  /** The client's consent to treatment is on file (typed name and time, in the clinic or the portal). */
  consentRecorded: boolean;
}

/**
 * Why this note cannot be signed yet; empty when it can.
 *
 * Consent before treatment: a signed note records treatment given, so it needs the client's
 * consent to treatment on file first (issue 13, bug 5). Neither DOMAIN.md nor the seeds speak of
 * consent; the rule is the professions' own, e.g. the HCPC's Standards of conduct, performance
 * and ethics (valid consent before care or treatment) and the AMTA Code of Ethics (informed
 * consent before treatment).
 */
export function signBlockers(note: NoteForSigning, context: SigningContext): SignBlocker[] {
  if (note.status === "signed") return ["note.already-signed"];
  const reasons: SignBlocker[] = [];
  if (!context.consentRecorded) reasons.push("note.consent-missing");
  if (!context.screenRecorded) reasons.push("note.screen-missing");
  if (!note.subjective.trim() && !note.assessment.trim() && !note.plan.trim()) reasons.push("note.empty");
  return reasons;
}

/** One muscle and side across visits, oldest first, e.g. popliteus left: 7 → 4 → 2. */
export interface VisitFindings {
  visitId: string;
  findings: ReadonlyArray<{ muscleId: string; side: "left" | "right"; tenderness: number }>;
}

export interface FindingTrend {
  muscleId: string;
  side: "left" | "right";
  /** Tenderness per visit, in visit order; null where the muscle was not measured. */
  values: (number | null)[];
}

export function findingTrends(visits: readonly VisitFindings[], muscleOrder: readonly string[]): FindingTrend[] {
  const keys = new Map<string, { muscleId: string; side: "left" | "right" }>();
  for (const v of visits)
    for (const f of v.findings) keys.set(`${f.muscleId}:${f.side}`, { muscleId: f.muscleId, side: f.side });
  const trends = [...keys.values()].map(({ muscleId, side }) => ({
    muscleId,
    side,
    values: visits.map((v) => v.findings.find((f) => f.muscleId === muscleId && f.side === side)?.tenderness ?? null),
  }));
  const rank = (t: FindingTrend) => muscleOrder.indexOf(t.muscleId) * 2 + (t.side === "left" ? 0 : 1);
  return trends.sort((a, b) => rank(a) - rank(b));
}

/** "7 → 4 → 2", skipping visits where it was not measured. */
export function describeTrend(values: readonly (number | null)[]): string {
  return values.filter((v): v is number => v !== null).join(" → ");
}
