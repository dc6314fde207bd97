import type { Metadata } from "next";
import Link from "next/link";
import { CallbackRequest } from "@/components/calendar/callback-request";
import { ResolveCallbackForm } from "@/components/calendar/resolve-callback-form";
import { FormMessage } from "@/components/ui/fields";
import { listCallbacks } from "@/lib/dal/callbacks";
import { resolveCallbackAction } from "./actions";

export const metadata: Metadata = { title: "Callback requests" };

type Query = Record<string, string | string[] | undefined>;

/** People whose online pre-screen said "see a doctor first": call them back, then note what was done. */
export default async function CallbacksPage({ searchParams }: { searchParams: Promise<Query> }) {
  const query = await searchParams;
  const { timeZone, open, resolved } = await listCallbacks();
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/calendar" className="text-brand-700 underline">
          <span aria-hidden="true">← </span>Calendar
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-semibold">Callback requests</h1>
      <p className="mb-4 text-slate-700">
        People who could not book online because of their answers to the safety questions. Call them back, then note
        what was done.
      </p>
      {query.done === "resolved" ? (
        <div className="mb-4">
          <FormMessage message="Request resolved." ok />
        </div>
      ) : null}
      <section aria-labelledby="open-heading" className="mb-8">
        <h2 id="open-heading" className="mb-3 text-xl font-semibold">
          Waiting ({open.length})
        </h2>
        {open.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4">No callback requests are waiting.</p>
        ) : (
          <ul className="space-y-4">
            {open.map((r) => (
              <li key={r.id}>
                <CallbackRequest request={r} timeZone={timeZone}>
                  <ResolveCallbackForm id={r.id} name={r.name} action={resolveCallbackAction.bind(null, r.id)} />
                </CallbackRequest>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="resolved-heading">
        <h2 id="resolved-heading" className="mb-3 text-xl font-semibold">
          Recently resolved
        </h2>
        {resolved.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4">None resolved yet.</p>
        ) : (
          <ul className="space-y-4">
            {resolved.map((r) => (
              <li key={r.id}>
                <CallbackRequest request={r} timeZone={timeZone} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
