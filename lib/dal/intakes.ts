// Intakes: a new episode of care, and the intake page.
import "server-only";
import { and, eq } from "drizzle-orm";
import { clients, intakeActivities, intakes } from "@/db/schema";
import { statusOnIntake } from "@/lib/domain/client-status";
import { musclesToExamine } from "@/lib/domain/examination";
import { REFERENCE_VERSION } from "@/lib/domain/reference";
import { MUSCLES, type MuscleId } from "@/lib/domain/reference/muscles";
import type { IntakeInput } from "@/lib/validation/intake";
import { audit } from "./internal/audit";
import { headerOf, type ClientHeader } from "./internal/client-header";
import { loadFlags } from "./internal/flags";
import { loadPreVisitPrefill } from "./internal/pre-visit";
import { scopeChild, scopeClient } from "./internal/scope";
import { loadFindings, loadScreens, type FindingDto, type VisitScreen } from "./internal/visit";

export type { FindingDto, VisitScreen } from "./internal/visit";

export interface IntakeDto {
  id: string;
  clientId: string;
  createdAt: Date;
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
  activities: { id: string; frequency: string | null; notes: string | null }[];
  /** Muscles to examine, from the activity causes (lib/domain/examination.ts). */
  suggestedMuscles: MuscleId[];
  findings: FindingDto[];
}

/** The intake page: the intake, its findings and its latest screen, under the client's header. */
export interface IntakeScreen {
  timeZone: string;
  header: ClientHeader;
  intake: IntakeDto;
  screen: VisitScreen | null;
  /** The client's latest screen at any visit: the answers the screen form starts from. */
  lastScreen: VisitScreen | null;
}

export async function createIntake(clientId: string, input: IntakeInput): Promise<string> {
  const { viewer, client, database } = await scopeClient("intake.create", clientId);
  const status = statusOnIntake(client.status);
  return database.transaction(async (tx) => {
    const { activities, ...fields } = input;
    const [row] = await tx
      .insert(intakes)
      .values({
        ...fields,
        practiceId: viewer.practiceId,
        clientId,
        createdBy: viewer.userId,
        refVersion: REFERENCE_VERSION,
      })
      .returning({ id: intakes.id });
    if (activities.length > 0) {
      await tx.insert(intakeActivities).values(
        activities.map((a) => ({
          practiceId: viewer.practiceId,
          intakeId: row!.id,
          activityId: a.id,
          frequency: a.frequency,
          notes: a.notes,
        })),
      );
    }
    await audit(tx, viewer, {
      action: "intake.create",
      objectType: "intake",
      objectId: row!.id,
      outcome: "allowed",
      detail: { clientId },
    });
    if (status) {
      await tx
        .update(clients)
        .set({ status, updatedAt: new Date() })
        .where(and(eq(clients.id, clientId), eq(clients.practiceId, viewer.practiceId)));
      await audit(tx, viewer, {
        action: "client.status",
        objectType: "client",
        objectId: clientId,
        outcome: "allowed",
        detail: { from: client.status, to: status, intakeId: row!.id },
      });
    }
    return row!.id;
  });
}

/** The intake fields the client's pre-visit form answered, in the intake form's terms. */
export interface IntakePrefill {
  submittedAt: Date;
  chiefComplaint: string;
  painSites: { site: string; side: "left" | "right" | "both" }[];
  onsetDate: string | null;
  medicalHistory: string | null;
  medications: string | null;
  activities: string[];
}

const MUSCLE_NAMES = new Map<string, string>(MUSCLES.map((m) => [m.id, m.name]));

/** Marked regions as intake pain sites: a muscle marked on both legs is one site, side "both"; the intake holds 6. */
function painSitesOf(marked: readonly { muscleId: string; side: "left" | "right" }[]): IntakePrefill["painSites"] {
  const sides = new Map<string, "left" | "right" | "both">();
  for (const { muscleId, side } of marked) {
    const had = sides.get(muscleId);
    sides.set(muscleId, had && had !== side ? "both" : side);
  }
  return [...sides].slice(0, 6).map(([id, side]) => ({ site: MUSCLE_NAMES.get(id) ?? id, side }));
}

/**
 * The new-intake page: the client's header and, when the client sent a pre-visit form since their
 * last intake, the answers the form starts from; for whoever may record an intake (not the front desk).
 */
export async function getNewIntakeScreen(
  clientId: string,
): Promise<{ header: ClientHeader; prefill: IntakePrefill | null; timeZone: string }> {
  const { viewer, client, database } = await scopeClient("intake.create", clientId);
  const [flags, form] = await Promise.all([
    loadFlags(database, viewer.practiceId, clientId, "open"),
    loadPreVisitPrefill(database, viewer.practiceId, clientId),
  ]);
  await audit(database, viewer, {
    action: "client.read",
    objectType: "client",
    objectId: clientId,
    outcome: "allowed",
    detail: form ? { shown: ["header", "pre-visit"] } : undefined,
  });
  const prefill: IntakePrefill | null = form && {
    submittedAt: form.submittedAt,
    // The intake has no field for how it started: it joins the complaint, in the client's words.
    chiefComplaint: form.onset ? `${form.complaint}\n\nHow it started: ${form.onset}` : form.complaint,
    painSites: painSitesOf(form.painSites),
    onsetDate: form.onsetDate,
    medicalHistory: form.medicalHistory,
    medications: form.medications,
    activities: form.activities,
  };
  return { header: headerOf(client, flags.open, viewer.role), prefill, timeZone: viewer.timeZone };
}

/** One intake of one client: an intake of another client under this address is not found. */
export async function getIntakeScreen(clientId: string, intakeId: string): Promise<IntakeScreen> {
  const { viewer, client, row, database } = await scopeChild("intake.read", "intake", intakeId, clientId);
  const { practiceId } = viewer;
  const [flags, activities, found, { screen, lastScreen }] = await Promise.all([
    loadFlags(database, practiceId, clientId, "open"),
    database
      .select({ id: intakeActivities.activityId, frequency: intakeActivities.frequency, notes: intakeActivities.notes })
      .from(intakeActivities)
      .where(and(eq(intakeActivities.intakeId, intakeId), eq(intakeActivities.practiceId, practiceId))),
    loadFindings(database, practiceId, { intakeId }),
    loadScreens(database, practiceId, clientId, { intakeId }),
  ]);
  await audit(database, viewer, {
    action: "intake.read",
    objectType: "intake",
    objectId: intakeId,
    outcome: "allowed",
    detail: { shown: ["header", "intake", "findings", "screen"] },
  });
  return {
    timeZone: viewer.timeZone,
    header: headerOf(client, flags.open, viewer.role),
    screen,
    lastScreen,
    intake: {
      id: row.id,
      clientId: row.clientId,
      createdAt: row.createdAt,
      chiefComplaint: row.chiefComplaint,
      painSites: row.painSites,
      onsetDate: row.onsetDate,
      duration: row.duration,
      aggravating: row.aggravating,
      easing: row.easing,
      painNow: row.painNow,
      psfs: row.psfs,
      medicalHistory: row.medicalHistory,
      medications: row.medications,
      activities,
      suggestedMuscles: musclesToExamine(activities.map((a) => a.id)),
      findings: found,
    },
  };
}
