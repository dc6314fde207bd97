import { createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, tableFeatures } from "@tanstack/react-table";

/** The features every table of the app shares: sortable columns, nothing more yet. */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});

export type DataTableFeatures = typeof dataTableFeatures;
