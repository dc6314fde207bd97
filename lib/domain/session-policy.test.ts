import { describe, expect, it } from "vitest";
import { needsTouch, sessionEndReason } from "./session-policy";

const start = new Date("2026-11-22T09:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe("sessionEndReason", () => {
  it("keeps a staff session alive while it is used within 30 minutes", () => {
    expect(sessionEndReason("staff", { createdAt: start, lastSeenAt: at(100) }, at(129))).toBeNull();
  });

  it("ends a staff session after 30 idle minutes", () => {
    expect(sessionEndReason("staff", { createdAt: start, lastSeenAt: at(100) }, at(130))).toBe("idle");
    expect(sessionEndReason("staff", { createdAt: start, lastSeenAt: start }, at(30))).toBe("idle");
  });

  it("ends a staff session after 12 hours however busy", () => {
    expect(sessionEndReason("staff", { createdAt: start, lastSeenAt: at(719) }, at(720))).toBe("expired");
  });

  it("lets a client stay signed in for days but not past 30 days", () => {
    expect(sessionEndReason("client", { createdAt: start, lastSeenAt: start }, at(60 * 24 * 6))).toBeNull();
    expect(sessionEndReason("client", { createdAt: start, lastSeenAt: start }, at(60 * 24 * 7))).toBe("idle");
    expect(sessionEndReason("client", { createdAt: start, lastSeenAt: at(60 * 24 * 29) }, at(60 * 24 * 30))).toBe(
      "expired",
    );
  });
});

describe("needsTouch", () => {
  it("records activity at most once a minute", () => {
    expect(needsTouch(start, new Date(start.getTime() + 59_000))).toBe(false);
    expect(needsTouch(start, at(1))).toBe(true);
  });
});
