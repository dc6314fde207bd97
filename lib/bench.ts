/**
 * Whether this server runs for `npm run bench`: only then do the /bench floors and counters
 * answer. server.mjs refuses /bench addresses before Next sees them unless it is set; the pages
 * check again, so a server started another way never serves them either.
 */
export function benchEnabled(): boolean {
  return process.env.UNKNOT_BENCH === "1";
}
