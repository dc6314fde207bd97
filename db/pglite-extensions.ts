import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";

/**
 * The PostgreSQL extensions the migrations need, for every place that opens PGlite (the app,
 * the test template, backup and restore): btree_gist, for the appointments' no-overlap
 * exclusion constraint (db/migrations/0008). PGlite ships it as a contrib module.
 */
export function pgliteExtensions() {
  return { btree_gist };
}
