"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { AuditRowDto } from "@/lib/dal/audit-log";
import { auditLogHref, objectHref, OUTCOME_WORDS, whoOf } from "./audit-words";

const column = createColumnHelper<DataTableFeatures, AuditRowDto>();

const badge = "inline-block rounded px-2 py-0.5 text-xs font-semibold";
const OUTCOME_STYLE = {
  allowed: "bg-green-100 text-green-900",
  denied: "bg-red-700 text-white",
  failed: "bg-amber-200 text-amber-950",
} as const;
const link = "text-brand-700 underline";

const columns = column.columns([
  column.accessor("when", {
    header: "When",
    cell: (info) => <span className="whitespace-nowrap tabular-nums">{info.getValue()}</span>,
  }),
  column.display({
    id: "who",
    header: "Who",
    cell: (info) => {
      const who = whoOf(info.row.original);
      return (
        <>
          <span className="font-medium">{who.name}</span>
          {who.role ? <span className="block text-xs text-slate-700">{who.role}</span> : null}
        </>
      );
    },
  }),
  column.accessor("action", {
    header: "Action",
    cell: (info) => <code className="text-xs">{info.getValue()}</code>,
  }),
  column.display({
    id: "object",
    header: "Object",
    cell: (info) => {
      const { objectType, objectId } = info.row.original;
      const href = objectHref(objectType, objectId);
      return (
        <>
          <span className="block">{objectType}</span>
          {objectId ? (
            href ? (
              <Link href={href} prefetch={false} className={`${link} text-xs break-all`}>
                {objectId}
              </Link>
            ) : (
              <span className="text-xs break-all text-slate-700">{objectId}</span>
            )
          ) : null}
        </>
      );
    },
  }),
  column.accessor("client", {
    header: "Client",
    cell: (info) => {
      const client = info.getValue();
      if (!client) return "—";
      return (
        <>
          <Link href={`/clients/${client.id}`} prefetch={false} className={link}>
            {client.name}
          </Link>
          <Link href={auditLogHref({ client: client.id })} prefetch={false} className={`${link} block text-xs`}>
            Their events<span className="sr-only"> ({client.name})</span>
          </Link>
        </>
      );
    },
  }),
  column.accessor("outcome", {
    header: "Outcome",
    cell: (info) => (
      <span className={`${badge} ${OUTCOME_STYLE[info.getValue()]}`}>{OUTCOME_WORDS[info.getValue()]}</span>
    ),
  }),
  column.accessor("ip", { header: "IP", cell: (info) => info.getValue() ?? "—" }),
  column.accessor("detail", {
    header: "Detail",
    cell: (info) => {
      const detail = info.getValue();
      return detail ? <code className="block max-w-xs text-xs break-all">{detail}</code> : "—";
    },
  }),
]);

/**
 * The practice's audit events, a page of them: the one data table, columns only. The order is the
 * server's (newest first, keyset pages), so the headers do not sort the page in the browser; the
 * rows' links are not prefetched (a prefetched page would be a read the log never saw asked for).
 */
export function AuditTable({ rows }: { rows: AuditRowDto[] }) {
  return (
    <DataTable
      columns={columns}
      data={rows}
      caption="Audit events of the practice, newest first"
      emptyMessage="No events match."
      serverSort={{}}
    />
  );
}
