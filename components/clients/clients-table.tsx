"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { ClientRowDto } from "@/lib/dal/client-list";
import { STATUS_NAMES } from "./client-messages";
import { formatDate, formatDayOf, fullName } from "@/lib/format";

/** A row of the table: a client and where their name leads (the record, or contact details). */
type Row = ClientRowDto & { href: string; timeZone: string };

const column = createColumnHelper<DataTableFeatures, Row>();

const badge = "inline-block rounded px-2 py-0.5 text-xs font-semibold";

const columns = column.columns([
  column.accessor((c) => `${c.familyName} ${c.givenName}`, {
    id: "name",
    header: "Name",
    cell: (info) => (
      <Link href={info.row.original.href} className="font-medium text-brand-700 underline">
        {fullName(info.row.original)}
      </Link>
    ),
  }),
  column.accessor("status", {
    header: "Status",
    cell: (info) => STATUS_NAMES[info.getValue()],
  }),
  column.accessor("openStopFlag", {
    id: "openStopFlag",
    header: "Red flag",
    cell: (info) =>
      info.getValue() ? <span className={`${badge} bg-red-700 text-white`}>⛔ Stop flag open</span> : "—",
  }),
  column.accessor("therapistName", { header: "Therapist", cell: (info) => info.getValue() ?? "—" }),
  column.accessor("lastVisitOn", {
    id: "lastVisit",
    header: "Last visit",
    cell: (info) => formatDate(info.getValue()),
  }),
  column.accessor("nextAppointmentAt", {
    id: "nextAppointment",
    header: "Next appointment",
    cell: (info) => {
      const at = info.getValue();
      return at ? formatDayOf(new Date(at), info.row.original.timeZone) : "—";
    },
  }),
  column.accessor("activePlan", {
    id: "activePlan",
    header: "Plan",
    cell: (info) => (info.getValue() ? "Active" : "—"),
  }),
  column.accessor("adherence30d", {
    id: "adherence",
    header: "Adherence (30 days)",
    cell: (info) => {
      const value = info.getValue();
      if (value === null) return "—";
      const low = value < 50;
      return (
        <span className={`${badge} ${low ? "bg-amber-200 text-amber-950" : "bg-green-100 text-green-900"}`}>
          {value}%{low ? " (low)" : ""}
        </span>
      );
    },
  }),
]);

/** Columns from the clinical record, left out for a viewer who may not open it (the front desk). */
const CLINICAL_COLUMNS = new Set(["openStopFlag", "activePlan", "adherence"]);

export function ClientsTable({
  clients,
  mayOpenChart,
  timeZone,
  serverSort,
}: {
  clients: ClientRowDto[];
  mayOpenChart: boolean;
  timeZone: string;
  serverSort: Record<string, { href: string; sorted: "asc" | "desc" | false }>;
}) {
  const rows = clients.map((c) => ({
    ...c,
    timeZone,
    href: mayOpenChart ? `/clients/${c.id}` : `/clients/${c.id}/edit`,
  }));
  return (
    <DataTable
      columns={mayOpenChart ? columns : columns.filter((c) => !CLINICAL_COLUMNS.has(c.id ?? ""))}
      data={rows}
      caption="Clients of the practice"
      emptyMessage="No clients match."
      serverSort={serverSort}
    />
  );
}
