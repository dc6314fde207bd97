import type { PolicyRule } from "./policy-types";
import { everyone } from "./policy-forms";

/**
 * The bench's floors and counters (app/bench, `npm run bench`) exist only in a server started
 * with UNKNOT_BENCH=1, which the security suite's servers, like production, never set: not found
 * for everyone, signed in or not.
 */
export const benchPolicy: Record<string, PolicyRule> = {
  "page /bench/static": { kind: "page", answers: everyone("not-found") },
  "page /bench/bare": { kind: "page", answers: everyone("not-found") },
  "page /bench/session": { kind: "page", answers: everyone("not-found") },
  "GET /bench/stats": { kind: "route", requests: [{ path: "/bench/stats" }], answers: everyone("not-found") },
};
