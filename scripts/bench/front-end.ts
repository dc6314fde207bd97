// The browser's side: the JavaScript a first visit downloads, and Lighthouse's scores.
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
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
}

/** Lighthouse (mobile, its defaults) on each page, in the system's Chromium. */
export async function lighthouseScores(origin: string, pages: BenchPage[]): Promise<Record<string, LighthouseScores>> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", ...chromiumLaunchOptions().args, "--disable-gpu"],
  });
  const scores: Record<string, LighthouseScores> = {};
  try {
    for (const page of pages) {
      const result = await lighthouse(`${origin}${page.path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        extraHeaders: page.cookie ? { cookie: page.cookie } : undefined,
      });
      const categories = result?.lhr.categories;
      const score = (key: string) => Math.round((categories?.[key]?.score ?? 0) * 100);
      scores[page.name] = {
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
      };
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
