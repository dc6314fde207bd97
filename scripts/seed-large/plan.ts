import { planEntries, plans, planVersions } from "../../db/schema";
import { addDays } from "../../lib/domain/days";
import {
  applyBuilderAction,
  orderedEntries,
  type BuilderEntry,
  type BuilderState,
  type PublishedEntry,
} from "../../lib/domain/plan-builder";
import type { Gate } from "../../lib/domain/phase-gate";
import { suggestPlan } from "../../lib/domain/plan-suggestion";
import { PLAN_ITEMS } from "../../lib/domain/reference";
import type { Chart } from "./chart";
import type { PracticeSeed } from "./practice";
import type { Visit } from "./visits";

const MINUTE = 60_000;
const library = new Map(PLAN_ITEMS.map((i) => [i.id, i]));

export interface SeededPlan {
  id: string;
  status: "draft" | "active" | "archived";
  versions: { publishedAt: Date; entries: PublishedEntry[] }[];
  gate: Gate;
  advancedAt: Date | null;
}

function gateOf(p: PracticeSeed, from: string): Gate {
  const r = p.random.next();
  if (r < 0.4) return { type: "manual" };
  if (r < 0.65) return { type: "pain-threshold", threshold: 3, days: 3 };
  if (r < 0.85) return { type: "pain-drop", drop: 2 };
  return { type: "date", date: addDays(from, p.random.int(14, 28)) };
}

/** A dosage a little harder than before: what a therapist changes at a review. */
function progressed(dosage: BuilderEntry["dosage"]): BuilderEntry["dosage"] {
  if (dosage.reps) return { ...dosage, reps: dosage.reps + 2 };
  if (dosage.holdSeconds) return { ...dosage, holdSeconds: dosage.holdSeconds + 15 };
  if (dosage.minutes) return { ...dosage, minutes: dosage.minutes + 2 };
  return dosage;
}

/**
 * The home plan the therapist builds at a visit: "Suggest a plan" from the findings, activity
 * causes and open flags (lib/domain/plan-suggestion.ts), then published through the builder's own
 * state machine (lib/domain/plan-builder.ts), which refuses what the app refuses (an open stop
 * flag keeps the plan a draft). Some plans get a second version at a later visit with a harder
 * dosage; some manual-gate plans are advanced to phase 2.
 */
export function seedPlan(
  p: PracticeSeed,
  client: { id: string; therapistId: string; status: "active" | "discharged" },
  chart: Chart,
  visits: Visit[],
): SeededPlan | null {
  const { random } = p;
  const at = visits.length > 1 && random.chance(0.6) ? 1 : 0;
  const createdAt = new Date(visits[at]!.at.getTime() + 40 * MINUTE);
  const suggestion = suggestPlan(
    { findingMuscles: chart.musclesAt[at]!, activityIds: chart.activityIds, openFlags: chart.flags.openAt(createdAt) },
    PLAN_ITEMS,
  );
  const itemIds = [...suggestion.phases.relax, ...suggestion.phases.strengthen, ...suggestion.phases.load];
  if (itemIds.length === 0) return null;
  const newKey = () => random.uuid();
  let state: BuilderState = {
    status: "draft",
    publishedVersions: 0,
    entries: itemIds.map((itemId) => ({
      key: newKey(),
      itemId,
      phase: library.get(itemId)!.phase,
      dosage: { ...library.get(itemId)!.dosage },
      note: null,
    })),
  };
  const versions: SeededPlan["versions"] = [];
  const publish = (when: Date) => {
    const result = applyBuilderAction(
      state,
      { type: "publish" },
      { library, openFlags: chart.flags.openAt(when), newKey },
    );
    if (result.ok && result.published) {
      state = result.state;
      versions.push({ publishedAt: when, entries: result.published });
    }
  };
  let updatedAt = createdAt;
  if (random.chance(0.9)) publish(createdAt);
  const review = visits[at + 1];
  if (versions.length > 0 && review && random.chance(0.35)) {
    const when = new Date(review.at.getTime() + 40 * MINUTE);
    const entry = random.pick(state.entries.filter((e) => e.phase !== "load"));
    if (entry) {
      const changed = applyBuilderAction(
        state,
        { type: "set-dosage", key: entry.key, dosage: progressed(entry.dosage) },
        {
          library,
          openFlags: chart.flags.openAt(when),
          newKey,
        },
      );
      if (changed.ok) state = changed.state;
      publish(when);
      updatedAt = when;
    }
  }
  const gate = gateOf(p, p.dayOf(createdAt));
  const advance = visits.slice(at + 1).find((v) => v.at > createdAt);
  const advancedAt =
    gate.type === "manual" && versions.length > 0 && advance && random.chance(0.5)
      ? new Date(advance.at.getTime() + 45 * MINUTE)
      : null;
  if (advancedAt && advancedAt > updatedAt) updatedAt = advancedAt;
  const id = random.uuid();
  const status = versions.length === 0 ? "draft" : client.status === "discharged" ? "archived" : "active";
  p.out.add(plans, {
    id,
    practiceId: p.id,
    clientId: client.id,
    intakeId: chart.intakeId,
    status,
    gateType: gate.type,
    gateDate: gate.type === "date" ? gate.date : null,
    gateThreshold: gate.type === "pain-threshold" ? gate.threshold : null,
    gateDays: gate.type === "pain-threshold" ? gate.days : null,
    advancedAt,
    advancedBy: advancedAt ? client.therapistId : null,
    createdBy: client.therapistId,
    createdAt,
    updatedAt,
    publishedVersions: versions.length,
  });
  for (const [position, e] of orderedEntries(state.entries).entries()) {
    p.out.add(planEntries, {
      planId: id,
      key: e.key,
      practiceId: p.id,
      itemId: e.itemId,
      phase: e.phase,
      position,
      dosage: e.dosage,
      note: e.note,
    });
  }
  for (const [i, v] of versions.entries()) {
    p.out.add(planVersions, {
      id: random.uuid(),
      practiceId: p.id,
      planId: id,
      version: i + 1,
      entries: v.entries,
      publishedAt: v.publishedAt,
      publishedBy: client.therapistId,
    });
  }
  return { id, status, versions, gate, advancedAt };
}
