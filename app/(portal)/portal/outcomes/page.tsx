import type { Metadata } from "next";
import Link from "next/link";
import { CheckInForm } from "@/components/outcomes/check-in-form";
import { getMyQuestionnaires } from "@/lib/dal/portal-outcomes";
import { formatDate, formatDayOf } from "@/lib/format";
import { checkInAction } from "./actions";

export const metadata: Metadata = { title: "Questionnaires" };

const dueText = (due: boolean, nextDue: string | null) =>
  due ? "Due now." : nextDue ? `Next due on ${formatDate(nextDue)}.` : "Your therapist will ask when it is due.";

export default async function QuestionnairesPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { done } = await searchParams;
  const { lefs, checkIn, timeZone } = await getMyQuestionnaires();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Questionnaires</h1>
      <p className="mb-4 text-slate-700">
        They show you and your therapist how your legs and pain change over time. Your scores are under Progress.
      </p>
      {done === "lefs" && lefs.latest ? (
        <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          Thank you. Your LEFS score is {lefs.latest.score} of 80.
        </p>
      ) : null}
      <section aria-labelledby="lefs-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="lefs-heading" className="text-lg font-semibold">
          Leg function (LEFS)
        </h2>
        <p className="mb-2 text-sm text-slate-700">20 everyday activities, one question at a time, about 5 minutes.</p>
        <p className="mb-1">{lefs.inProgress ? "You have started it." : dueText(lefs.due, lefs.nextDue)}</p>
        {lefs.latest ? (
          <p className="mb-3 text-sm">
            Last score: {lefs.latest.score} of 80, on {formatDayOf(lefs.latest.completedAt, timeZone)}.
          </p>
        ) : null}
        <Link
          href="/portal/outcomes/lefs"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
        >
          {lefs.inProgress ? "Continue the LEFS" : lefs.latest ? "Fill in the LEFS again" : "Start the LEFS"}
        </Link>
      </section>
      <section aria-labelledby="check-in-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="check-in-heading" className="text-lg font-semibold">
          Pain and activities
        </h2>
        <p className="mb-3">{dueText(checkIn.due, checkIn.nextDue)}</p>
        <CheckInForm action={checkInAction} activities={checkIn.activities} />
      </section>
    </>
  );
}
