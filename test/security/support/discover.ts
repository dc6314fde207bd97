import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Every entry point of the app, read from the file system (never from a hand-kept list):
 * pages (app/**\/page.*), route handlers (app/**\/route.* and the HTTP methods they export) and
 * server actions (every export of every module that starts with "use server").
 */
export interface EntryPoint {
  /** The policy key: "page /clients/[id]", "GET /api/auth/[...nextauth]", "action app/x/actions.ts#save" */
  key: string;
  kind: "page" | "route" | "action";
  /** URL pattern for pages and routes; the module file for actions. */
  pattern: string;
  /** Route handler method, or the action's export name. */
  name?: string;
  file: string;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const SOURCE = /\.(tsx?|jsx?|mjs)$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (SOURCE.test(entry)) out.push(full);
  }
  return out;
}

/** "app/(clinician)/clients/[id]/page.tsx" -> "/clients/[id]": route groups and slots leave no trace in the URL. */
export function urlPattern(appRelativeDir: string): string {
  const segments = appRelativeDir
    .split(/[\\/]/)
    .filter((s) => s && s !== "." && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return "/" + segments.join("/");
}

/** Names a module exports (functions, consts, destructured consts, export lists); not types. */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  for (const m of code.matchAll(/export\s+(?:default\s+)?(?:async\s+)?function\s*\*?\s*(\w+)/g)) names.add(m[1]!);
  for (const m of code.matchAll(/export\s+(?:const|let|var)\s+(\w+)/g)) names.add(m[1]!);
  for (const m of code.matchAll(/export\s+(?:const|let|var)\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const name = part.split(":").pop()!.split("=")[0]!.trim();
      if (name) names.add(name);
    }
  }
  for (const m of code.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) {
      if (/^\s*type\s/.test(part)) continue;
      const name = part
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (name) names.add(name);
    }
  }
  if (/export\s+default\s+(?!async\s+function|function)/.test(code)) names.add("default");
  return [...names];
}

/** True when the module's first statement is the "use server" directive. */
export function isServerModule(source: string): boolean {
  const code = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(code);
}

/** Discovers the entry points under `root` (the project folder; pages and routes live in root/app). */
export function discoverEntryPoints(root: string): EntryPoint[] {
  const entries: EntryPoint[] = [];
  const appDir = path.join(root, "app");
  for (const file of walk(appDir)) {
    const rel = path.relative(root, file).split(path.sep).join("/");
    const base = path.basename(file).replace(SOURCE, "");
    const dir = path.relative(appDir, path.dirname(file));
    if (base === "page") {
      const pattern = urlPattern(dir);
      entries.push({ key: `page ${pattern}`, kind: "page", pattern, file: rel });
    } else if (base === "route") {
      const pattern = urlPattern(dir);
      for (const name of exportedNames(readFileSync(file, "utf8")).filter((n) => METHODS.includes(n))) {
        entries.push({ key: `${name} ${pattern}`, kind: "route", pattern, name, file: rel });
      }
    }
  }
  for (const folder of ["app", "components", "lib"]) {
    const dir = path.join(root, folder);
    let files: string[] = [];
    try {
      files = walk(dir);
    } catch {
      continue;
    }
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      if (!isServerModule(source)) continue;
      const rel = path.relative(root, file).split(path.sep).join("/");
      for (const name of exportedNames(source)) {
        entries.push({ key: `action ${rel}#${name}`, kind: "action", pattern: rel, name, file: rel });
      }
    }
  }
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}

/** Keys of discovered entry points with no row in the policy table, and rows naming nothing. */
export function unlisted(entries: EntryPoint[], policyKeys: string[]): { missing: string[]; stale: string[] } {
  const discovered = new Set(entries.map((e) => e.key));
  const listed = new Set(policyKeys);
  return {
    missing: [...discovered].filter((k) => !listed.has(k)),
    stale: [...listed].filter((k) => !discovered.has(k)),
  };
}

/** Server action ids of the production build, keyed like the policy ("action <file>#<export>"). */
export function builtActionIds(root: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node))
    ids.set(`action ${entry.filename}#${entry.exportedName}`, id);
  return ids;
}
