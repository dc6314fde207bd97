// Statements each page sends to the database per request, read from the server's own counter
// (db/statement-count.ts) before and after one request. The job runner also sends statements on
// its own schedule, so the least of several tries is the page's.

interface Stats {
  statements: number;
  memory: NodeJS.MemoryUsage;
}

export async function serverStats(origin: string, collect = false): Promise<Stats> {
  const response = await fetch(`${origin}/bench/stats${collect ? "?gc" : ""}`);
  if (!response.ok) throw new Error(`/bench/stats answered ${response.status}: is UNKNOT_BENCH=1 set?`);
  return (await response.json()) as Stats;
}

export async function statementsPerRequest(origin: string, path: string, cookie?: string, tries = 3) {
  let least = Infinity;
  for (let i = 0; i < tries; i++) {
    const before = (await serverStats(origin)).statements;
    const response = await fetch(`${origin}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    await response.arrayBuffer();
    const after = (await serverStats(origin)).statements;
    least = Math.min(least, after - before);
  }
  return least;
}
