import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { findings, intakeActivities, intakes } from "@/db/schema";
import { musclesToExamine } from "@/lib/domain/examination";
import { REFERENCE_VERSION } from "@/lib/domain/reference";
import type { MuscleId } from "@/lib/domain/reference/muscles";
import type { IntakeInput } from "@/lib/validation/intake";
import { audit } from "./audit";
import { findingColumns, type FindingDto } from "./findings";
import { staffClient, staffIntake } from "./scope";

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

export async function createIntake(clientId: string, input: IntakeInput): Promise<string> {
  const { viewer, database } = await staffClient(clientId, "intake.create");
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
      await tx
        .insert(intakeActivities)
        .values(
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
    return row!.id;
  });
}

export async function getIntake(intakeId: string): Promise<IntakeDto> {
  const { viewer, row, database } = await staffIntake(intakeId, "intake.read");
  const activities = await database
    .select({ id: intakeActivities.activityId, frequency: intakeActivities.frequency, notes: intakeActivities.notes })
    .from(intakeActivities)
    .where(and(eq(intakeActivities.intakeId, intakeId), eq(intakeActivities.practiceId, viewer.practiceId)));
  const found = await database
    .select(findingColumns)
    .from(findings)
    .where(and(eq(findings.intakeId, intakeId), eq(findings.practiceId, viewer.practiceId)))
    .orderBy(asc(findings.recordedAt));
  await audit(database, viewer, {
    action: "intake.read",
    objectType: "intake",
    objectId: intakeId,
    outcome: "allowed",
  });
  return {
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
    findings: found as FindingDto[],
  };
}

export interface IntakeSummary {
  id: string;
  createdAt: Date;
  chiefComplaint: string;
  painNow: number;
}

/** The client's episodes of care, newest first. */
export async function listIntakes(clientId: string): Promise<IntakeSummary[]> {
  const { viewer, database } = await staffClient(clientId, "intake.list");
  const rows = await database
    .select({
      id: intakes.id,
      createdAt: intakes.createdAt,
      chiefComplaint: intakes.chiefComplaint,
      painNow: intakes.painNow,
    })
    .from(intakes)
    .where(and(eq(intakes.clientId, clientId), eq(intakes.practiceId, viewer.practiceId)))
    .orderBy(desc(intakes.createdAt));
  await audit(database, viewer, {
    action: "intake.list",
    objectType: "client",
    objectId: clientId,
    outcome: "allowed",
  });
  return rows;
}
