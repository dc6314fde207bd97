import type { Logger } from "drizzle-orm/logger";

/**
 * Counts the statements this process sends to the database, whichever engine runs them. The
 * fan-out tests and the bench read it to catch a screen that starts reading call by call again.
 * Transaction control (begin, commit, rollback) is left out: node-postgres sends it as
 * statements, PGlite does not, and the count must mean the same on both engines.
 * UNKNOT_LOG_SQL=1 also prints each statement, for finding where a count comes from.
 */
const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release savepoint)\b/i;
// One counter per process: Next bundles this module into each route's code, so a module-level
// variable would count only the statements of the route that reads it.
const COUNTER = Symbol.for("unknot.statement-count");
const holder = globalThis as typeof globalThis & { [COUNTER]?: { statements: number } };
const counter = (holder[COUNTER] ??= { statements: 0 });

export const statementLogger: Logger = {
  logQuery(query) {
    if (TRANSACTION_CONTROL.test(query)) return;
    counter.statements += 1;
    if (process.env.UNKNOT_LOG_SQL === "1") console.log(`[sql] ${query}`);
  },
};

export function statementsSent(): number {
  return counter.statements;
}
