import type { Metadata } from "next";
import { FindingsEditor } from "@/components/findings/findings-editor";
import { IntakeSummary } from "@/components/intake/intake-summary";
import { ScreenForm } from "@/components/screen/screen-form";
import { Button } from "@/components/ui/button";
import { ClientFrame } from "@/components/clients/client-frame";
import { getIntakeScreen } from "@/lib/dal/intakes";
import { overloadingActivities } from "@/lib/domain/examination";
import { ACTIVITIES } from "@/lib/domain/reference/activities";
import { MUSCLES } from "@/lib/domain/reference/muscles";
import { recordIntakeScreenAction, saveIntakeFindingAction, startSessionAction } from "../actions";
import { formatDateTime, formatDayOf } from "@/lib/format";

export const metadata: Metadata = { title: "Intake" };

export default async function IntakePage({ params }: { params: Promise<{ id: string; intakeId: string }> }) {
  const { id, intakeId } = await params;
  const { header, intake, screen, lastScreen, timeZone } = await getIntakeScreen(id, intakeId);
  const activityIds = intake.activities.map((a) => a.id);
  return (
    <ClientFrame header={header}>
      <div className="space-y-6">
        <section aria-labelledby="intake-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="intake-heading" className="mb-3 text-xl font-semibold">
            Intake of {formatDayOf(intake.createdAt, timeZone)}
          </h2>
          <IntakeSummary intake={intake} />
        </section>

        <section aria-labelledby="suggested-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="suggested-heading" className="mb-2 text-lg font-semibold">
            Suggested muscles to examine
          </h2>
          {intake.suggestedMuscles.length === 0 ? (
            <p className="text-slate-700">
              The activity causes recorded do not point to particular muscles; examine by the complaint.
            </p>
          ) : (
            <ul className="list-disc pl-5">
              {intake.suggestedMuscles.map((m) => (
                <li key={m}>
                  <span className="font-medium">{MUSCLES.find((x) => x.id === m)?.name}</span>
                  <span className="text-sm text-slate-700">
                    {" "}
                    — overloaded by{" "}
                    {overloadingActivities(m, activityIds)
                      .map((a) => ACTIVITIES.find((x) => x.id === a)?.name.toLowerCase())
                      .join(", ")}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="findings-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="findings-heading" className="mb-3 text-lg font-semibold">
            Trigger-point findings
          </h2>
          <FindingsEditor
            label="Body map of intake findings"
            findings={intake.findings}
            suggested={intake.suggestedMuscles}
            action={saveIntakeFindingAction.bind(null, intakeId)}
          />
        </section>

        <section aria-labelledby="screen-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="screen-heading" className="mb-3 text-lg font-semibold">
            Contraindication screen
          </h2>
          {screen ? (
            <p className="mb-3 text-sm text-slate-700">
              Recorded {formatDateTime(screen.recordedAt, timeZone)}. Record it again if an answer changes.
            </p>
          ) : null}
          <ScreenForm
            action={recordIntakeScreenAction.bind(null, intakeId)}
            previous={lastScreen}
            timeZone={timeZone}
          />
        </section>

        <form action={startSessionAction.bind(null, id, intakeId)}>
          <Button type="submit">Start a session</Button>
        </form>
      </div>
    </ClientFrame>
  );
}
