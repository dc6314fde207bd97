import { describe, expect, test } from "vitest";
import { clientIp, trustedHops } from "./client-ip";

describe("clientIp", () => {
  test("no proxy: the socket's peer, whatever X-Forwarded-For the client sent", () => {
    expect(clientIp({ peer: "192.0.2.9", forwardedFor: "203.0.113.1", trustedHops: 0 })).toBe("192.0.2.9");
    expect(clientIp({ peer: "192.0.2.9", forwardedFor: null, trustedHops: 0 })).toBe("192.0.2.9");
  });

  test("one proxy: the entry it appended, not what the client put before it", () => {
    const forwardedFor = "203.0.113.66, 198.51.100.4";
    expect(clientIp({ peer: "10.0.0.2", forwardedFor, trustedHops: 1 })).toBe("198.51.100.4");
  });

  test("two proxies: the second entry from the right", () => {
    const forwardedFor = "203.0.113.66, 198.51.100.4, 10.0.0.3";
    expect(clientIp({ peer: "10.0.0.2", forwardedFor, trustedHops: 2 })).toBe("198.51.100.4");
  });

  test("more hops configured than addresses: the farthest one known", () => {
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: "198.51.100.4", trustedHops: 3 })).toBe("198.51.100.4");
    expect(clientIp({ peer: "10.0.0.2", forwardedFor: null, trustedHops: 1 })).toBe("10.0.0.2");
  });

  test("an IPv4 peer on a dual-stack socket is written as IPv4", () => {
    expect(clientIp({ peer: "::ffff:127.0.0.1", forwardedFor: null, trustedHops: 0 })).toBe("127.0.0.1");
  });

  test("without a recorded peer (not served by server.mjs): the last X-Forwarded-For entry stands in", () => {
    expect(clientIp({ peer: null, forwardedFor: "203.0.113.1, 192.0.2.9", trustedHops: 0 })).toBe("192.0.2.9");
    expect(clientIp({ peer: null, forwardedFor: "203.0.113.1, 192.0.2.9", trustedHops: 1 })).toBe("192.0.2.9");
    expect(clientIp({ peer: null, forwardedFor: "203.0.113.1, 192.0.2.9", trustedHops: 2 })).toBe("203.0.113.1");
    expect(clientIp({ peer: null, forwardedFor: null, trustedHops: 0 })).toBe("unknown");
  });

  test("at most 64 characters are kept", () => {
    expect(clientIp({ peer: "x".repeat(100), forwardedFor: null, trustedHops: 0 })).toHaveLength(64);
  });
});

test("trustedHops: a whole number, else 0", () => {
  expect(trustedHops(undefined)).toBe(0);
  expect(trustedHops("2")).toBe(2);
  expect(trustedHops("-1")).toBe(0);
  expect(trustedHops("one")).toBe(0);
});
