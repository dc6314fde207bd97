import type { BrowserContext } from "@playwright/test";

/**
 * Watches every document of a browser context for Content-Security-Policy violations (issue 14:
 * "a browser test fails if any page of the e2e suite logs a CSP violation"). The browser fires
 * `securitypolicyviolation` on the document for each script, style, frame or eval the policy
 * blocks; an init script (which Playwright runs before any script of the page, whatever its
 * policy) listens for it and hands each one to the test runner through a binding.
 */
const BINDING = "__unknotCspViolation";

interface Violation {
  page: string;
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

/** What the browser blocked, in words: a URL, or the kind of inline code. */
function blockedThing(v: Violation): string {
  if (v.blocked === "eval") return "an eval";
  if (v.blocked !== "inline") return v.blocked || "a resource";
  if (v.directive.startsWith("style")) return "an inline style";
  return v.directive.endsWith("-attr") ? "an inline event handler" : "an inline script";
}

/** One line a person can act on: the page, what was blocked, by which directive, and from where. */
function describe(v: Violation): string {
  const what = blockedThing(v);
  const sample = v.sample ? ` "${v.sample}"` : "";
  const source = v.source ? ` at ${v.source}` : "";
  return `${v.page}: the Content Security Policy blocked ${what}${sample} (${v.directive})${source}`;
}

export async function watchCspViolations(context: BrowserContext, report: (problem: string) => void) {
  await context.exposeBinding(BINDING, (_source, violation: Violation) => report(describe(violation)));
  await context.addInitScript((binding) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const send = (window as unknown as Record<string, (v: Violation) => void>)[binding];
      send?.({
        page: location.pathname,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}` : "",
      });
    });
  }, BINDING);
}
