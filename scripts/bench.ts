// npm run bench [-- --pairs N --seconds S --sizes 1000,10000,100000 --engines postgres,pglite --no-front-end]
// npm run bench -- --compare A.json B.json
// Measures the production build on PostgreSQL and on PGlite against the framework's own floors
// (README, "Benchmarks"). Run it on a quiet machine: figures are ratios to the bare floor taken in
// interleaved pairs, but a busy machine still widens them.
import { execSync } from "node:child_process";
import { parseArgs } from "node:util";
import { runEngine } from "./bench/engine";
import { growthAt } from "./bench/growth";
import { compareRuns, printRun, saveRun, type BenchRun } from "./bench/report";
import type { Engine } from "./bench/server";

const PORT = Number(process.env.BENCH_PORT ?? 3400);

function numbers(text: string, name: string): number[] {
  const values = text.split(",").map((v) => Number(v.trim().replaceAll("_", "")));
  if (values.some((v) => !Number.isInteger(v) || v < 1))
    throw new Error(`--${name} takes whole numbers, e.g. 1000,10000`);
  return values;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      compare: { type: "boolean" },
      pairs: { type: "string", default: "3" },
      seconds: { type: "string", default: "1" },
      connections: { type: "string", default: "4" },
      sizes: { type: "string", default: "1000,10000,100000" },
      engines: { type: "string", default: "postgres,pglite" },
      "no-front-end": { type: "boolean" },
      "no-growth": { type: "boolean" },
    },
  });
  if (values.compare) {
    if (positionals.length !== 2) throw new Error("npm run bench -- --compare A.json B.json");
    compareRuns(positionals[0]!, positionals[1]!);
    return;
  }
  const started = Date.now();
  const one = (text: string, name: string) => numbers(text, name)[0]!;
  const pairs = one(values.pairs, "pairs");
  const seconds = Number(values.seconds);
  if (!(seconds >= 0.5)) throw new Error("--seconds takes a number of at least 0.5");
  const connections = one(values.connections, "connections");
  const sizes = values["no-growth"] ? [] : numbers(values.sizes, "sizes");
  const engines = values.engines.split(",").map((e) => e.trim()) as Engine[];
  const log = (line: string) =>
    console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const run: BenchRun = {
    startedAt: new Date(started).toISOString(),
    commit: execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim(),
    seconds: 0,
    settings: { pairs, seconds, connections, sizes },
    engines: [],
    growth: [],
  };
  for (const [i, engine] of engines.entries()) {
    run.engines.push(
      await runEngine({
        engine,
        port: PORT + i,
        pairs,
        seconds,
        connections,
        frontEnd: i === 0 && !values["no-front-end"],
        log,
      }),
    );
  }
  for (const size of sizes) {
    log(`growth: ${size.toLocaleString("en-US")} clients (seeding)`);
    run.growth.push(await growthAt(size, PORT + 10, 30));
  }
  run.seconds = (Date.now() - started) / 1000;
  printRun(run);
  console.log(`\nSaved ${saveRun(run)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
