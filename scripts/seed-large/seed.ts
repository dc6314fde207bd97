import {
  appointments,
  appointmentTypes,
  callbackRequests,
  checkoffs,
  clients,
  findings,
  flags,
  intakeActivities,
  intakes,
  invitations,
  painLogs,
  planEntries,
  plans,
  planVersions,
  practices,
  screeningAnswers,
  screenings,
  sessionNotes,
  symptomReports,
  timeOff,
  users,
  workingHours,
} from "../../db/schema";
import { hashPassword } from "../../lib/auth/password";
import { dayIn } from "../../lib/domain/days";
import { seedClient } from "./client";
import { createCopyBuffer, type CopyBuffer, type CopyChunk } from "./copy-rows";
import { SEED_DOMAIN, SEED_TIME_ZONES } from "./people";
import { seedPractice } from "./practice";
import { createRandom } from "./random";
import type { SeedTarget } from "./target";

/** The password of every seed login (staff and clients' portal logins): seed data only. */
export const SEED_PASSWORD = "unknot-seed-2026";
/** Clients per practice when --practices is not given. */
const CLIENTS_PER_PRACTICE = 25_000;
/** Clients built in memory before their rows are copied: a few hundred thousand rows. */
const CHUNK = 2_000;

/** Parents before children, so every foreign key holds at every COPY. */
const ORDER = [
  practices,
  users,
  appointmentTypes,
  workingHours,
  timeOff,
  callbackRequests,
  clients,
  invitations,
  intakes,
  intakeActivities,
  sessionNotes,
  screenings,
  screeningAnswers,
  flags,
  findings,
  plans,
  planEntries,
  planVersions,
  painLogs,
  checkoffs,
  symptomReports,
  appointments,
];

export interface SeedOptions {
  clients: number;
  practices?: number;
  seed?: number;
  now?: Date;
  log?: (line: string) => void;
}

export interface SeedReport {
  practices: number[];
  rows: Record<string, number>;
  seconds: number;
}

const elapsed = (started: number) => `${((performance.now() - started) / 1000).toFixed(0)} s`;

export class SeedRefusedError extends Error {
  name = "SeedRefusedError";
}

/**
 * Refuses a database holding anything but seed and demo practices: a practice counts as real
 * when it has no login at all or a login outside @seed.unknot.test and @demo.unknot.test.
 */
async function refuseRealData(target: SeedTarget): Promise<void> {
  const [schema] = await target.rows<{ ready: boolean }>(
    "select to_regclass('public.practices') is not null and to_regclass('public.users') is not null as ready",
  );
  if (!schema?.ready) return;
  const real = await target.rows<{ name: string }>(
    `select p.name from practices p
      where not exists (select 1 from users u where u.practice_id = p.id)
         or exists (select 1 from users u where u.practice_id = p.id
                     and lower(u.email) not like '%@${SEED_DOMAIN}' and lower(u.email) not like '%@demo.unknot.test')
      order by p.created_at limit 3`,
  );
  if (real.length > 0) {
    throw new SeedRefusedError(
      `${target.label} holds real data (practice ${real.map((r) => `"${r.name}"`).join(", ")} has logins outside ` +
        `@${SEED_DOMAIN} and @demo.unknot.test). The large seed only fills an empty database or one holding ` +
        `seed and demo data; nothing was changed.`,
    );
  }
}

/**
 * Fills the database with `clients` clients spread over seed practices (numbered after any seed
 * practices already there), each practice in one transaction: a failure leaves whole practices
 * or none. Rows go in with COPY, in batches of CHUNK clients.
 */
export async function seedLarge(target: SeedTarget, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const seed = options.seed ?? 1;
  const practiceCount = options.practices ?? Math.max(1, Math.round(options.clients / CLIENTS_PER_PRACTICE));
  await refuseRealData(target);
  await target.prepare();
  const [last] = await target.rows<{ n: number }>(
    `select coalesce(max(substring(lower(email) from '\\.p([0-9]+)@${SEED_DOMAIN.replaceAll(".", "\\.")}$')::int), 0) as n from users`,
  );
  const first = Number(last?.n ?? 0) + 1;
  const passwordHash = await hashPassword(SEED_PASSWORD);
  const rows: Record<string, number> = {};
  /** Writes what `out` holds (one batch of clients), parents first. */
  const write = async (chunks: CopyChunk[], notesToSign: string[]) => {
    for (const chunk of chunks) {
      await target.copy(chunk);
      rows[chunk.table] = (rows[chunk.table] ?? 0) + chunk.rows;
      // Signed once their findings are in, as the app signs: the database refuses findings on a signed note.
      if (chunk.table === "findings" && notesToSign.length > 0) {
        await target.rows("update session_notes set status = 'signed' where id = any($1::uuid[])", [notesToSign]);
      }
    }
    // PGlite's one backend writes out every dirty page it evicts, flushing the WAL first: once
    // its 128 MB of buffers filled, 10,000 clients took twice as long (107 s against 57 s). A
    // checkpoint per batch writes the pages in one go, and evictions then find clean ones.
    if (target.engine === "pglite") await target.exec("CHECKPOINT");
  };
  const take = (out: CopyBuffer) => ORDER.map((table) => out.take(table)).filter((c) => c !== null);
  const numbers: number[] = [];
  for (let i = 0; i < practiceCount; i++) {
    const number = first + i;
    const clientCount = Math.floor(options.clients / practiceCount) + (i < options.clients % practiceCount ? 1 : 0);
    const timeZone = SEED_TIME_ZONES[(number - 1) % SEED_TIME_ZONES.length]!;
    const out = createCopyBuffer();
    await target.exec("BEGIN");
    try {
      const practice = seedPractice({
        number,
        timeZone,
        today: dayIn(timeZone, now),
        now,
        clients: clientCount,
        passwordHash,
        random: createRandom(seed, number),
        out,
      });
      await write(take(out), []);
      // While the database takes one batch, the next is built: PostgreSQL works in its own
      // process, so both cores are busy (PGlite runs on this thread and gains nothing).
      let writing: Promise<void> = Promise.resolve();
      for (let from = 0; from < clientCount; from += CHUNK) {
        const notesToSign: string[] = [];
        const to = Math.min(clientCount, from + CHUNK);
        for (let c = from; c < to; c++) {
          seedClient(practice, c + 1, notesToSign);
          if (c % 20 === 0) await new Promise(setImmediate);
        }
        await writing;
        if (from > 0) log(`practice ${number}: ${from}/${clientCount} clients (${elapsed(started)})`);
        writing = write(take(out), notesToSign);
        // Awaited above at the next batch; until then, a failure must not count as unhandled.
        writing.catch(() => {});
      }
      await writing;
      log(`practice ${number}: ${clientCount}/${clientCount} clients (${elapsed(started)})`);
      await target.exec("COMMIT");
    } catch (error) {
      await target.exec("ROLLBACK").catch(() => {});
      throw error;
    }
    numbers.push(number);
  }
  // Planner statistics for the new rows now, as a database in use has them, rather than whenever
  // autovacuum gets there: until then a query may be planned for the empty tables.
  log(`analyzing (${elapsed(started)})`);
  await target.exec("ANALYZE");
  return { practices: numbers, rows, seconds: (performance.now() - started) / 1000 };
}
