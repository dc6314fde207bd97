// What `npm run bench` reads between requests: the process's statement count and memory.
import "server-only";
import { statementsSent } from "@/db/statement-count";
import { benchEnabled } from "@/lib/bench";

/** Null unless the server runs for the bench (UNKNOT_BENCH=1): no production server answers it. */
export function benchStats(collect = false): { statements: number; memory: NodeJS.MemoryUsage } | null {
  if (!benchEnabled()) return null;
  // With node --expose-gc (the bench starts its servers so), memory after a full collection:
  // what the server holds, not garbage it has not yet had reason to collect.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (collect && gc) gc();
  return { statements: statementsSent(), memory: process.memoryUsage() };
}
