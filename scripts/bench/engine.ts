// One engine's run: the floors, every page against the bare floor, statements per request, memory.
import { loadavg } from "node:os";
import { createDatabase } from "./databases";
import { firstLoadJs, lighthouseScores, type LighthouseScores } from "./front-end";
import { paired, type PairedResult } from "./pairs";
import { demoPages, demoSessions, type BenchPage } from "./pages";
import { startServer, type Engine } from "./server";
import { serverStats, statementsPerRequest } from "./statements";

export interface PageRow extends PairedResult {
  name: string;
  path: string;
  budgeted: boolean;
  statements: number;
}

export interface EngineRun {
  engine: Engine;
  /** Load average (1 minute) when the run started and ended. */
  load: [number, number];
  floors: { staticVsBare: PairedResult; sessionVsBare: PairedResult };
  pages: PageRow[];
  /**
   * Resident memory idle, right after the run, and after a full collection and 5 s of quiet;
   * the heap in use idle and after that collection (what the server holds: a leak shows there).
   */
  memory: { idle: number; after: number; settled: number; heapIdle: number; heapAfter: number };
  frontEnd?: { firstLoadJs: Record<string, number>; lighthouse: Record<string, LighthouseScores> };
}

export interface EngineOptions {
  engine: Engine;
  port: number;
  pairs: number;
  seconds: number;
  connections: number;
  frontEnd: boolean;
  log: (line: string) => void;
}

const BARE = "/bench/bare";

export async function runEngine(options: EngineOptions): Promise<EngineRun> {
  const database = options.engine === "postgres" ? await createDatabase("pages") : null;
  const server = await startServer({
    engine: options.engine,
    port: options.port,
    databaseUrl: database?.url,
    demo: true,
  });
  try {
    const startLoad = loadavg()[0]!;
    const sessions = await demoSessions(server.origin);
    const pages = await demoPages(server.origin, sessions);
    // Idle: started, migrated, demo made and each page served once, before any load.
    const idle = server.rss();
    const heapIdle = (await serverStats(server.origin, true)).memory.heapUsed;
    const pair = (target: { path: string; cookie?: string }) =>
      paired({ origin: server.origin, bare: BARE, ...options }, target);
    options.log(`${options.engine}: floors`);
    const floors = {
      staticVsBare: await pair({ path: "/bench/static" }),
      sessionVsBare: await pair({ path: "/bench/session", cookie: sessions.therapist }),
    };
    const rows: PageRow[] = [];
    for (const page of pages) {
      options.log(`${options.engine}: ${page.name}`);
      const result = await pair(page);
      rows.push({
        name: page.name,
        path: page.path,
        budgeted: page.budgeted ?? false,
        statements: await statementsPerRequest(server.origin, page.path, page.cookie),
        ...result,
      });
    }
    const after = server.rss();
    const heapAfter = (await serverStats(server.origin, true)).memory.heapUsed;
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const settled = server.rss();
    let frontEnd: EngineRun["frontEnd"];
    if (options.frontEnd) {
      options.log(`${options.engine}: first-load JS and Lighthouse`);
      const byName = (name: string) => pages.find((p) => p.name === name)!;
      const bare: BenchPage = { name: "bare floor", path: BARE };
      frontEnd = {
        firstLoadJs: await firstLoadJs(server.origin, [bare, ...pages]),
        lighthouse: lighthouseScores(server.origin, [
          byName("portal: Today"),
          byName("clients: first page"),
          byName("booking: a day's slots"),
        ]),
      };
    }
    return {
      engine: options.engine,
      load: [startLoad, loadavg()[0]!],
      floors,
      pages: rows,
      memory: { idle, after, settled, heapIdle, heapAfter },
      frontEnd,
    };
  } finally {
    await server.stop();
    await database?.drop();
  }
}
