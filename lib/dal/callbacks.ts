// Callback requests: people whose booking pre-screen said "see a doctor first", for staff to call.
import "server-only";
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { callbackRequests } from "@/db/schema";
import type { PrescreenQuestion } from "@/lib/domain/prescreen";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { auditId, authorize, deny, isId } from "./internal/guard";

export interface CallbackRequestDto {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** The pre-screen questions answered yes. */
  answers: PrescreenQuestion[];
  message: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
  resolution: string | null;
}

/** Open requests first (oldest first: who has waited longest), then the 20 last resolved. */
export async function listCallbacks(): Promise<{
  timeZone: string;
  open: CallbackRequestDto[];
  resolved: CallbackRequestDto[];
}> {
  const viewer = await authorize("callback.list", "callback_request");
  const database = await db();
  const [open, resolved] = await Promise.all([
    database
      .select()
      .from(callbackRequests)
      .where(and(eq(callbackRequests.practiceId, viewer.practiceId), isNull(callbackRequests.resolvedAt)))
      .orderBy(callbackRequests.createdAt),
    database
      .select()
      .from(callbackRequests)
      .where(and(eq(callbackRequests.practiceId, viewer.practiceId), isNotNull(callbackRequests.resolvedAt)))
      .orderBy(desc(callbackRequests.resolvedAt))
      .limit(20),
  ]);
  await audit(database, viewer, {
    action: "callback.list",
    objectType: "callback_request",
    outcome: "allowed",
    detail: { open: open.length },
  });
  const toDto = (r: typeof callbackRequests.$inferSelect): CallbackRequestDto => ({
    id: r.id,
    name: r.name,
    email: r.email,
    phone: r.phone,
    answers: r.answers as PrescreenQuestion[],
    message: r.message,
    createdAt: r.createdAt,
    resolvedAt: r.resolvedAt,
    resolution: r.resolution,
  });
  return {
    timeZone: viewer.timeZone,
    open: open.map(toDto),
    resolved: resolved
      .filter((r) => r.resolvedAt !== null)
      .slice(0, 20)
      .map(toDto),
  };
}

export type ResolveCallbackResult = { ok: true } | { ok: false; code: "callback.already-resolved" };

/** Records that someone called the person back, and what came of it. */
export async function resolveCallback(id: string, resolution: string): Promise<ResolveCallbackResult> {
  const viewer = await authorize("callback.resolve", "callback_request");
  const database = await db();
  const denial = { action: "callback.resolve", objectType: "callback_request", objectId: auditId(id) };
  if (!isId(id)) return deny(viewer, denial);
  const [row] = await database
    .select({ resolvedAt: callbackRequests.resolvedAt })
    .from(callbackRequests)
    .where(and(eq(callbackRequests.id, id), eq(callbackRequests.practiceId, viewer.practiceId)));
  if (!row) return deny(viewer, denial);
  if (row.resolvedAt) return { ok: false, code: "callback.already-resolved" };
  await database.transaction(async (tx) => {
    await tx
      .update(callbackRequests)
      .set({ resolvedAt: new Date(), resolvedBy: viewer.userId, resolution })
      .where(and(eq(callbackRequests.id, id), isNull(callbackRequests.resolvedAt)));
    await audit(tx, viewer, {
      action: "callback.resolve",
      objectType: "callback_request",
      objectId: id,
      outcome: "allowed",
    });
  });
  return { ok: true };
}
