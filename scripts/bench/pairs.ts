// Each page measured against the bare floor in interleaved pairs (bare, page, bare, page…): the
// machine's noise falls on both halves of a pair, and the median of the pair ratios is reported.
import { load, type LoadResult } from "./load";

export interface PairedResult {
  /** The page's own figures: the median over its runs. */
  page: LoadResult;
  /** Median of the pairs' ratios: page requests/s over bare's, page p95 over bare's. */
  throughputRatio: number;
  p95Ratio: number;
}

export const median = (values: number[]) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function medianResult(results: LoadResult[]): LoadResult {
  return {
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p50: median(results.map((r) => r.p50)),
    p95: median(results.map((r) => r.p95)),
    p99: median(results.map((r) => r.p99)),
    failures: results.reduce((sum, r) => sum + r.failures, 0),
    requests: results.reduce((sum, r) => sum + r.requests, 0),
  };
}

export interface PairOptions {
  origin: string;
  bare: string;
  pairs: number;
  seconds: number;
  connections: number;
}

export async function paired(options: PairOptions, target: { path: string; cookie?: string }): Promise<PairedResult> {
  const run = (path: string, cookie?: string) =>
    load({ url: `${options.origin}${path}`, cookie, seconds: options.seconds, connections: options.connections });
  // A short warm-up, so the first pair does not pay for compiling the route's code.
  await load({ url: `${options.origin}${target.path}`, cookie: target.cookie, amount: 20, connections: 2 });
  const pages: LoadResult[] = [];
  const throughput: number[] = [];
  const p95: number[] = [];
  for (let i = 0; i < options.pairs; i++) {
    // The bare page carries the same cookie: only the page's own work differs.
    const bare = await run(options.bare, target.cookie);
    const page = await run(target.path, target.cookie);
    pages.push(page);
    throughput.push(page.requestsPerSecond / bare.requestsPerSecond);
    p95.push(page.p95 / bare.p95);
  }
  return { page: medianResult(pages), throughputRatio: median(throughput), p95Ratio: median(p95) };
}
