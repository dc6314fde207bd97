import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataFolder } from "@/db/pglite-lock";

const freshFolder = () => path.join(mkdtempSync(path.join(tmpdir(), "unknot-lock-")), "pglite");

describe("the embedded data folder lock", () => {
  it("refuses a second opener while the owner runs, naming the folder", async () => {
    const folder = freshFolder();
    const owner = spawn("sleep", ["30"]);
    try {
      writeFileSync(`${folder}.lock`, String(owner.pid));
      expect(() => lockDataFolder(folder)).toThrow(
        `The embedded database folder ${folder} is in use by another process (pid ${owner.pid})`,
      );
    } finally {
      owner.kill();
    }
  });

  it("takes over a lock left by a process that died (a start killed mid-way recovers)", async () => {
    const folder = freshFolder();
    const dead = spawn("true");
    await new Promise((resolve) => dead.on("exit", resolve));
    writeFileSync(`${folder}.lock`, String(dead.pid));
    const release = lockDataFolder(folder);
    expect(readFileSync(`${folder}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(existsSync(`${folder}.lock`)).toBe(false);
  });
});
