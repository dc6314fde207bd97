// What `npm run bench` reads between requests: the process's statement count and memory.
import "server-only";
import { statementsSent } from "@/db/statement-count";
import { benchEnabled } from "@/lib/bench";

/** Null unless the server runs for the bench (UNKNOT_BENCH=1): no production server answers it. */
export function benchStats(): { statements: number; memory: NodeJS.MemoryUsage } | null {
  if (!benchEnabled()) return null;
  return { statements: statementsSent(), memory: process.memoryUsage() };
}
