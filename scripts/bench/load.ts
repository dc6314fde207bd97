// Load on one address: autocannon drives it, and every response's time is kept for percentiles.
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers that were not 2xx, and connection errors: a page that fails is not a fast page. */
  failures: number;
  requests: number;
}

export interface LoadOptions {
  url: string;
  cookie?: string;
  connections?: number;
  /** Seconds to run (the default); or a fixed number of requests. */
  seconds?: number;
  amount?: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export async function load(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const instance = autocannon({
    url: options.url,
    connections: options.connections ?? 4,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 2 }),
    headers: options.cookie ? { cookie: options.cookie } : {},
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const seconds = result.duration > 0 ? result.duration : 1;
  return {
    requestsPerSecond: result.requests.total / seconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    failures: result.non2xx + result.errors + result.timeouts,
    requests: result.requests.total,
  };
}
