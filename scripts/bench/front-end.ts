// The browser's side: the JavaScript a first visit downloads, and Lighthouse's scores.
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions, chromiumPath } from "../../e2e/support/chromium";
import type { BenchPage } from "./pages";

/** Gzipped bytes of every script a first load of the page fetches (what a phone downloads). */
export async function firstLoadJs(origin: string, pages: BenchPage[]): Promise<Record<string, number>> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const sizes: Record<string, number> = {};
  try {
    for (const page of pages) {
      const context = await browser.newContext();
      if (page.cookie) {
        const [name, ...value] = page.cookie.split("=");
        await context.addCookies([{ name: name!, value: value.join("="), url: origin }]);
      }
      const tab = await context.newPage();
      const scripts: Promise<number>[] = [];
      tab.on("response", (response) => {
        if (response.request().resourceType() !== "script") return;
        scripts.push(
          response
            .body()
            .then((body) => gzipSync(body).length)
            .catch(() => 0),
        );
      });
      await tab.goto(`${origin}${page.path}`, { waitUntil: "networkidle" });
      sizes[page.name] = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return sizes;
}

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Accessibility and best-practice audits that failed. */
  failed: string[];
}

/** Lighthouse 12 (mobile, its defaults) on each page, in the system's Chromium. */
export function lighthouseScores(origin: string, pages: BenchPage[]): Record<string, LighthouseScores> {
  const input = JSON.stringify({ origin, pages, flags: chromiumLaunchOptions().args });
  const run = spawnSync(process.execPath, ["scripts/bench/lighthouse-run.mjs", chromiumPath(), input], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`Lighthouse failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, LighthouseScores>;
}
