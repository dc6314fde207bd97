// One item of today's homework: how much is due and whether it is paused.
import "server-only";
import { dayIn } from "@/lib/domain/days";
import { dailySessions } from "@/lib/domain/dosage";
import type { PublishedEntry } from "@/lib/domain/plan-builder";
import { judgeItem, type ItemScopes, type OpenFlagRef } from "@/lib/domain/plan-rules";
import type { ContraindicationId } from "@/lib/domain/reference/contraindications";
import type { StopSymptom } from "@/lib/domain/symptoms";
import type { ItemPicture } from "./library";

/**
 * Why an item of today's homework is paused (DOMAIN.md, red flags; lib/domain/pauses.ts for the
 * same rule over past days): a stop-symptom report pauses hands-on items until the therapist
 * resolves it; an open flag pauses the items it blocks.
 */
export type Pause =
  /** reportedOn: the practice's calendar day of the report (yyyy-mm-dd). */
  { by: "symptom"; symptom: StopSymptom; reportedOn: string } | { by: "flag" } | null;

export interface HomeworkItem extends PublishedEntry {
  /** Sessions due today (0 for advice). */
  due: number;
  doneToday: number;
  pause: Pause;
  /** The client's own cautions (open "warn" flags, e.g. varicose veins) that apply to this item now. */
  cautionFlags: ContraindicationId[];
  /** A practice item's uploaded picture (reference items show their drawing by id). */
  picture: ItemPicture | null;
}

export function homeworkItem(
  entry: PublishedEntry,
  ctx: {
    item: (ItemScopes & { picture?: ItemPicture | null }) | undefined;
    openFlags: readonly OpenFlagRef[];
    latestOpenReport: { kind: StopSymptom; reportedAt: Date } | undefined;
    doneToday: number;
    timeZone: string;
  },
): HomeworkItem {
  const verdict = ctx.item ? judgeItem(ctx.item, ctx.openFlags) : null;
  const blockedNow = verdict?.blocked ?? false;
  const report = ctx.latestOpenReport;
  const pause: Pause =
    report && entry.handsOn
      ? { by: "symptom", symptom: report.kind, reportedOn: dayIn(ctx.timeZone, report.reportedAt) }
      : blockedNow
        ? { by: "flag" }
        : null;
  return {
    ...entry,
    due: entry.phase === "load" ? 0 : dailySessions(entry.dosage),
    doneToday: ctx.doneToday,
    pause,
    cautionFlags: verdict?.warnedBy ?? [],
    picture: ctx.item?.picture ?? null,
  };
}
