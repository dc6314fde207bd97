import type { Metadata } from "next";
import Link from "next/link";
import { LefsQuestion } from "@/components/outcomes/lefs-question";
import { LefsReview } from "@/components/outcomes/lefs-review";
import { getMyLefs } from "@/lib/dal/portal-outcomes";
import { LEFS_ITEMS } from "@/lib/domain/outcomes/measures";
import { answerLefsAction, finishLefsAction } from "../actions";

export const metadata: Metadata = { title: "Leg function questionnaire" };

export default async function LefsPage({ searchParams }: { searchParams: Promise<{ item?: string }> }) {
  const { item: asked } = await searchParams;
  const requested = typeof asked === "string" && /^\d{1,2}$/.test(asked) ? Number(asked) : null;
  const step = await getMyLefs(requested);
  const total = LEFS_ITEMS.length;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold">Leg function questionnaire</h1>
      <p className="mb-3 text-sm text-slate-700">
        Lower Extremity Functional Scale (LEFS). Each answer is saved as you go: you can stop and come back.
      </p>
      {step.item === null ? (
        <>
          <h2 className="mb-2 text-lg font-semibold">Review</h2>
          <LefsReview answered={step.answered} skipped={step.skipped} action={finishLefsAction} />
        </>
      ) : (
        <>
          <h2 className="mb-1 text-lg font-semibold">
            Question {step.item} of {total}
          </h2>
          <div className="mb-4 h-2 rounded bg-slate-200" aria-hidden="true">
            <div className="h-2 rounded bg-brand-700" style={{ width: `${((step.item - 1) / total) * 100}%` }} />
          </div>
          <LefsQuestion
            key={step.item}
            item={step.item}
            answer={step.answers[String(step.item)]}
            action={answerLefsAction}
          />
          {step.item > 1 ? (
            <p className="mt-4">
              <Link href={`/portal/outcomes/lefs?item=${step.item - 1}`} className="text-brand-700 underline">
                Previous question
              </Link>
            </p>
          ) : null}
        </>
      )}
      <p className="mt-4">
        <Link href="/portal/outcomes" className="text-brand-700 underline">
          All questionnaires
        </Link>
      </p>
    </div>
  );
}
