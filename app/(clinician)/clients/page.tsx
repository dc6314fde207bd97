import type { Metadata } from "next";
import Link from "next/link";
import { ClientFilters } from "@/components/clients/client-filters";
import { clientTableHref, sortHref } from "@/components/clients/client-table-href";
import { ClientsTable } from "@/components/clients/clients-table";
import { SymptomReportList } from "@/components/portal/symptom-report-list";
import { getClientTable } from "@/lib/dal/client-list";
import { CLIENT_SORTS } from "@/lib/validation/client-table";

export const metadata: Metadata = { title: "Clients" };

const NATURAL = { name: "asc", lastVisit: "desc", nextAppointment: "asc", adherence: "asc" } as const;

export default async function ClientsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const table = await getClientTable(await searchParams);
  const { query, sort, dir, timeZone } = table;
  const serverSort = Object.fromEntries(
    CLIENT_SORTS.map((column) => [
      column,
      {
        href: sortHref(query, column, { sort, dir }, NATURAL[column]),
        sorted: sort === column ? dir : (false as const),
      },
    ]),
  );
  const base = { ...query, after: undefined, before: undefined };
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Clients</h1>
        <Link
          href="/clients/new"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
        >
          New client
        </Link>
      </div>
      {table.openReports.length > 0 ? (
        <section aria-labelledby="reports-heading" className="mb-6 rounded-lg border-2 border-red-700 bg-white p-4">
          <h2 id="reports-heading" className="mb-2 text-lg font-semibold">
            Open symptom reports
          </h2>
          <SymptomReportList reports={table.openReports} timeZone={timeZone} showClient />
          {table.openReportsTotal > table.openReports.length ? (
            <p className="mt-2 text-sm text-slate-700">
              The {table.openReports.length} newest of {table.openReportsTotal} open reports; each one is also on its
              client&apos;s record.
            </p>
          ) : null}
        </section>
      ) : null}
      <ClientFilters query={query} therapists={table.therapists} clinical={table.mayOpenChart} />
      <ClientsTable
        clients={table.rows}
        mayOpenChart={table.mayOpenChart}
        timeZone={timeZone}
        serverSort={serverSort}
      />
      <nav aria-label="Pages of clients" className="mt-3 flex flex-wrap gap-4">
        {table.previous ? (
          <Link href={clientTableHref({ ...base, before: table.previous })} className="text-brand-700 underline">
            ← Previous page
          </Link>
        ) : null}
        {table.next ? (
          <Link href={clientTableHref({ ...base, after: table.next })} className="text-brand-700 underline">
            Next page →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
