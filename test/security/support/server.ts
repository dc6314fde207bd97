import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";

export interface RunningServer {
  baseURL: string;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export const AUTH_SECRET = randomBytes(32).toString("base64");

/**
 * Starts the production build through server.mjs (what `npm start` runs; one process, so
 * kill -9 hits the server itself) on PostgreSQL and waits until /sign-in answers. The suite's
 * agents play the one reverse proxy in front of it (TRUSTED_PROXY_HOPS=1): the X-Forwarded-For
 * entry each sends is the address the app sees, so a test can speak from many addresses.
 */
export async function startServer(opts: {
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
}): Promise<RunningServer> {
  let log = "";
  const child = spawn(process.execPath, [path.resolve("server.mjs"), "-p", String(opts.port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: opts.databaseUrl,
      AUTH_SECRET,
      DEMO_DATA: "off",
      PGLITE_DATA_DIR: "",
      TRUSTED_PROXY_HOPS: "1",
      ...opts.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const baseURL = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server.mjs exited ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${baseURL}/sign-in`, { redirect: "manual" });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server.mjs did not answer within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseURL,
    process: child,
    output: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
