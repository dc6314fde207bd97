// npm run seed:large -- [--clients N] [--practices P] [--seed S]: fills the app's database
// (DATABASE_URL, else the embedded folder, which must not be in use by a running server) with
// seed practices, staff, clients and their charts, plans, home care and appointments, for
// benchmarks and for trying the app at scale. Refuses a database that holds real data.
import { parseArgs } from "node:util";
import { seedLarge, SEED_PASSWORD, SeedRefusedError } from "./seed-large/seed";
import { openTarget } from "./seed-large/target";

function count(name: string, text: string | undefined, fallback: number | undefined): number | undefined {
  if (text === undefined) return fallback;
  const n = Number(text.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number of at least 1 (got "${text}").`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      clients: { type: "string" },
      practices: { type: "string" },
      seed: { type: "string" },
    },
  });
  const clients = count("clients", values.clients, 1000)!;
  const practices = count("practices", values.practices, undefined);
  const seed = count("seed", values.seed, 1)!;
  const target = await openTarget();
  try {
    console.log(`Seeding ${target.label} with ${clients} clients (seed ${seed})…`);
    const report = await seedLarge(target, { clients, practices, seed, log: (line) => console.log(`  ${line}`) });
    const width = Math.max(...Object.keys(report.rows).map((t) => t.length));
    let total = 0;
    console.log("Rows added:");
    for (const [table, n] of Object.entries(report.rows)) {
      console.log(`  ${table.padEnd(width)}  ${n.toLocaleString("en-US").padStart(11)}`);
      total += n;
    }
    console.log(`  ${"total".padEnd(width)}  ${total.toLocaleString("en-US").padStart(11)}`);
    console.log(`Done in ${report.seconds.toFixed(1)} s (${target.engine}).`);
    const p = report.practices[0];
    console.log(
      `Every seed login's password is "${SEED_PASSWORD}" (seed data only), e.g. admin.p${p}@seed.unknot.test, ` +
        `therapist1.p${p}@seed.unknot.test, frontdesk.p${p}@seed.unknot.test.`,
    );
  } finally {
    await target.close();
  }
}

main().catch((error: unknown) => {
  const refused = error instanceof SeedRefusedError;
  console.error(refused ? error.message : `Large seed failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
