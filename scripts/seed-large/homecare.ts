import { checkoffs, painLogs, symptomReports } from "../../db/schema";
import { addDays } from "../../lib/domain/days";
import { dailySessions } from "../../lib/domain/dosage";
import { strengthenOpenedOn, type PainLog } from "../../lib/domain/phase-gate";
import { judgeItem } from "../../lib/domain/plan-rules";
import { PLAN_ITEMS } from "../../lib/domain/reference";
import { STOP_SYMPTOMS } from "../../lib/domain/symptoms";
import type { Chart } from "./chart";
import type { SeededPlan } from "./plan";
import type { PracticeSeed } from "./practice";

const MINUTE = 60_000;
const DAY = 86_400_000;
/** How far back the portal's pain logs and check-offs go. */
const HOME_WEEKS = 6;
const library = new Map(PLAN_ITEMS.map((i) => [i.id, i]));

/**
 * What a client with a portal login does at home on an active plan over the last weeks: a pain
 * score most days (trending down from the intake's), check-offs of the sessions due on the
 * version in force that day, and now and then a stop-symptom report. Items the app would pause
 * that day (blocked by an open flag, hands-on during an open report) and the strengthen phase
 * before it opened (lib/domain/phase-gate.ts) are not checked off.
 */
export function seedHomeCare(
  p: PracticeSeed,
  client: { id: string; therapistId: string },
  chart: Chart,
  plan: SeededPlan,
): void {
  const { random, out, now, today } = p;
  const practiceId = p.id;
  const clientId = client.id;
  const firstDay = p.dayOf(plan.versions[0]!.publishedAt);
  const from = [firstDay, addDays(today, -7 * HOME_WEEKS)].sort()[1]!;
  const adherence = 0.45 + random.next() * 0.5;
  const at = (day: string, fromHour: number, toHour: number) => {
    const time = p.at(day, random.int(fromHour * 60, toHour * 60 - 1));
    return time < now ? time : null;
  };

  let report: { day: string; resolvedDay: string | null } | null = null;
  if (random.chance(0.05) && from < today) {
    const day = addDays(from, random.int(0, Math.max(0, Math.round((Date.parse(today) - Date.parse(from)) / DAY) - 1)));
    const reportedAt = at(day, 8, 21) ?? new Date(now.getTime() - 30 * MINUTE);
    const resolvedAt = random.chance(0.6) ? new Date(reportedAt.getTime() + random.int(2, 40) * 3_600_000) : null;
    const resolved = resolvedAt && resolvedAt < now ? resolvedAt : null;
    out.add(symptomReports, {
      id: random.uuid(),
      practiceId,
      clientId,
      kind: random.pick(STOP_SYMPTOMS),
      note: random.pick([null, "After the calf massage", "Started last night"]),
      reportedAt,
      resolvedAt: resolved,
      resolvedBy: resolved ? client.therapistId : null,
      resolution: resolved ? "Called the client: settled; resume gently" : null,
    });
    report = { day, resolvedDay: resolved ? p.dayOf(resolved) : null };
  }

  const logs: PainLog[] = [];
  const days: string[] = [];
  for (let day = from; day <= today; day = addDays(day, 1)) days.push(day);
  for (const [i, day] of days.entries()) {
    if (!random.chance(adherence)) continue;
    const loggedAt = at(day, 18, 23);
    if (!loggedAt) continue;
    const trend = chart.intakePain - (chart.intakePain - 1.5) * Math.min(1, i / 60);
    const score = Math.max(0, Math.min(10, Math.round(trend + random.int(-1, 1))));
    logs.push({ day, score });
    out.add(painLogs, { practiceId, clientId, day, score, note: score >= 7 ? "Bad day" : null, loggedAt });
  }
  const opened = strengthenOpenedOn({
    gate: plan.gate,
    advancedDay: plan.advancedAt ? p.dayOf(plan.advancedAt) : null,
    // No log is older than `from`: the gate cannot have been met by logs before it.
    startDay: from,
    today,
    logs,
    lefs: [],
    intakePain: chart.intakePain,
  });
  const versions = plan.versions.map((v) => ({ from: p.dayOf(v.publishedAt), entries: v.entries }));
  for (const day of days) {
    if (!random.chance(adherence)) continue;
    const noon = p.at(day, 12 * 60);
    const version = versions.filter((v) => v.from <= day).at(-1) ?? versions[0]!;
    const openFlags = chart.flags.openAt(noon);
    const reported = report !== null && day >= report.day && (report.resolvedDay === null || day < report.resolvedDay);
    for (const entry of version.entries) {
      const due = entry.phase === "load" ? 0 : dailySessions(entry.dosage);
      if (due === 0 || (entry.phase === "strengthen" && (opened === null || day < opened))) continue;
      const item = library.get(entry.itemId);
      if ((item && judgeItem(item, openFlags).blocked) || (reported && entry.handsOn)) continue;
      const done = random.chance(0.7) ? due : random.int(0, due);
      for (let session = 1; session <= done; session++) {
        const doneAt = at(day, Math.min(19, 7 + (session - 1) * 4), Math.min(23, 11 + (session - 1) * 4));
        if (!doneAt) break;
        out.add(checkoffs, { practiceId, clientId, planId: plan.id, itemId: entry.itemId, day, session, doneAt });
      }
    }
  }
}
