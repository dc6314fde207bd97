import type { ClientSort, ClientTableQuery } from "@/lib/validation/client-table";

/** The client table's address for a query: only set keys, no cursor unless given. */
export function clientTableHref(query: Partial<ClientTableQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, String(value));
  const text = params.toString();
  return text ? `/clients?${text}` : "/clients";
}

/** The address sorted by a column: the current sort flips its direction, another starts at its own. */
export function sortHref(
  query: ClientTableQuery,
  column: ClientSort,
  current: { sort: ClientSort; dir: "asc" | "desc" },
  natural: "asc" | "desc",
): string {
  const dir = current.sort === column ? (current.dir === "asc" ? "desc" : "asc") : natural;
  return clientTableHref({ ...query, sort: column, dir, after: undefined, before: undefined });
}
