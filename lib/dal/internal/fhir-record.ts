// The records the FHIR export maps (lib/domain/fhir/record.ts), for a page of clients at once.
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  clients,
  findings,
  flags,
  intakeActivities,
  intakes,
  noteAmendments,
  outcomeEntries,
  painLogs,
  planEntries,
  planItems,
  plans,
  screeningAnswers,
  screenings,
  sessionNotes,
} from "@/db/schema";
import type { ClientRecord } from "@/lib/domain/fhir/record";
import { orderedEntries } from "@/lib/domain/plan-builder";
import { gateOf } from "./plan-gate";

type ClientRow = typeof clients.$inferSelect;
type Select = Pick<Db, "select">;

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** Groups rows by a key, keeping their order. */
function byKey<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

/**
 * Every part of the given clients' records, one statement a table whatever the number of
 * clients (a bulk export passes a page of them), each scoped by the practice as well.
 */
export async function loadRecords(database: Select, practiceId: string, rows: ClientRow[]): Promise<ClientRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((c) => c.id);
  const intakeRows = await database
    .select()
    .from(intakes)
    .where(and(eq(intakes.practiceId, practiceId), inArray(intakes.clientId, ids)))
    .orderBy(asc(intakes.createdAt));
  const activityRows = await database
    .select({
      intakeId: intakeActivities.intakeId,
      activityId: intakeActivities.activityId,
      frequency: intakeActivities.frequency,
      notes: intakeActivities.notes,
      clientId: intakes.clientId,
    })
    .from(intakeActivities)
    .innerJoin(intakes, eq(intakes.id, intakeActivities.intakeId))
    .where(and(eq(intakeActivities.practiceId, practiceId), inArray(intakes.clientId, ids)))
    .orderBy(asc(intakeActivities.activityId));
  const noteRows = await database
    .select()
    .from(sessionNotes)
    .where(and(eq(sessionNotes.practiceId, practiceId), inArray(sessionNotes.clientId, ids)))
    .orderBy(asc(sessionNotes.visitDate), asc(sessionNotes.createdAt));
  const amendmentRows = await database
    .select({
      id: noteAmendments.id,
      noteId: noteAmendments.noteId,
      createdAt: noteAmendments.createdAt,
      body: noteAmendments.body,
    })
    .from(noteAmendments)
    .innerJoin(sessionNotes, eq(sessionNotes.id, noteAmendments.noteId))
    .where(and(eq(noteAmendments.practiceId, practiceId), inArray(sessionNotes.clientId, ids)))
    .orderBy(asc(noteAmendments.createdAt));
  const findingRows = await database
    .select()
    .from(findings)
    .where(and(eq(findings.practiceId, practiceId), inArray(findings.clientId, ids)))
    .orderBy(asc(findings.recordedAt), asc(findings.muscleId), asc(findings.side));
  const screenRows = await database
    .select()
    .from(screenings)
    .where(and(eq(screenings.practiceId, practiceId), inArray(screenings.clientId, ids)))
    .orderBy(asc(screenings.recordedAt));
  const answerRows = await database
    .select({
      screeningId: screeningAnswers.screeningId,
      contraindicationId: screeningAnswers.contraindicationId,
      answer: screeningAnswers.answer,
      note: screeningAnswers.note,
    })
    .from(screeningAnswers)
    .innerJoin(screenings, eq(screenings.id, screeningAnswers.screeningId))
    .where(and(eq(screeningAnswers.practiceId, practiceId), inArray(screenings.clientId, ids)))
    .orderBy(asc(screeningAnswers.contraindicationId));
  const flagRows = await database
    .select()
    .from(flags)
    .where(and(eq(flags.practiceId, practiceId), inArray(flags.clientId, ids)))
    .orderBy(asc(flags.openedAt), asc(flags.contraindicationId));
  const planRows = await database
    .select()
    .from(plans)
    .where(and(eq(plans.practiceId, practiceId), inArray(plans.clientId, ids)))
    .orderBy(asc(plans.createdAt));
  const entryRows = await database
    .select({
      planId: planEntries.planId,
      key: planEntries.key,
      itemId: planEntries.itemId,
      itemName: planItems.name,
      phase: planEntries.phase,
      position: planEntries.position,
      dosage: planEntries.dosage,
      note: planEntries.note,
    })
    .from(planEntries)
    .innerJoin(plans, eq(plans.id, planEntries.planId))
    .innerJoin(planItems, eq(planItems.id, planEntries.itemId))
    .where(and(eq(planEntries.practiceId, practiceId), inArray(plans.clientId, ids)))
    .orderBy(asc(planEntries.position));
  const outcomeRows = await database
    .select()
    .from(outcomeEntries)
    .where(and(eq(outcomeEntries.practiceId, practiceId), inArray(outcomeEntries.clientId, ids)))
    .orderBy(asc(outcomeEntries.startedAt));
  const painRows = await database
    .select()
    .from(painLogs)
    .where(and(eq(painLogs.practiceId, practiceId), inArray(painLogs.clientId, ids)))
    .orderBy(asc(painLogs.day));

  const activitiesOf = byKey(activityRows, (r) => r.intakeId);
  const amendmentsOf = byKey(amendmentRows, (r) => r.noteId);
  const answersOf = byKey(answerRows, (r) => r.screeningId);
  const entriesOf = byKey(entryRows, (r) => r.planId);
  const of = <T extends { clientId: string }>(list: T[]) => byKey(list, (r) => r.clientId);
  const [intakesOf, notesOf, findingsOf, screensOf, flagsOf, plansOf, outcomesOf, painOf] = [
    of(intakeRows),
    of(noteRows),
    of(findingRows),
    of(screenRows),
    of(flagRows),
    of(planRows),
    of(outcomeRows),
    of(painRows),
  ] as const;

  return rows.map((c) => ({
    client: {
      id: c.id,
      givenName: c.givenName,
      familyName: c.familyName,
      dateOfBirth: c.dateOfBirth,
      email: c.email,
      phone: c.phone,
      status: c.status,
      consentName: c.consentName,
      consentAt: isoOrNull(c.consentAt),
    },
    intakes: (intakesOf.get(c.id) ?? []).map((i) => ({
      id: i.id,
      createdAt: iso(i.createdAt),
      chiefComplaint: i.chiefComplaint,
      painSites: i.painSites,
      onsetDate: i.onsetDate,
      duration: i.duration,
      aggravating: i.aggravating,
      easing: i.easing,
      painNow: i.painNow,
      psfs: i.psfs,
      medicalHistory: i.medicalHistory,
      medications: i.medications,
      activities: (activitiesOf.get(i.id) ?? []).map((a) => ({
        activityId: a.activityId,
        frequency: a.frequency,
        notes: a.notes,
      })),
    })),
    notes: (notesOf.get(c.id) ?? []).map((n) => ({
      id: n.id,
      intakeId: n.intakeId,
      visitDate: n.visitDate,
      subjective: n.subjective,
      painNow: n.painNow,
      assessment: n.assessment,
      plan: n.plan,
      status: n.status,
      createdAt: iso(n.createdAt),
      signedAt: isoOrNull(n.signedAt),
      amendments: (amendmentsOf.get(n.id) ?? []).map((a) => ({ id: a.id, createdAt: iso(a.createdAt), body: a.body })),
    })),
    findings: (findingsOf.get(c.id) ?? []).map((f) => ({
      id: f.id,
      intakeId: f.intakeId,
      noteId: f.sessionNoteId,
      muscleId: f.muscleId,
      side: f.side,
      tenderness: f.tenderness,
      pointType: f.pointType,
      reproducesPain: f.reproducesPain,
      notes: f.notes,
      recordedAt: iso(f.recordedAt),
    })),
    screens: (screensOf.get(c.id) ?? []).map((s) => ({
      id: s.id,
      intakeId: s.intakeId,
      noteId: s.sessionNoteId,
      recordedAt: iso(s.recordedAt),
      answers: (answersOf.get(s.id) ?? []).map((a) => ({
        contraindicationId: a.contraindicationId,
        answer: a.answer,
        note: a.note,
      })),
    })),
    flags: (flagsOf.get(c.id) ?? []).map((f) => ({
      id: f.id,
      contraindicationId: f.contraindicationId,
      status: f.status,
      openedAt: iso(f.openedAt),
      screenId: f.openedByScreening,
      resolvedByScreenId: f.resolvedByScreening,
      note: f.note,
      referredTo: f.referredTo,
      referredOn: f.referredOn,
      referralNote: f.referralNote,
      clearedBy: f.clearedBy,
      clearedOn: f.clearedOn,
      clearanceNote: f.clearanceNote,
      closedAt: isoOrNull(f.closedAt),
    })),
    plans: (plansOf.get(c.id) ?? []).map((p) => ({
      id: p.id,
      intakeId: p.intakeId,
      status: p.status,
      gate: gateOf(p),
      advancedAt: isoOrNull(p.advancedAt),
      outcomeEveryDays: p.outcomeEveryDays,
      createdAt: iso(p.createdAt),
      publishedVersions: p.publishedVersions,
      entries: orderedEntries(entriesOf.get(p.id) ?? []) as PlanEntryRow[],
    })),
    outcomes: (outcomesOf.get(c.id) ?? []).map((o) => ({
      id: o.id,
      measure: o.measure as "nprs" | "psfs" | "lefs",
      measureVersion: o.measureVersion,
      occasion: o.occasion as "intake" | "follow-up" | "discharge",
      answers: o.answers,
      score: o.score,
      startedAt: iso(o.startedAt),
      completedAt: isoOrNull(o.completedAt),
    })),
    painLogs: (painOf.get(c.id) ?? []).map((l) => ({
      day: l.day,
      score: l.score,
      note: l.note,
      loggedAt: iso(l.loggedAt),
    })),
  }));
}

type PlanEntryRow = ClientRecord["plans"][number]["entries"][number];
