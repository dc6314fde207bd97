// The bench's table on the terminal, its JSON under bench/results/, and the comparison of two runs.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { EngineRun } from "./engine";
import type { GrowthRow } from "./growth";

export interface BenchRun {
  startedAt: string;
  commit: string;
  seconds: number;
  settings: { pairs: number; seconds: number; connections: number; sizes: number[] };
  engines: EngineRun[];
  growth: GrowthRow[];
}

/** The budgets of issue 14, each as a check on a run. */
const BUDGET = {
  signedIn: { postgres: 0.5, pglite: 0.35 },
  p95: 2,
  session: 0.85,
  growthP95: 30,
  growthRatio: 2,
  firstLoadJs: 1.3,
  lighthouse: { performance: 95, accessibility: 100, bestPractices: 100 },
  memory: 1.5,
};

const fixed = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const mark = (ok: boolean) => (ok ? "ok" : "OVER");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function engineText(run: EngineRun): string {
  const floor = BUDGET.signedIn[run.engine];
  const { staticVsBare, sessionVsBare } = run.floors;
  const rows = [
    [
      "static page (floor)",
      fixed(staticVsBare.page.requestsPerSecond, 0),
      fixed(staticVsBare.throughputRatio),
      fixed(staticVsBare.p95Ratio),
      "",
      "",
      "",
      "",
    ],
    [
      "bare + session check",
      fixed(sessionVsBare.page.requestsPerSecond, 0),
      fixed(sessionVsBare.throughputRatio),
      fixed(sessionVsBare.p95Ratio),
      fixed(sessionVsBare.page.p50, 1),
      fixed(sessionVsBare.page.p95, 1),
      fixed(sessionVsBare.page.p99, 1),
      `${mark(sessionVsBare.throughputRatio >= BUDGET.session)} ≥${BUDGET.session}`,
    ],
    ...run.pages.map((p) => [
      `${p.name} [${p.statements} st]`,
      fixed(p.page.requestsPerSecond, 0),
      fixed(p.throughputRatio),
      fixed(p.p95Ratio),
      fixed(p.page.p50, 1),
      fixed(p.page.p95, 1),
      fixed(p.page.p99, 1),
      p.budgeted ? `${mark(p.throughputRatio >= floor && p.p95Ratio <= BUDGET.p95)} ≥${floor}` : "",
    ]),
  ];
  const failures = run.pages.filter((p) => p.page.failures > 0).map((p) => `${p.name}: ${p.page.failures} failed`);
  const { memory } = run;
  const memoryOk = memory.settled <= BUDGET.memory * memory.idle;
  const lines = [
    `\n${run.engine === "postgres" ? "PostgreSQL" : "PGlite"} — load average ${fixed(run.load[0])} → ${fixed(run.load[1])}`,
    table(["page [statements/request]", "req/s", "×bare", "p95×bare", "p50 ms", "p95 ms", "p99 ms", "budget"], rows),
    `memory (RSS): ${mb(memory.idle)} idle, ${mb(memory.after)} after the run, ${mb(memory.settled)} after a collection and 5 s (${fixed(memory.settled / memory.idle)}× idle)` +
      (run.engine === "postgres" ? ` ${mark(memoryOk)} ≤${BUDGET.memory}×` : "") +
      `; heap in use ${mb(memory.heapIdle)} idle, ${mb(memory.heapAfter)} after`,
    ...failures,
  ];
  if (run.frontEnd) {
    const bare = run.frontEnd.firstLoadJs["bare floor"] ?? NaN;
    lines.push(
      "",
      table(
        ["first-load JS (gzip)", "KB", "×bare", "budget"],
        Object.entries(run.frontEnd.firstLoadJs).map(([name, bytes]) => [
          name,
          fixed(bytes / 1024, 1),
          fixed(bytes / bare),
          mark(bytes <= BUDGET.firstLoadJs * bare),
        ]),
      ),
      "",
      table(
        ["Lighthouse (mobile)", "performance", "accessibility", "best practices", "budget"],
        Object.entries(run.frontEnd.lighthouse).map(([name, s]) => [
          name,
          String(s.performance),
          String(s.accessibility),
          String(s.bestPractices),
          mark(
            s.performance >= BUDGET.lighthouse.performance &&
              s.accessibility >= BUDGET.lighthouse.accessibility &&
              s.bestPractices >= BUDGET.lighthouse.bestPractices,
          ),
        ]),
      ),
    );
  }
  return lines.join("\n");
}

