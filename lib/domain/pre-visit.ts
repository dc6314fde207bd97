import { answerOpensFlag, levelOf, type ScreenAnswer } from "./flags";
import { CONTRAINDICATIONS, type ContraindicationId } from "./reference/contraindications";

/**
 * The contraindication screen of the pre-visit form (issue 15, part 4), asked in words a client
 * understands: one question per reference condition, so the client's answers feed the same
 * screen rules as the therapist's (lib/domain/flags.ts). The stop-level questions are worded like
 * the booking pre-screen (DOMAIN.md "Booking pre-screen in plain words"). A client may answer
 * "not sure"; it is recorded as "unknown", which opens a flag like "yes" (screening first,
 * DOMAIN.md "Known tensions").
 */
export const PRE_VISIT_QUESTIONS: readonly { id: ContraindicationId; text: string }[] = [
  {
    id: "suspected-dvt",
    text: "Do you have sudden swelling, warmth, redness or tenderness in one calf, or have you had a blood clot?",
  },
  {
    id: "acute-injury",
    text: "Have you recently injured your leg with a pop, or can you not put weight on it, or does the knee lock or give way?",
  },
  { id: "nerve-signs", text: "Do you have numbness, tingling or weakness spreading down your leg?" },
  { id: "inflamed-area", text: "Is the painful area swollen, red or hot, or do you have a fever?" },
  { id: "bakers-cyst", text: "Do you have a swelling filled with fluid at the back of the knee (a Baker's cyst)?" },
  { id: "broken-skin", text: "Do you have an open wound, a rash or broken skin on your legs?" },
  { id: "varicose-veins", text: "Do you have varicose veins (enlarged, visible veins) in your legs?" },
  {
    id: "bleeding-risk",
    text: "Do you take blood thinners, or have a bleeding disorder or severe osteoporosis (fragile bones)?",
  },
  { id: "severe-pain", text: "Is your pain severe or sudden, or getting worse even though you look after it?" },
];

export type PreVisitAnswers = Readonly<Partial<Record<ContraindicationId, ScreenAnswer>>>;

/**
 * The client's answers as a screen of every reference condition. A condition the form did not
 * ask (none today; a condition added to the reference later) counts as "unknown": not asking is
 * not a "no".
 */
export function preVisitScreen(
  answers: PreVisitAnswers,
): { contraindicationId: ContraindicationId; answer: ScreenAnswer }[] {
  return CONTRAINDICATIONS.map(({ id }) => ({ contraindicationId: id, answer: answers[id] ?? "unknown" }));
}

/**
 * The stop-level conditions the answers point to: the client is told at once to contact the
 * practice and that there will be no hands-on work until a clinician has seen them (DOMAIN.md,
 * contraindications: stop, refer).
 */
export function stopConditions(answers: PreVisitAnswers): ContraindicationId[] {
  return preVisitScreen(answers)
    .filter((a) => levelOf(a.contraindicationId) === "stop" && answerOpensFlag(a.answer))
    .map((a) => a.contraindicationId);
}
