// The printable plan: the newest published version of one client's plan.
import "server-only";
import { eq } from "drizzle-orm";
import { practices } from "@/db/schema";
import { dayIn } from "@/lib/domain/days";
import type { PublishedEntry } from "@/lib/domain/plan-builder";
import { loadActivePlan, loadPainLogs, strengthenLockOf, type StrengthenLock } from "./internal/active-plan";
import { audit } from "./internal/audit";
import { headerOf, type ClientHeader } from "./internal/client-header";
import { loadFlags } from "./internal/flags";
import { loadPictures, type ItemPicture } from "./internal/library";
import { versionsOf, type PlanVersionSummary } from "./internal/plan-parts";
import { scopeChild } from "./internal/scope";

export interface PrintablePlan {
  timeZone: string;
  header: ClientHeader;
  practiceName: string;
  clientName: string;
  /** The newest published version, with its practice items' pictures; null before the first. */
  version: (PlanVersionSummary & { entries: Array<PublishedEntry & { picture: ItemPicture | null }> }) | null;
  /**
   * For the plan the client follows now: whether its strengthen phase is open today and the rule
   * that opens it, as the portal says it (issue 13, bug 2). Null for a plan not in use.
   */
  strengthen: StrengthenLock | null;
}

/** The printable plan of one client's plan: a plan of another client under this address is not found. */
export async function getPrintablePlan(clientId: string, planId: string): Promise<PrintablePlan> {
  const { viewer, client, database } = await scopeChild("plan.print", "plan", planId, clientId);
  const [flags, versions, practice, active, logs] = await Promise.all([
    loadFlags(database, viewer.practiceId, clientId, "open"),
    versionsOf(database, viewer.practiceId, planId),
    database.select({ name: practices.name }).from(practices).where(eq(practices.id, viewer.practiceId)),
    loadActivePlan(database, viewer.practiceId, clientId, viewer.timeZone),
    loadPainLogs(database, viewer.practiceId, clientId),
  ]);
  const newest = versions[0];
  const pictures = newest
    ? await loadPictures(
        database,
        viewer.practiceId,
        newest.entries.map((e) => e.itemId),
      )
    : new Map<string, ItemPicture>();
  const today = dayIn(viewer.timeZone, new Date());
  await audit(database, viewer, { action: "plan.print", objectType: "plan", objectId: planId, outcome: "allowed" });
  return {
    timeZone: viewer.timeZone,
    header: headerOf(client, flags.open, viewer.role),
    practiceName: practice[0]!.name,
    clientName: `${client.givenName} ${client.familyName}`,
    version: newest
      ? { ...newest, entries: newest.entries.map((e) => ({ ...e, picture: pictures.get(e.itemId) ?? null })) }
      : null,
    strengthen: active?.plan.id === planId ? strengthenLockOf(active, logs, viewer.timeZone, today) : null,
  };
}
