// Referrals and clearances of a client's contraindication flags.
import "server-only";
import { and, eq } from "drizzle-orm";
import { flags } from "@/db/schema";
import { audit } from "./internal/audit";
import { scopeChild } from "./internal/scope";

export type { FlagDto } from "./internal/flags";

/** What recording a referral or a clearance answers: done, or the flag was already closed. */
export type FlagResult = { ok: true; clientId: string } | { ok: false; clientId: string; code: "flag.already-closed" };

/** Records where an open flag's client was referred; a closed flag keeps its record as it was. */
export async function recordReferral(
  flagId: string,
  input: { referredTo: string; referredOn: string; referralNote: string | null },
): Promise<FlagResult> {
  const { viewer, row, database } = await scopeChild("flag.referral", "flag", flagId);
  return database.transaction(async (tx): Promise<FlagResult> => {
    const updated = await tx
      .update(flags)
      .set({ ...input, referralRecordedBy: viewer.userId, referralRecordedAt: new Date() })
      .where(and(eq(flags.id, flagId), eq(flags.practiceId, viewer.practiceId), eq(flags.status, "open")))
      .returning({ id: flags.id });
    if (updated.length === 0) return { ok: false, clientId: row.clientId, code: "flag.already-closed" };
    await audit(tx, viewer, { action: "flag.referral", objectType: "flag", objectId: flagId, outcome: "allowed" });
    return { ok: true, clientId: row.clientId };
  });
}

export type ClearanceResult =
  { ok: true; clientId: string } | { ok: false; clientId: string; code: "flag.already-closed" };

/** Closes a flag with a recorded clearance: who cleared it, when, and their note. */
export async function recordClearance(
  flagId: string,
  input: { clearedBy: string; clearedOn: string; clearanceNote: string | null },
): Promise<ClearanceResult> {
  const { viewer, row, database } = await scopeChild("flag.clearance", "flag", flagId);
  return database.transaction(async (tx): Promise<ClearanceResult> => {
    const updated = await tx
      .update(flags)
      .set({ ...input, status: "cleared", clearanceRecordedBy: viewer.userId, closedAt: new Date() })
      .where(and(eq(flags.id, flagId), eq(flags.practiceId, viewer.practiceId), eq(flags.status, "open")))
      .returning({ id: flags.id });
    if (updated.length === 0) return { ok: false, clientId: row.clientId, code: "flag.already-closed" };
    await audit(tx, viewer, { action: "flag.clearance", objectType: "flag", objectId: flagId, outcome: "allowed" });
    return { ok: true, clientId: row.clientId };
  });
}
