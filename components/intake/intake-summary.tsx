import type { IntakeDto } from "@/lib/dal/intakes";
import { ACTIVITIES } from "@/lib/domain/reference/activities";
import { formatDate } from "@/lib/format";

const activityName = (id: string) => ACTIVITIES.find((a) => a.id === id)?.name ?? id;

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="whitespace-pre-wrap">{children}</dd>
    </>
  );
}

/** The intake as recorded. Every value is rendered as text. */
export function IntakeSummary({ intake }: { intake: IntakeDto }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      <Row term="Chief complaint">{intake.chiefComplaint}</Row>
      <Row term="Pain sites">{intake.painSites.map((s) => `${s.site} (${s.side})`).join("; ")}</Row>
      <Row term="Onset">
        {[intake.onsetDate && formatDate(intake.onsetDate), intake.duration].filter(Boolean).join(", ") || "—"}
      </Row>
      <Row term="Aggravated by">{intake.aggravating ?? "—"}</Row>
      <Row term="Eased by">{intake.easing ?? "—"}</Row>
      <Row term="Pain now">{intake.painNow}/10</Row>
      <Row term="PSFS">
        {intake.psfs.length ? intake.psfs.map((p) => `${p.activity}: ${p.score}/10`).join("; ") : "—"}
      </Row>
      <Row term="Activity causes">
        {intake.activities.length
          ? intake.activities
              .map((a) => [activityName(a.id), a.frequency, a.notes].filter(Boolean).join(" — "))
              .join("; ")
          : "—"}
      </Row>
      <Row term="Medical history">{intake.medicalHistory ?? "—"}</Row>
      <Row term="Medications">{intake.medications ?? "—"}</Row>
    </dl>
  );
}
