// `npm test`: every layer in order, stopping at the first failure with its exit code, then a
// table of each layer's duration and the total.
//
//   node scripts/run-tests.mjs [layer…]     (default: all of them, in this order)
//
// When TEST_DATABASE_URL is unset, a throwaway PostgreSQL (scripts/test-postgres.mjs) is started
// before the first layer that uses one and stopped at the end, also on failure and on Ctrl-C;
// the layers then find it in TEST_DATABASE_URL, so the integration suite runs on both engines.
// The layers run with TMPDIR set to a folder of this run, deleted at the end (isolateTempDir).
import { runInGroup } from "./process-group.mjs";
import { startTestPostgres, isolateTempDir } from "./test-postgres.mjs";

const LAYERS = [
  { name: "typecheck", script: "typecheck" },
  { name: "lint", script: "lint" },
  { name: "unit", script: "test:unit" },
  { name: "integration", script: "test:integration", postgres: true },
  { name: "e2e", script: "test:e2e" },
  { name: "security", script: "test:security", postgres: true },
];
const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !LAYERS.some((layer) => layer.name === name));
if (unknown.length > 0) {
  console.error(`Unknown layer ${unknown.join(", ")}. Layers: ${LAYERS.map((l) => l.name).join(", ")}.`);
  process.exit(2);
}
const layers = asked.length > 0 ? LAYERS.filter((layer) => asked.includes(layer.name)) : LAYERS;

function duration(ms) {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${String(Math.round(s % 60)).padStart(2, "0")} s`;
}

const rows = []; // { name, ms, result }
let current = null; // the running layer (runInGroup)
let interrupted = null;
let postgres = null;

// Ctrl-C reaches the layer's group through the runner, which waits for the layer to wind down
// before it stops the server; a second one kills the layer's group at once.
function onSignal(signal) {
  if (interrupted) {
    current?.signal("SIGKILL");
    return;
  }
  interrupted = signal;
  console.error(`\n${signal}: stopping…`);
  current?.signal(signal);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, onSignal);

async function run(script) {
  current = runInGroup("npm", ["run", script]);
  try {
    return await current.done;
  } finally {
    current = null;
  }
}

const started = Date.now();
let exitCode = 0;
const removeTempDir = isolateTempDir();
if (process.env.TEST_DATABASE_URL && layers.some((layer) => layer.postgres)) {
  const { hostname, port, pathname } = new URL(process.env.TEST_DATABASE_URL);
  rows.push({ name: "postgres", ms: null, result: `TEST_DATABASE_URL: ${hostname}:${port || 5432}${pathname}` });
}
try {
  for (const layer of layers) {
    if (interrupted) break;
    if (layer.postgres && !process.env.TEST_DATABASE_URL) {
      const t0 = Date.now();
      console.log("\n── postgres: a throwaway server (TEST_DATABASE_URL is unset)");
      postgres = await startTestPostgres({ log: (line) => console.log(line) });
      process.env.TEST_DATABASE_URL = postgres.url;
      rows.push({ name: "postgres", ms: Date.now() - t0, result: `started on port ${postgres.port}` });
    }
    if (interrupted) break;
    console.log(`\n── ${layer.name}: npm run ${layer.script}`);
    const t0 = Date.now();
    const code = await run(layer.script);
    const row = { name: layer.name, ms: Date.now() - t0, result: code === 0 ? "passed" : `failed (exit ${code})` };
    rows.push(row);
    if (interrupted) {
      row.result = `interrupted (${interrupted})`;
      break;
    }
    if (code !== 0) {
      exitCode = code;
      break;
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  rows.push({ name: "postgres", ms: 0, result: "could not start" });
  exitCode = 1;
} finally {
  if (postgres) {
    const t0 = Date.now();
    await postgres.stop();
    const row = rows.find((r) => r.name === "postgres");
    row.ms += Date.now() - t0;
    row.result += ", stopped and deleted";
  }
  removeTempDir?.();
}
if (interrupted) exitCode = 128 + SIGNAL_NUMBERS[interrupted];

for (const layer of layers) {
  if (!rows.some((r) => r.name === layer.name)) rows.push({ name: layer.name, ms: null, result: "not run" });
}
const total = Date.now() - started;
const table = [
  ["layer", "time", "result"],
  ...rows.map((r) => [r.name, r.ms === null ? "–" : duration(r.ms), r.result]),
  ["total", duration(total), exitCode === 0 ? "passed" : `failed (exit ${exitCode})`],
];
const width = [0, 1].map((i) => Math.max(...table.map((cells) => cells[i].length)));
const line = (cells) => `${cells[0].padEnd(width[0])}  ${cells[1].padStart(width[1])}  ${cells[2]}`;
console.log(`\n${line(table[0])}`);
for (const cells of table.slice(1, -1)) console.log(line(cells));
console.log(line(table.at(-1)));
const count = (test) => rows.filter((r) => r.name !== "postgres" && test(r.result)).length;
const [passed, skipped] = [count((r) => r === "passed"), count((r) => r === "not run")];
console.log(`layers: ${passed} passed, ${layers.length - passed - skipped} failed, ${skipped} skipped`);
process.exit(exitCode);