function growthText(rows: GrowthRow[]): string {
  if (rows.length === 0) return "";
  const smallest = rows[0]!;
  const largest = rows.at(-1)!;
  const names = Object.keys(smallest.pages);
  const head = [
    "page (PostgreSQL, one request at a time)",
    ...rows.map((r) => `${r.clients.toLocaleString("en-US")}: p50/p95 ms, KB, st`),
  ];
  if (rows.length > 1) head.push(`${largest.clients / 1000}k/${smallest.clients / 1000}k p95`, "budget");
  const body = names.map((name) => {
    const cells = [
      name,
      ...rows.map((r) => {
        const p = r.pages[name]!;
        return `${fixed(p.p50, 1)}/${fixed(p.p95, 1)}, ${fixed(p.htmlBytes / 1024, 0)}, ${p.statements}`;
      }),
    ];
    if (rows.length > 1) {
      const big = largest.pages[name]!;
      const ratio = big.p95 / smallest.pages[name]!.p95;
      cells.push(fixed(ratio), mark(big.p95 <= BUDGET.growthP95 && ratio <= BUDGET.growthRatio));
    }
    return cells;
  });
  const seeds = rows.map((r) => `${r.clients.toLocaleString("en-US")} in ${fixed(r.seedSeconds, 0)} s`).join(", ");
  return `\nGrowth (seeded: ${seeds})\n${table(head, body)}`;
}

export function printRun(run: BenchRun): void {
  console.log(`\nUnknot bench, ${run.startedAt}, commit ${run.commit}, ${fixed(run.seconds / 60, 1)} min`);
  console.log(
    `Each page interleaved with the bare floor (bare, page) × ${run.settings.pairs}, ${run.settings.seconds} s each at ${run.settings.connections} connections; ×bare is the median of the pair ratios.`,
  );
  for (const engine of run.engines) console.log(engineText(engine));
  console.log(growthText(run.growth));
}

export function saveRun(run: BenchRun): string {
  const folder = path.join("bench", "results");
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${run.startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
  return file;
}

/** Two saved runs side by side: each page's ratio to the bare floor, and the growth figures. */
export function compareRuns(fileA: string, fileB: string): void {
  const [a, b] = [fileA, fileB].map((f) => JSON.parse(readFileSync(f, "utf8")) as BenchRun);
  console.log(`A: ${fileA} (${a!.commit})\nB: ${fileB} (${b!.commit})`);
  for (const engine of a!.engines) {
    const other = b!.engines.find((e) => e.engine === engine.engine);
    if (!other) continue;
    const rows = [
      ["bare + session check", engine.floors.sessionVsBare, other.floors.sessionVsBare] as const,
      ...engine.pages.map((p) => [p.name, p, other.pages.find((o) => o.name === p.name)] as const),
    ].map(([name, x, y]) => [
      name,
      fixed(x.throughputRatio),
      y ? fixed(y.throughputRatio) : "–",
      y ? fixed(y.throughputRatio / x.throughputRatio) : "–",
      fixed(x.page.p95, 1),
      y ? fixed(y.page.p95, 1) : "–",
    ]);
    console.log(`\n${engine.engine}`);
    console.log(table(["page", "A ×bare", "B ×bare", "B/A", "A p95 ms", "B p95 ms"], rows));
  }
  for (const row of a!.growth) {
    const other = b!.growth.find((g) => g.clients === row.clients);
    if (!other) continue;
    const rows = Object.entries(row.pages).map(([name, p]) => [
      name,
      fixed(p.p95, 1),
      other.pages[name] ? fixed(other.pages[name].p95, 1) : "–",
      String(p.statements),
      other.pages[name] ? String(other.pages[name].statements) : "–",
    ]);
    console.log(`\n${row.clients.toLocaleString("en-US")} clients`);
    console.log(table(["page", "A p95 ms", "B p95 ms", "A st", "B st"], rows));
  }
}
