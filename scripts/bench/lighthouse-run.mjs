// Lighthouse on a list of pages, in the system's Chromium; run with plain `node`, not tsx:
// Lighthouse sends functions' source to the page, and tsx's transform adds helpers the page lacks.
//   node scripts/bench/lighthouse-run.mjs CHROMIUM_PATH '<json: {origin, pages: [{name, path, cookie}]}>'
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [chromePath, input] = process.argv.slice(2);
const { origin, pages, flags } = JSON.parse(input);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--disable-gpu", ...flags] });
const scores = {};
try {
  for (const page of pages) {
    const result = await lighthouse(`${origin}${page.path}`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
      extraHeaders: page.cookie ? { cookie: page.cookie } : undefined,
    });
    const { categories, audits } = result.lhr;
    const score = (key) => Math.round((categories[key]?.score ?? 0) * 100);
    // What cost points outside performance: the audits a reader would fix first.
    const failed = ["accessibility", "best-practices"].flatMap((key) =>
      categories[key].auditRefs
        .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && audits[ref.id]?.score < 1)
        .map((ref) => ref.id),
    );
    scores[page.name] = {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      failed,
    };
  }
} finally {
  chrome.kill();
}
process.stdout.write(JSON.stringify(scores));
