import { encode } from "next-auth/jwt";
import { beforeEach, expect, test, vi } from "vitest";
import type { SessionClaims } from "./session-claims";

// The request's cookies, as next/headers would give them.
let jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
}));

const SECRET = "a-test-secret-of-enough-length-for-hkdf";
process.env.AUTH_SECRET = SECRET;
const { sessionClaims } = await import("./session-cookie");

const claims: SessionClaims = {
  sessionId: "0b1c9f5e-4d9a-4a57-9d67-1f0b6f0e2a11",
  userId: "5f0c8a2e-7f4e-4a2b-9a0e-6c2d1b3a4f55",
  role: "therapist",
  practiceId: "8e2d4c6a-1b3f-4e5d-8a7c-9b0e1f2a3c4d",
  sessionVersion: 3,
};
const NAME = "authjs.session-token";
const token = (options: { salt?: string; secret?: string; maxAge?: number } = {}) =>
  encode({
    token: { claims },
    secret: options.secret ?? SECRET,
    salt: options.salt ?? NAME,
    maxAge: options.maxAge ?? 3600,
  });

beforeEach(() => {
  jar = new Map();
});

test("a cookie Auth.js wrote gives its claims, read again from memory", async () => {
  jar.set(NAME, await token());
  expect(await sessionClaims()).toEqual(claims);
  expect(await sessionClaims()).toEqual(claims);
});

test("the HTTPS cookie name is read with its own salt", async () => {
  jar.set(`__Secure-${NAME}`, await token({ salt: `__Secure-${NAME}` }));
  expect(await sessionClaims()).toEqual(claims);
});

test("a cookie Auth.js split in chunks is read whole", async () => {
  const whole = await token();
  jar.set(`${NAME}.1`, whole.slice(40));
  jar.set(`${NAME}.0`, whole.slice(0, 40));
  expect(await sessionClaims()).toEqual(claims);
});

test("no cookie, a forged one, another secret's, another name's or an expired one gives nothing", async () => {
  expect(await sessionClaims()).toBeNull();
  for (const value of [
    "not-a-token",
    await token({ secret: "another-secret-of-enough-length-for-hkdf" }),
    await token({ salt: "next-auth.session-token" }),
    await token({ maxAge: -60 }),
  ]) {
    jar = new Map([[NAME, value]]);
    expect(await sessionClaims()).toBeNull();
    // Remembered as nothing: asking again still gives nothing.
    expect(await sessionClaims()).toBeNull();
  }
});
