import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { auditExportHref, auditLogHref } from "@/components/audit/audit-words";
import { EXPORT_CAP, getAuditLog } from "@/lib/dal/audit-log";
import { filtersOf } from "@/lib/validation/audit-log";

export const metadata: Metadata = { title: "Audit log" };

/** The practice's audit trail (admins only): who read or changed what, filtered by the address. */
export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const log = await getAuditLog(await searchParams);
  const filters = filtersOf(log.query);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Audit log</h1>
      <p className="mb-4 text-slate-700">
        Who read or changed what in the practice, and every refusal, newest first. Times are the practice&rsquo;s (
        {log.timeZone}).
      </p>
      {/* Keyed by the filters: a link to other filters shows them, not the fields' last values. */}
      <AuditFilters key={auditLogHref(filters)} log={log} />
      <p className="mb-3 flex flex-wrap items-baseline gap-x-3">
        {/* A file download, not a page: a plain link, which Next's router leaves alone. */}
        <a href={auditExportHref(filters)} className="font-semibold text-brand-700 underline">
          Export these rows as CSV
        </a>
        <span className="text-sm text-slate-700">
          Every event matching the filters (not just this page), up to {EXPORT_CAP.toLocaleString("en-GB")}, newest
          first. The export is recorded in this log.
        </span>
      </p>
      <AuditTable rows={log.rows} />
      <nav aria-label="Pages of audit events" className="mt-3 flex flex-wrap gap-4">
        {log.previous ? (
          <Link
            href={auditLogHref({ ...filters, before: log.previous })}
            prefetch={false}
            className="text-brand-700 underline"
          >
            ← Newer events
          </Link>
        ) : null}
        {log.next ? (
          <Link
            href={auditLogHref({ ...filters, after: log.next })}
            prefetch={false}
            className="text-brand-700 underline"
          >
            Older events →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
