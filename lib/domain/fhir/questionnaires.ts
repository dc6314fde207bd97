import type { Questionnaire, QuestionnaireItem } from "@medplum/fhirtypes";
import { LEFS_ITEMS, LEFS_QUESTION, LEFS_RESPONSES, MEASURES, OUTCOME_MEASURES_VERSION } from "../outcomes/measures";
import { CONTRAINDICATIONS } from "../reference/contraindications";
import { REFERENCE_VERSION } from "../reference/version";
import { appCoding, FHIR_BASE } from "./codes";

/**
 * The questionnaires the export's QuestionnaireResponses answer: the two outcome measures asked
 * item by item (PSFS, LEFS), the intake form and the contraindication screen. They travel in the
 * bundle (search mode "include"), so a receiver needs nothing of ours to read the answers.
 */
export type QuestionnaireId = "psfs" | "lefs" | "intake" | "screen";

const VERSIONS: Record<QuestionnaireId, string> = {
  psfs: String(OUTCOME_MEASURES_VERSION),
  lefs: String(OUTCOME_MEASURES_VERSION),
  intake: String(REFERENCE_VERSION),
  screen: String(REFERENCE_VERSION),
};

export const questionnaireUrl = (id: QuestionnaireId) => `${FHIR_BASE}/Questionnaire/${id}`;
/** The canonical a response names: url|version. */
export const questionnaireCanonical = (id: QuestionnaireId) => `${questionnaireUrl(id)}|${VERSIONS[id]}`;
export const questionnaireOf = (canonical: string | undefined): QuestionnaireId | undefined =>
  (["psfs", "lefs", "intake", "screen"] as const).find((id) => canonical?.split("|")[0] === questionnaireUrl(id));

export const SCREEN_ANSWERS = ["yes", "no", "unknown"] as const;

const base = (id: QuestionnaireId, title: string, item: QuestionnaireItem[]): Questionnaire => ({
  resourceType: "Questionnaire",
  id: `unknot-${id}`,
  url: questionnaireUrl(id),
  version: VERSIONS[id],
  title,
  status: "active",
  subjectType: ["Patient"],
  item,
});

const str = (linkId: string, text: string, extra: Partial<QuestionnaireItem> = {}): QuestionnaireItem => ({
  linkId,
  text,
  type: "string",
  ...extra,
});

export function questionnaires(): Questionnaire[] {
  return [
    base("psfs", `${MEASURES.psfs.name} (${MEASURES.psfs.abbreviation})`, [
      {
        linkId: "activity",
        text: "An activity you find hard, and how well you can do it now",
        type: "group",
        repeats: true,
        item: [
          str("activity-name", "Activity"),
          { linkId: "activity-score", text: "0 (unable) to 10 (as before the problem)", type: "integer" },
        ],
      },
    ]),
    base(
      "lefs",
      `${MEASURES.lefs.name} (${MEASURES.lefs.abbreviation})`,
      LEFS_ITEMS.map((activity, i) => ({
        linkId: String(i + 1),
        prefix: String(i + 1),
        text: `${LEFS_QUESTION} ${activity}`,
        type: "choice" as const,
        answerOption: LEFS_RESPONSES.map((r) => ({ valueCoding: appCoding("lefs-answer", String(r.value), r.label) })),
      })),
    ),
    base("intake", "Intake", [
      str("chief-complaint", "Chief complaint", { required: true }),
      {
        linkId: "pain-site",
        text: "Where it hurts",
        type: "group",
        repeats: true,
        item: [str("pain-site-name", "Site"), str("pain-site-side", "Side (left, right or both)")],
      },
      { linkId: "onset", text: "Onset", type: "date" },
      str("duration", "Duration"),
      str("aggravating", "What makes it worse"),
      str("easing", "What eases it"),
      { linkId: "pain-now", text: "Pain now (0-10)", type: "integer" },
      str("medical-history", "Medical history"),
      str("medications", "Medications"),
      {
        linkId: "activity",
        text: "Activities that overload the muscles",
        type: "group",
        repeats: true,
        item: [
          { linkId: "activity-code", text: "Activity", type: "choice" },
          str("activity-frequency", "How often"),
          str("activity-notes", "Notes"),
        ],
      },
    ]),
    base(
      "screen",
      "Contraindication screen",
      CONTRAINDICATIONS.map((c) => ({
        linkId: c.id,
        text: c.name,
        type: "choice" as const,
        answerOption: SCREEN_ANSWERS.map((a) => ({ valueCoding: appCoding("screen-answer", a) })),
        item: [str(`${c.id}.note`, "Note")],
      })),
    ),
  ];
}
