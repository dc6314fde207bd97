"use client";

import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { ClientSummary } from "@/lib/dal/client-list";
import { formatDate, fullName } from "@/lib/format";

/** A row of the table: a client and where their name leads (the record, or contact details). */
type Row = ClientSummary & { href: string };

const column = createColumnHelper<DataTableFeatures, Row>();

const columns = column.columns([
  column.accessor((c) => `${c.familyName} ${c.givenName}`, {
    id: "name",
    header: "Name",
    sortFn: "alphanumeric",
    cell: (info) => (
      <Link href={info.row.original.href} className="font-medium text-brand-700 underline">
        {fullName(info.row.original)}
      </Link>
    ),
  }),
  column.accessor("dateOfBirth", { header: "Date of birth", cell: (info) => formatDate(info.getValue()) }),
  column.accessor("therapistName", { header: "Therapist", cell: (info) => info.getValue() ?? "—" }),
  column.accessor("hasPortalLogin", {
    header: "Portal",
    enableSorting: false,
    cell: (info) => (info.getValue() ? "Active" : "Not invited"),
  }),
]);

export function ClientsTable({ clients, mayOpenChart }: { clients: ClientSummary[]; mayOpenChart: boolean }) {
  const rows = clients.map((c) => ({ ...c, href: mayOpenChart ? `/clients/${c.id}` : `/clients/${c.id}/edit` }));
  return <DataTable columns={columns} data={rows} caption="Clients of the practice" emptyMessage="No clients yet." />;
}
