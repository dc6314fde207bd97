/**
 * The booking pre-screen (DOMAIN.md "Booking pre-screen in plain words"): the stop-level
 * questions of the contraindication screen, asked before a person books online in words a
 * client understands. A yes means "contact us or see a doctor first", never a booking: the
 * conditions behind them (possible clot, acute injury, nerve signs, infection) stop hands-on work
 * until a clinician has seen the person (DOMAIN.md, contraindications: stop, refer).
 */
export const PRESCREEN_QUESTIONS = [
  {
    id: "calf-clot",
    text: "Do you have sudden swelling, warmth, redness or tenderness in one calf?",
    why: "These can be signs of a blood clot, which needs a doctor first.",
  },
  {
    id: "acute-injury",
    text: "Have you recently injured your leg with a pop, or can you not put weight on it, or does the knee lock or give way?",
    why: "A fresh injury like this needs to be checked by a doctor before any massage.",
  },
  {
    id: "nerve-signs",
    text: "Do you have numbness, tingling or weakness spreading down your leg?",
    why: "Nerve symptoms need a medical check before hands-on treatment.",
  },
  {
    id: "hot-joint",
    text: "Do you have a fever together with a hot, swollen joint?",
    why: "This can be an infection, which needs a doctor first.",
  },
] as const;

export type PrescreenQuestion = (typeof PRESCREEN_QUESTIONS)[number]["id"];
export type PrescreenAnswers = Record<PrescreenQuestion, "yes" | "no">;

/** Whether the answers allow booking online; if not, which questions were answered yes. */
export function prescreenOutcome(
  answers: PrescreenAnswers,
): { book: true } | { book: false; yes: PrescreenQuestion[] } {
  const yes = PRESCREEN_QUESTIONS.map((q) => q.id).filter((id) => answers[id] !== "no");
  return yes.length === 0 ? { book: true } : { book: false, yes };
}
