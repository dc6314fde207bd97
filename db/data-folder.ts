import path from "node:path";

/**
 * The embedded database's folder: PGLITE_DATA_DIR, else ./.data/pglite. An empty
 * PGLITE_DATA_DIR means the default too (a blank line in an env file must not point PGlite
 * at the project folder itself). The server, backup and restore all open this one folder.
 */
export function dataFolder(): string {
  const configured = process.env.PGLITE_DATA_DIR;
  return path.resolve(/*turbopackIgnore: true*/ configured || path.join(process.cwd(), ".data", "pglite"));
}
