// Loading a client's contraindication flags.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { flags } from "@/db/schema";
import type { Db } from "@/db/client";
import { sortBySeverity } from "@/lib/domain/flags";
import type { OpenFlagRef } from "@/lib/domain/plan-rules";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";

/** A contraindication flag as the clinic's screens show it. */
export interface FlagDto {
  id: string;
  contraindicationId: ContraindicationId;
  status: "open" | "resolved" | "cleared";
  openedAt: Date;
  note: string | null;
  referredTo: string | null;
  referredOn: string | null;
  referralNote: string | null;
  referralRecordedAt: Date | null;
  clearedBy: string | null;
  clearedOn: string | null;
  clearanceNote: string | null;
  closedAt: Date | null;
}

export interface ClientFlags {
  /** Open flags, most severe first. */
  open: FlagDto[];
  /** Resolved and cleared flags, oldest first. */
  closed: FlagDto[];
}

const columns = {
  id: flags.id,
  contraindicationId: flags.contraindicationId,
  status: flags.status,
  openedAt: flags.openedAt,
  note: flags.note,
  referredTo: flags.referredTo,
  referredOn: flags.referredOn,
  referralNote: flags.referralNote,
  referralRecordedAt: flags.referralRecordedAt,
  clearedBy: flags.clearedBy,
  clearedOn: flags.clearedOn,
  clearanceNote: flags.clearanceNote,
  closedAt: flags.closedAt,
};

/** A client's flags (all of them, or only the open ones). */
export async function loadFlags(
  executor: Pick<Db, "select">,
  practiceId: string,
  clientId: string,
  which: "all" | "open" = "all",
): Promise<ClientFlags> {
  const rows = (await executor
    .select(columns)
    .from(flags)
    .where(
      and(
        eq(flags.clientId, clientId),
        eq(flags.practiceId, practiceId),
        which === "open" ? eq(flags.status, "open") : undefined,
      ),
    )
    .orderBy(asc(flags.openedAt))) as FlagDto[];
  return {
    open: sortBySeverity(rows.filter((f) => f.status === "open")),
    closed: rows.filter((f) => f.status !== "open"),
  };
}

export const refsOf = (open: readonly FlagDto[]): OpenFlagRef[] =>
  open.map((f) => ({ contraindicationId: f.contraindicationId }));
