import { test as base, type BrowserContext, type Page } from "@playwright/test";
import { HtmlValidate } from "html-validate";
import { watchCspViolations } from "./csp-violations";

/**
 * Checks every page the e2e suite opens (issue 13, bug 4 and "no page scrolls sideways"): each
 * document that loads is validated as HTML, and each page as the test leaves it is validated again
 * and checked for sideways scrolling on a 390 px phone (the phone journeys check their own pages
 * on the way, e2e/narrow-screen.spec.ts every page of each role).
 * A spec that imports `test` from here (through ./fixtures) gets these checks with no code.
 */
const validator = new HtmlValidate({
  extends: ["html-validate:standard"],
});

const PHONE = { width: 390, height: 844 };

/**
 * The allow-list: what React emits itself. A form whose action is a server function renders
 * `action=""` on the server, and after hydration an action that throws if the form is ever
 * submitted natively (React handles the submit).
 */
const REACT_EMITS = [
  // Next 16.4 answers every notFound() a page throws with its empty error shell
  // (`<html id="__next_error__">`, no lang; measured: 20 of 20 answers), and the client draws the
  // layouts and not-found page into it, lang included, sometimes only after "load". React's
  // server rendering runs no error boundaries: vercel/next.js#62228, open; the fix upstream,
  // vercel/next.js#98583, is not released. The framework's markup, not the app's (issue 13, bug 4).
  { rule: "element-required-attributes", message: /^<html> is missing required "lang" attribute$/ },
  // Next streams a dynamic page's metadata: its <title> reaches <head> when React hoists it, so a
  // document read at "load" can be caught before that (the framework's timing, not the app's markup).
  { rule: "element-required-content", message: /^<head> element must have <title> as content$/ },
  { rule: "attribute-allowed-values", message: /^Attribute "action" has invalid value ""$/ },
  {
    rule: "attribute-allowed-values",
    message:
      /^Attribute "action" has invalid value "javascript:throw new Error\('A React form was unexpectedly submitted/,
  },
];

async function htmlProblems(page: Page): Promise<string[]> {
  const where = new URL(page.url()).pathname;
  const [html, lang] = await Promise.all([
    page.content(),
    page.evaluate(() => ({ value: document.documentElement.lang, id: document.documentElement.id })),
  ]);
  const report = await validator.validateString(html);
  const problems = report.results.flatMap((r) =>
    r.messages
      .filter((m) => !REACT_EMITS.some((allowed) => allowed.rule === m.ruleId && allowed.message.test(m.message)))
      .map((m) => `${where}: ${m.ruleId}: ${m.message} (${m.selector ?? "?"})`),
  );
  // Screen readers pick the voice from it (WCAG 3.1.1); Next's fallback document aside (above).
  if (!lang.value && lang.id !== "__next_error__") problems.push(`${where}: the html element has no lang`);
  return problems;
}

async function sidewaysProblem(page: Page): Promise<string | null> {
  // Measured once the page has laid itself out at the new width (two frames later).
  const overflow = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(document.documentElement.scrollWidth - document.documentElement.clientWidth),
          ),
        ),
      ),
  );
  return overflow > 0 ? `${new URL(page.url()).pathname}: scrolls ${overflow} px sideways at 390 px` : null;
}

/** A page's document is gone (it navigated, or closed) while it was being read: nothing to check. */
const gone = (error: unknown) =>
  error instanceof Error && /closed|destroyed|navigat|Target|detached/i.test(error.message);

/** What a test may tell the checks: only the spec that proves the checks can fail needs it. */
export interface PageChecks {
  /**
   * Declares a problem the test provokes on purpose: the test fails unless the checks find a
   * problem matching the pattern, and the problems it matches are not reported.
   */
  expectProblem(pattern: RegExp): void;
}

export const test = base.extend<{ pageChecks: PageChecks }>({
  pageChecks: [
    async ({ context, browser }, use) => {
      const problems = new Set<string>();
      const expected: RegExp[] = [];
      const pending: Promise<void>[] = [];
      const pages: Page[] = [];
      const onLoad = (page: Page) => {
        const check = async () => {
          try {
            for (const problem of await htmlProblems(page)) problems.add(problem);
          } catch (error) {
            if (!gone(error)) throw error;
          }
        };
        pending.push(check());
      };
      const watch = (page: Page) => {
        pages.push(page);
        page.on("load", () => onLoad(page));
      };
      const watchContext = (ctx: BrowserContext) => {
        ctx.pages().forEach(watch);
        ctx.on("page", watch);
      };
      const report = (problem: string) => problems.add(problem);
      watchContext(context);
      await watchCspViolations(context, report);
      // Contexts a test opens itself (a phone beside the desktop) are watched too.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const made = await newContext(...args);
        watchContext(made);
        await watchCspViolations(made, report);
        return made;
      };
      await use({ expectProblem: (pattern) => expected.push(pattern) });
      browser.newContext = newContext;
      await Promise.all(pending);
      // Each page as the test left it (after client-side navigations too), and on a phone.
      for (const page of pages) {
        if (page.isClosed() || page.url() === "about:blank") continue;
        try {
          for (const problem of await htmlProblems(page)) problems.add(problem);
          await page.setViewportSize(PHONE);
          const sideways = await sidewaysProblem(page);
          if (sideways) problems.add(sideways);
        } catch (error) {
          if (!gone(error)) throw error;
        }
      }
      for (const pattern of expected) {
        const found = [...problems].filter((problem) => pattern.test(problem));
        if (found.length === 0) {
          const seen = problems.size > 0 ? [...problems].join("\n") : "(none)";
          throw new Error(`Page checks did not find the expected problem ${pattern}; they found:\n${seen}`);
        }
        for (const problem of found) problems.delete(problem);
      }
      if (problems.size > 0) throw new Error(`Page checks failed:\n${[...problems].join("\n")}`);
    },
    { auto: true },
  ],
});

export { expect } from "@playwright/test";
