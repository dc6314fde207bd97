import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";

/**
 * One process owns a PGlite data folder. Two openers corrupt it silently (STACK-NOTES.md
 * pitfall 5), so the owner writes its pid to `<folder>.lock` and any other process that finds
 * a live pid there stops with a message naming the folder. A lock left by a killed process
 * (its pid no longer runs) is taken over, so a start killed mid-migration recovers.
 */
export class DataFolderLockedError extends Error {
  constructor(folder: string, pid: number) {
    super(
      `The embedded database folder ${folder} is in use by another process (pid ${pid}). ` +
        `Stop that process first, or point DATABASE_URL at PostgreSQL to run several processes.`,
    );
    this.name = "DataFolderLockedError";
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock for `folder` or throws DataFolderLockedError; returns a release function. */
export function lockDataFolder(folder: string): () => void {
  const lockPath = `${folder}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        if (readOwner(lockPath) === process.pid) unlinkSync(lockPath);
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(lockPath);
      if (owner !== null && owner !== process.pid && isRunning(owner)) {
        throw new DataFolderLockedError(folder, owner);
      }
      // Stale lock from a process that died (or our own pid reused after a crash): take it over.
      try {
        unlinkSync(lockPath);
      } catch {
        // another process removed it first; try again
      }
    }
  }
  throw new DataFolderLockedError(folder, readOwner(lockPath) ?? -1);
}
