import type { Metadata } from "next";
import Link from "next/link";
import { ClientsTable } from "@/components/clients/clients-table";
import { SymptomReportList } from "@/components/portal/symptom-report-list";
import { getClientList } from "@/lib/dal/client-list";

export const metadata: Metadata = { title: "Clients" };

export default async function ClientsPage() {
  const { clients, openReports: reports, timeZone, mayOpenChart } = await getClientList();
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
      {reports.length > 0 ? (
        <section aria-labelledby="reports-heading" className="mb-6 rounded-lg border-2 border-red-700 bg-white p-4">
          <h2 id="reports-heading" className="mb-2 text-lg font-semibold">
            Open symptom reports
          </h2>
          <SymptomReportList reports={reports} timeZone={timeZone} showClient />
        </section>
      ) : null}
      <ClientsTable clients={clients} mayOpenChart={mayOpenChart} />
    </>
  );
}
