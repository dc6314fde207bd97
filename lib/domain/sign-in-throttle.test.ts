import { describe, expect, it } from "vitest";
import { ACCOUNT_CEILING, SLOW_INTERVAL_MAX_S, slowIntervalSeconds } from "./sign-in-throttle";

describe("the account's slow lane", () => {
  it("does not slow an account below its ceiling", () => {
    expect(slowIntervalSeconds(0)).toBe(0);
    expect(slowIntervalSeconds(ACCOUNT_CEILING - 1)).toBe(0);
  });

  it("starts at one second and doubles with each further failure", () => {
    expect(slowIntervalSeconds(ACCOUNT_CEILING)).toBe(1);
    expect(slowIntervalSeconds(ACCOUNT_CEILING + 1)).toBe(2);
    expect(slowIntervalSeconds(ACCOUNT_CEILING + 5)).toBe(32);
  });

  it("never waits more than a minute, however many failures: it slows, never locks", () => {
    expect(slowIntervalSeconds(ACCOUNT_CEILING + 6)).toBe(SLOW_INTERVAL_MAX_S);
    expect(slowIntervalSeconds(1_000_000)).toBe(SLOW_INTERVAL_MAX_S);
  });
});
