// Runs a command in a process group of its own, so that a signal reaches everything it started
// (npm, the shell, vitest, its workers, the servers they spawn) and the caller can wait until all
// of it has exited, not only the direct child (npm exits on SIGTERM before its children do).
import { spawn } from "node:child_process";
import { constants } from "node:os";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The exit code a shell would report for a child that ended with `code` or `signal`. */
export const exitCodeOf = (code, signal) => code ?? 128 + (constants.signals[signal] ?? 15);

/**
 * Starts `command` (with `args`, or a shell command line when `shell` is true) in a new process
 * group. `signal(name)` sends a signal to the whole group; `done` resolves to the exit code once
 * the command has exited and nothing of its group is left: stragglers get SIGTERM after
 * `graceMs`, then SIGKILL. With `group: false` the command stays in the caller's group and only
 * the command itself is signalled and waited for.
 */
export function runInGroup(
  command,
  args = [],
  { shell = false, env = process.env, graceMs = 15_000, group = true } = {},
) {
  const child = spawn(command, args, { stdio: "inherit", env, shell, detached: group });
  const target = group ? -child.pid : child.pid;
  const signal = (name) => {
    try {
      process.kill(target, name);
    } catch {
      // the group is gone already
    }
  };
  const alive = () => {
    if (!group) return false; // `exit` has fired: the child is gone
    try {
      process.kill(target, 0);
      return true;
    } catch (error) {
      return error.code === "EPERM";
    }
  };
  async function drained(ms) {
    for (const end = Date.now() + ms; Date.now() < end;) {
      if (!alive()) return true;
      await sleep(100);
    }
    return !alive();
  }
  const done = new Promise((resolve) => {
    child.once("error", (error) => {
      console.error(error.message);
      resolve(127);
    });
    child.once("exit", async (code, name) => {
      if (!(await drained(1_000))) {
        console.error(`Waiting for what \`${[command, ...args].join(" ")}\` left running…`);
      }
      if (!(await drained(graceMs))) {
        signal("SIGTERM");
        if (!(await drained(10_000))) {
          signal("SIGKILL");
          await drained(5_000);
        }
      }
      resolve(exitCodeOf(code, name));
    });
  });
  return { child, done, signal };
}
