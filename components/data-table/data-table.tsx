"use client";

import Link from "next/link";
import { useTable, type ColumnDef, type RowData } from "@tanstack/react-table";
import { dataTableFeatures, type DataTableFeatures } from "./features";

interface DataTableProps<Row extends RowData> {
  /** Stable (module-level) column definitions; feature tables only define these. */
  columns: ColumnDef<DataTableFeatures, Row>[];
  data: Row[];
  caption: string;
  emptyMessage: string;
  /**
   * Sorting done by the server (a table of any size): for each sortable column, the address of
   * the table sorted by it and whether it is the current sort. Without it, the table sorts the
   * rows it was given.
   */
  serverSort?: Record<string, { href: string; sorted: "asc" | "desc" | false }>;
}

const arrows = { asc: "▲", desc: "▼" } as const;
const ariaSort = { asc: "ascending", desc: "descending" } as const;

/** The app's one table: semantic markup, keyboard-sortable headers with aria-sort. */
export function DataTable<Row extends RowData>({
  columns,
  data,
  caption,
  emptyMessage,
  serverSort,
}: DataTableProps<Row>) {
  const table = useTable({ features: dataTableFeatures, columns, data });
  const rows = table.getRowModel().rows;
  return (
    // relative: the scroller contains its cells' visually hidden (absolutely placed) text, which
    // would otherwise widen the page on a phone.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-800">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const server = serverSort?.[header.column.id];
                const sorted = server ? server.sorted : header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted ? ariaSort[sorted] : undefined}
                    className="px-4 py-2 font-semibold"
                  >
                    {header.isPlaceholder ? null : server ? (
                      <Link href={server.href} className="inline-flex items-center gap-1 hover:underline">
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">{sorted ? arrows[sorted] : ""}</span>
                      </Link>
                    ) : !serverSort && header.column.getCanSort() ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className="inline-flex items-center gap-1 hover:underline"
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">{sorted ? arrows[sorted] : ""}</span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-4 py-6 text-slate-600">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-200">
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="px-4 py-2">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
