import { flags } from "../../db/schema";
import { levelOf, reconcileScreen, type ScreenAnswer } from "../../lib/domain/flags";
import type { OpenFlagRef } from "../../lib/domain/plan-rules";
import { CONTRAINDICATIONS, type ContraindicationId } from "../../lib/domain/reference";
import type { PracticeSeed } from "./practice";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Condition {
  first: ScreenAnswer;
  /** Answered yes at every screen until cleared; otherwise gone by the next visit. */
  lasting: boolean;
  /** A doctor's clearance is recorded (stop flags, and the bleeding-risk caution). */
  clearance: boolean;
}

interface Flag {
  id: string;
  contraindicationId: ContraindicationId;
  openedAt: Date;
  openedByScreening: string;
  note: string | null;
  status: "open" | "resolved" | "cleared";
  clearAt: Date | null;
  closedAt: Date | null;
  resolvedByScreening: string | null;
}

/** How often each condition turns up at an intake, and how it goes on. */
const PREVALENCE: Record<ContraindicationId, { p: number; lasting: boolean; clearance: number }> = {
  "suspected-dvt": { p: 0.006, lasting: true, clearance: 0.8 },
  "acute-injury": { p: 0.01, lasting: true, clearance: 0.8 },
  "nerve-signs": { p: 0.01, lasting: true, clearance: 0.8 },
  "inflamed-area": { p: 0.015, lasting: false, clearance: 0 },
  "broken-skin": { p: 0.015, lasting: false, clearance: 0 },
  "bakers-cyst": { p: 0.01, lasting: false, clearance: 0 },
  "varicose-veins": { p: 0.08, lasting: true, clearance: 0 },
  "bleeding-risk": { p: 0.02, lasting: true, clearance: 0.5 },
  "severe-pain": { p: 0.05, lasting: false, clearance: 0 },
};

const NOTES: Partial<Record<ContraindicationId, string>> = {
  "suspected-dvt": "Left calf swollen and warm since a long flight",
  "acute-injury": "Felt a pop on the stairs last week",
  "nerve-signs": "Tingling down the outside of the shin",
  "varicose-veins": "Both calves, mild",
  "bleeding-risk": "Takes apixaban",
  "severe-pain": "Pain 9/10 at night",
};

/**
 * A client's contraindication flags over an episode: each screen's answers go through the app's
 * own rule (lib/domain/flags.ts `reconcileScreen`), so a "yes" opens a flag once, a later "no"
 * resolves local holds and cautions, and stop flags close only with a recorded clearance.
 */
export function createFlagBook(p: PracticeSeed, clientId: string, therapistId: string) {
  const { random } = p;
  const conditions = new Map<ContraindicationId, Condition>();
  for (const c of CONTRAINDICATIONS) {
    const odds = PREVALENCE[c.id];
    if (!random.chance(odds.p)) continue;
    const stop = levelOf(c.id) === "stop";
    conditions.set(c.id, {
      first: stop && random.chance(0.3) ? "unknown" : "yes",
      lasting: odds.lasting,
      clearance: random.chance(odds.clearance),
    });
  }
  const book: Flag[] = [];
  let screens = 0;
  const isOpen = (f: Flag) => f.status === "open";
  const clearDue = (at: Date) => {
    for (const f of book) {
      if (isOpen(f) && f.clearAt && f.clearAt <= at) Object.assign(f, { status: "cleared", closedAt: f.clearAt });
    }
  };
  const answerOf = (id: ContraindicationId): ScreenAnswer => {
    const condition = conditions.get(id);
    if (!condition || book.some((f) => f.contraindicationId === id && f.status === "cleared")) return "no";
    if (screens === 0) return condition.first;
    return condition.lasting ? "yes" : "no";
  };
  return {
    /** The answers of a screen at `at`, opening and resolving flags as the app does. */
    screen(screeningId: string, at: Date) {
      clearDue(at);
      const answers = CONTRAINDICATIONS.map((c) => {
        const answer = answerOf(c.id);
        return { contraindicationId: c.id, answer, note: answer === "no" ? null : (NOTES[c.id] ?? null) };
      });
      const change = reconcileScreen(book.filter(isOpen), answers);
      for (const contraindicationId of change.open) {
        const clears = conditions.get(contraindicationId)!.clearance;
        book.push({
          id: random.uuid(),
          contraindicationId,
          openedAt: at,
          openedByScreening: screeningId,
          note: answers.find((a) => a.contraindicationId === contraindicationId)!.note,
          status: "open",
          clearAt: clears ? new Date(at.getTime() + random.int(2, 10) * DAY) : null,
          closedAt: null,
          resolvedByScreening: null,
        });
      }
      for (const f of book) {
        if (change.resolve.includes(f.id))
          Object.assign(f, { status: "resolved", closedAt: at, resolvedByScreening: screeningId });
      }
      screens += 1;
      return answers;
    },
    /** The flags open at `at` (after `close`: as the record finally stands). */
    openAt(at: Date): OpenFlagRef[] {
      return book
        .filter((f) => f.openedAt <= at && (f.closedAt === null || f.closedAt > at))
        .map((f) => ({ contraindicationId: f.contraindicationId }));
    },
    /** Records the clearances due by now and writes the flags. */
    close() {
      clearDue(p.now);
      for (const f of book) {
        const stop = levelOf(f.contraindicationId) === "stop";
        const referredAt = new Date(f.openedAt.getTime() + random.int(1, 6) * HOUR);
        const referred = stop && referredAt < p.now;
        const cleared = f.status === "cleared";
        p.out.add(flags, {
          id: f.id,
          practiceId: p.id,
          clientId,
          contraindicationId: f.contraindicationId,
          status: f.status,
          openedAt: f.openedAt,
          openedBy: therapistId,
          openedByScreening: f.openedByScreening,
          note: f.note,
          referredTo: referred ? random.pick(["GP", "Emergency department", "Orthopaedic clinic"]) : null,
          referredOn: referred ? p.dayOf(referredAt) : null,
          referralNote: referred ? "Letter given to the client" : null,
          referralRecordedBy: referred ? therapistId : null,
          referralRecordedAt: referred ? referredAt : null,
          clearedBy: cleared ? random.pick(["Dr A. Patel (GP)", "Dr M. Chen (vascular clinic)", "Dr S. Okoye"]) : null,
          clearedOn: cleared ? p.dayOf(f.closedAt!) : null,
          clearanceNote: cleared ? "Cleared for gentle hands-on work" : null,
          clearanceRecordedBy: cleared ? therapistId : null,
          closedAt: f.closedAt,
          resolvedByScreening: f.resolvedByScreening,
        });
      }
    },
  };
}

export type FlagBook = ReturnType<typeof createFlagBook>;
