// FHIR import (issue 15, part 6): a bundle of this app's export (Patient/$everything) into a
// practice, for a client moving practices. Run by the operator from the command line
// (npm run practice -- import-fhir), like the practice's creation, and audited as such.
import "server-only";
import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import type { Bundle, Resource } from "@medplum/fhirtypes";
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
  planVersions,
  practices,
  screeningAnswers,
  screenings,
  sessionNotes,
  users,
} from "@/db/schema";
import { fromResources, ImportError } from "@/lib/domain/fhir/from-resources";
import { publishEntries } from "@/lib/domain/plan-builder";
import { REFERENCE_VERSION } from "@/lib/domain/reference/version";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { loadFlags, refsOf } from "./internal/flags";
import { loadLibrary } from "./internal/library";
import { gateColumns } from "./internal/plan-gate";

export type ImportResult =
  | { ok: true; clientId: string; counts: Record<string, number> }
  | {
      ok: false;
      code: "import.no-practice" | "import.no-admin" | "import.unreadable" | "import.unknown-item";
      detail?: string;
    };

const operator = (practiceId: string) => ({ userId: null, role: "command-line", practiceId });
const date = (s: string | null) => (s ? new Date(s) : null);

/**
 * Recreates the bundle's client in the practice with new ids, every link kept (a finding stays
 * on its visit, a flag on the screen that opened it). Rows name the practice's first admin as
 * their author: the exporting practice's staff have no login here, which the audit row says.
 * One transaction: a bundle that cannot be read whole writes nothing.
 */
