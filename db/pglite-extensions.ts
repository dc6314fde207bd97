import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/**
 * The PostgreSQL extensions the migrations need, for every place that opens PGlite (the app,
 * the test template, backup and restore, the large seed): btree_gist, for the appointments'
 * no-overlap exclusion constraint (db/migrations/0008), and unaccent, for searching clients by
 * name whatever the accents (0009). PGlite ships both as contrib modules.
 */
export function pgliteExtensions() {
  return { btree_gist, unaccent };
}
