import { telHref } from "@/components/booking/day-words";
import type { CallbackRequestDto } from "@/lib/dal/callbacks";
import { PRESCREEN_QUESTIONS } from "@/lib/domain/prescreen";
import { formatDateTime } from "@/lib/format";

/**
 * One callback request: who, how to reach them, when they asked, which pre-screen questions they
 * answered yes (in the words they read, with why it needs a doctor first) and their message.
 */
export function CallbackRequest({
  request: r,
  timeZone,
  children,
}: {
  request: CallbackRequestDto;
  timeZone: string;
  children?: React.ReactNode;
}) {
  const yes = PRESCREEN_QUESTIONS.filter((q) => r.answers.includes(q.id));
  return (
    <article aria-labelledby={`callback-${r.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={`callback-${r.id}`} className="text-lg font-semibold">
        {r.name}
      </h3>
      <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">Phone</dt>
        <dd>
          {r.phone ? (
            <a href={telHref(r.phone)} className="font-semibold text-brand-700 underline">
              {r.phone}
            </a>
          ) : (
            "Not given"
          )}
        </dd>
        <dt className="font-medium text-slate-700">Email</dt>
        <dd className="break-words">
          {r.email ? (
            <a href={`mailto:${r.email}`} className="text-brand-700 underline">
              {r.email}
            </a>
          ) : (
            "Not given"
          )}
        </dd>
        <dt className="font-medium text-slate-700">Asked</dt>
        <dd>{formatDateTime(r.createdAt, timeZone)}</dd>
        {r.resolvedAt ? (
          <>
            <dt className="font-medium text-slate-700">Resolved</dt>
            <dd>
              {formatDateTime(r.resolvedAt, timeZone)}: {r.resolution}
            </dd>
          </>
        ) : null}
      </dl>
      {yes.length > 0 ? (
        <>
          <p className="mt-3 text-sm font-medium">Answered yes in the booking pre-screen:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {yes.map((q) => (
              <li key={q.id}>
                {q.text} <span className="text-slate-700">({q.why})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.message ? (
        <>
          <p className="mt-3 text-sm font-medium">Their message:</p>
          <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-sm whitespace-pre-line">
            {r.message}
          </blockquote>
        </>
      ) : null}
      {children}
    </article>
  );
}
