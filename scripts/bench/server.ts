// One production app server for the bench, on either engine, with the bench floors switched on.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";

export type Engine = "postgres" | "pglite";

export interface BenchServer {
  engine: Engine;
  origin: string;
  pid: number;
  /** Resident memory of the server process, in bytes (from /proc, as the operating system counts it). */
  rss(): number;
  stop(): Promise<void>;
}

export interface ServerOptions {
  engine: Engine;
  port: number;
  /** PostgreSQL: the database's URL. PGlite: ignored (a fresh folder under .data/bench). */
  databaseUrl?: string;
  /** Whether the demo practices are created on an empty database. */
  demo: boolean;
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status);
  return kb ? Number(kb[1]) * 1024 : 0;
}

async function waitReady(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app server exited (${child.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${origin}/sign-in`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app server did not answer within 2 minutes:\n${log()}`);
}

export async function startServer(options: ServerOptions): Promise<BenchServer> {
  const dataDir = path.join(".data", "bench", `pglite-${options.port}`);
  rmSync(dataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    UNKNOT_BENCH: "1",
    DEMO_DATA: options.demo ? "on" : "off",
    DATABASE_URL: options.engine === "postgres" ? options.databaseUrl : "",
    PGLITE_DATA_DIR: dataDir,
    UNKNOT_LOG_SQL: "",
    // The job runner's rounds (a freshly seeded practice's daily adherence pass: six statements
    // per client) would land inside the pages' timings and statement counts; the bench measures
    // pages. Its cost is the job runner's, measured on its own (test/integration/homework-reminders).
    UNKNOT_JOBS: "off",
  };
  const child = spawn(process.execPath, ["--expose-gc", "server.mjs", "-p", String(options.port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const origin = `http://127.0.0.1:${options.port}`;
  await waitReady(origin, child, () => output);
  return {
    engine: options.engine,
    origin,
    pid: child.pid!,
    rss: () => rssOf(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