export async function importClientBundle(practiceId: string, bundle: Bundle): Promise<ImportResult> {
  let record;
  try {
    if (bundle?.resourceType !== "Bundle") throw new ImportError("not a FHIR Bundle");
    record = fromResources((bundle.entry ?? []).map((e) => e.resource).filter((r): r is Resource => Boolean(r)));
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, code: "import.unreadable", detail: error.message };
    throw error;
  }
  const database = await db();
  const [practice] = await database.select({ id: practices.id }).from(practices).where(eq(practices.id, practiceId));
  if (!practice) return { ok: false, code: "import.no-practice" };
  const [admin] = await database
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.practiceId, practiceId), eq(users.role, "admin")))
    .orderBy(asc(users.createdAt))
    .limit(1);
  if (!admin) return { ok: false, code: "import.no-admin" };
  const itemIds = [...new Set(record.plans.flatMap((p) => p.entries.map((e) => e.itemId)))];
  const known = itemIds.length
    ? await database
        .select({ id: planItems.id })
        .from(planItems)
        .where(
          and(inArray(planItems.id, itemIds), or(isNull(planItems.practiceId), eq(planItems.practiceId, practiceId))),
        )
    : [];
  // A practice's own library items stay with that practice: the importing practice must have them.
  const missing = itemIds.filter((id) => !known.some((k) => k.id === id));
  if (missing.length) return { ok: false, code: "import.unknown-item", detail: missing.join(", ") };

  const by = admin.id;
  const newId = new Map<string, string>();
  const idOf = (old: string | null) => (old ? (newId.get(old) ?? mint(old)) : null);
  const mint = (old: string) => {
    const id = crypto.randomUUID();
    newId.set(old, id);
    return id;
  };
  const c = record.client;
  return database.transaction(async (tx): Promise<ImportResult> => {
    const clientId = crypto.randomUUID();
    await tx.insert(clients).values({
      id: clientId,
      practiceId,
      givenName: c.givenName,
      familyName: c.familyName,
      dateOfBirth: c.dateOfBirth,
      email: c.email,
      phone: c.phone,
      status: c.status,
      consentName: c.consentName,
      consentAt: date(c.consentAt),
      consentRecordedBy: c.consentAt ? by : null,
    });
    const owned = { practiceId, clientId };
    const many = async <T>(rows: T[], insert: (rows: T[]) => Promise<unknown>) => {
      if (rows.length) await insert(rows);
    };
    await many(record.intakes, (rows) =>
      tx.insert(intakes).values(
        rows.map((i) => ({
          ...owned,
          id: idOf(i.id)!,
          createdBy: by,
          createdAt: new Date(i.createdAt),
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
          refVersion: REFERENCE_VERSION,
        })),
      ),
    );
    await many(
      record.intakes.flatMap((i) => i.activities.map((a) => ({ ...a, intakeId: idOf(i.id)! }))),
      (rows) => tx.insert(intakeActivities).values(rows.map((a) => ({ practiceId, ...a }))),
    );
    // Notes go in as drafts and are signed last: a signed note's findings are locked (migration 0004).
    await many(record.notes, (rows) =>
      tx.insert(sessionNotes).values(
        rows.map((n) => ({
          ...owned,
          id: idOf(n.id)!,
          intakeId: idOf(n.intakeId)!,
          therapistId: by,
          visitDate: n.visitDate,
          subjective: n.subjective,
          painNow: n.painNow,
          assessment: n.assessment,
          plan: n.plan,
          createdAt: new Date(n.createdAt),
        })),
      ),
    );
    await many(
      record.notes.flatMap((n) => n.amendments.map((a) => ({ ...a, noteId: idOf(n.id)! }))),
      (rows) =>
        tx.insert(noteAmendments).values(
          rows.map((a) => ({
            id: idOf(a.id)!,
            practiceId,
            noteId: a.noteId,
            authorId: by,
            createdAt: new Date(a.createdAt),
            body: a.body,
          })),
        ),
    );
    await many(record.screens, (rows) =>
      tx.insert(screenings).values(
        rows.map((s) => ({
          ...owned,
          id: idOf(s.id)!,
          intakeId: idOf(s.intakeId),
          sessionNoteId: idOf(s.noteId),
          recordedBy: by,
          recordedAt: new Date(s.recordedAt),
        })),
      ),
    );
    await many(
      record.screens.flatMap((s) => s.answers.map((a) => ({ ...a, screeningId: idOf(s.id)! }))),
      (rows) => tx.insert(screeningAnswers).values(rows.map((a) => ({ practiceId, ...a }))),
    );
    await many(record.findings, (rows) =>
      tx.insert(findings).values(
        rows.map((f) => ({
          ...owned,
          id: idOf(f.id)!,
          intakeId: idOf(f.intakeId),
          sessionNoteId: idOf(f.noteId),
          muscleId: f.muscleId,
          side: f.side,
          tenderness: f.tenderness,
          pointType: f.pointType,
          reproducesPain: f.reproducesPain,
          notes: f.notes,
          recordedBy: by,
          recordedAt: new Date(f.recordedAt),
        })),
      ),
    );
    await many(record.flags, (rows) =>
      tx.insert(flags).values(
        rows.map((f) => ({
          ...owned,
          id: idOf(f.id)!,
          contraindicationId: f.contraindicationId,
          status: f.status,
          openedAt: new Date(f.openedAt),
          openedBy: by,
          openedByScreening: idOf(f.screenId)!,
          resolvedByScreening: idOf(f.resolvedByScreenId),
          note: f.note,
          referredTo: f.referredTo,
          referredOn: f.referredOn,
          referralNote: f.referralNote,
          referralRecordedBy: f.referredTo ? by : null,
          referralRecordedAt: f.referredTo ? new Date(f.openedAt) : null,
          clearedBy: f.clearedBy,
          clearedOn: f.clearedOn,
          clearanceNote: f.clearanceNote,
          clearanceRecordedBy: f.clearedBy ? by : null,
          closedAt: date(f.closedAt),
        })),
      ),
    );
    await many(record.plans, (rows) =>
      tx.insert(plans).values(
        rows.map((p) => ({
          ...owned,
          id: idOf(p.id)!,
          intakeId: idOf(p.intakeId),
          status: p.status,
          ...gateColumns(p.gate),
          advancedAt: date(p.advancedAt),
          advancedBy: p.advancedAt ? by : null,
          outcomeEveryDays: p.outcomeEveryDays,
          createdBy: by,
          createdAt: new Date(p.createdAt),
          publishedVersions: p.publishedVersions,
        })),
      ),
    );
    await many(
      record.plans.flatMap((p) => p.entries.map((e) => ({ ...e, planId: idOf(p.id)! }))),
      (rows) =>
        tx.insert(planEntries).values(
          rows.map((e) => ({
            practiceId,
            planId: e.planId,
            key: e.key,
            itemId: e.itemId,
            phase: e.phase,
            position: e.position,
            dosage: e.dosage,
            note: e.note,
          })),
        ),
    );
    // What the client follows: the plan as published, once, from its entries (the history of
    // earlier versions stays with the exporting practice).
    const published = record.plans.filter((p) => p.publishedVersions > 0);
    if (published.length) {
      const library = await loadLibrary(tx, practiceId);
      const openFlags = refsOf((await loadFlags(tx, practiceId, clientId, "open")).open);
      await tx.insert(planVersions).values(
        published.map((p) => ({
          practiceId,
          planId: idOf(p.id)!,
          version: p.publishedVersions,
          entries: publishEntries(
            p.entries.map((e) => ({ key: e.key, itemId: e.itemId, phase: e.phase, dosage: e.dosage, note: e.note })),
            { library, openFlags, newKey: () => crypto.randomUUID() },
          ),
          publishedBy: by,
        })),
      );
    }
    await many(record.outcomes, (rows) =>
      tx.insert(outcomeEntries).values(
        rows.map((o) => ({
          ...owned,
          id: idOf(o.id)!,
          measure: o.measure,
          measureVersion: o.measureVersion,
          occasion: o.occasion,
          answers: o.answers,
          score: o.score,
          recordedBy: by,
          startedAt: new Date(o.startedAt),
          updatedAt: new Date(o.completedAt ?? o.startedAt),
          completedAt: date(o.completedAt),
        })),
      ),
    );
    await many(record.painLogs, (rows) =>
      tx
        .insert(painLogs)
        .values(
          rows.map((l) => ({ ...owned, day: l.day, score: l.score, note: l.note, loggedAt: new Date(l.loggedAt) })),
        ),
    );
    const signed = record.notes.filter((n) => n.status === "signed");
    for (const n of signed) {
      await tx
        .update(sessionNotes)
        .set({ status: "signed", signedAt: date(n.signedAt), signedBy: by })
        .where(eq(sessionNotes.id, idOf(n.id)!));
    }
    const counts = {
      intakes: record.intakes.length,
      notes: record.notes.length,
      findings: record.findings.length,
      screens: record.screens.length,
      flags: record.flags.length,
      plans: record.plans.length,
      outcomes: record.outcomes.length,
      painLogs: record.painLogs.length,
    };
    await audit(tx, operator(practiceId), {
      action: "client.import",
      objectType: "client",
      objectId: clientId,
      outcome: "allowed",
      detail: { via: "command line", format: "fhir-r4", from: c.id, counts, authoredAs: by },
    });
    return { ok: true, clientId, counts };
  });
}
