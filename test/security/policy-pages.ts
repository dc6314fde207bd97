import type { PolicyRule } from "./policy-types";
import { SIGN_IN_FIELDS, STAFF, everyone, EVERY_SCOPE, PORTAL, CLINICAL } from "./policy-forms";

/** Policy rows for pages and route handlers (see policy.ts for what a row says). */
export const pagePolicy: Record<string, PolicyRule> = {
  "page /": {
    kind: "page",
    answers: {
      anonymous: { redirect: "/sign-in" },
      client: { redirect: "/portal" },
      therapist: { redirect: "/clients" },
      admin: { redirect: "/clients" },
    },
  },
  "page /sign-in": {
    kind: "page",
    answers: { anonymous: "ok", client: { redirect: "/" }, therapist: { redirect: "/" }, admin: { redirect: "/" } },
  },
  "page /clients": {
    kind: "page",
    sees: { therapist: STAFF, admin: STAFF },
    answers: { anonymous: "sign-in", client: "not-found", therapist: "ok", admin: "ok" },
    // The list and the practice's open symptom reports are one read.
    audit: "client.list",
  },
  "page /clients/new": {
    kind: "page",
    sees: { therapist: STAFF, admin: STAFF },
    answers: { anonymous: "sign-in", client: "not-found", therapist: "ok", admin: "ok" },
    audit: "client.create",
  },
  // The clinical chart is staff-only: a client gets not-found even on their own record (their
  // portal is /portal). Each page of a client is one screen read, refused and audited as a whole.
  "page /clients/[id]": {
    kind: "page",
    params: { id: "client" },
    ...CLINICAL,
    audit: "chart.read",
  },
  "page /clients/[id]/edit": {
    kind: "page",
    params: { id: "client" },
    ...CLINICAL,
    audit: "client.read",
  },
  "page /clients/[id]/intakes/new": {
    kind: "page",
    params: { id: "client" },
    ...CLINICAL,
    audit: "client.read",
  },
  "page /clients/[id]/intakes/[intakeId]": {
    kind: "page",
    params: { id: "client", intakeId: "intake" },
    ...CLINICAL,
    audit: "intake.read",
    objectAudit: "intake.read",
  },
  "page /clients/[id]/sessions/[noteId]": {
    kind: "page",
    params: { id: "client", noteId: "note" },
    ...CLINICAL,
    audit: "note.read",
    objectAudit: "note.read",
  },
  // Home plans: a plan shows only under its own client (like intakes and notes).
  "page /clients/[id]/plans/[planId]": {
    kind: "page",
    params: { id: "client", planId: "plan" },
    ...CLINICAL,
    audit: "plan.read",
    objectAudit: "plan.read",
  },
  "page /clients/[id]/plans/[planId]/print": {
    kind: "page",
    params: { id: "client", planId: "plan" },
    ...CLINICAL,
    audit: "plan.print",
    objectAudit: "plan.print",
  },
  // The library: reference items for all staff, practice items within their practice (the
  // reference items' own check is in matrix.test.ts: every practice reads them, no one edits them).
  "page /library": {
    kind: "page",
    ...CLINICAL,
    answers: { anonymous: "sign-in", client: "not-found", therapist: "ok", admin: "ok" },
    audit: "library.list",
  },
  "page /library/new": {
    kind: "page",
    ...CLINICAL,
    answers: { anonymous: "sign-in", client: "not-found", therapist: "ok", admin: "ok" },
    audit: "library.create",
  },
  "page /library/[itemId]": {
    kind: "page",
    params: { itemId: "libraryItem" },
    ...CLINICAL,
    audit: "library.read",
  },
  // The practice's emails (invitation links among them): staff of the practice only.
  "page /outbox": {
    kind: "page",
    ...CLINICAL,
    answers: { anonymous: "sign-in", client: "not-found", therapist: "ok", admin: "ok" },
    audit: "outbox.read",
  },
  "page /portal": {
    kind: "page",
    ...PORTAL,
    audit: "portal.today",
  },
  "page /portal/progress": {
    kind: "page",
    ...PORTAL,
    audit: "portal.progress",
  },
  "page /portal/report": {
    kind: "page",
    ...PORTAL,
    audit: "portal.report",
  },
  // Public: the link is a bearer token. A valid one shows its password form (the invited
  // address); an unknown, expired or used one a clear page of its own, never a 500.
  "page /invite/[token]": {
    kind: "page",
    params: { token: "invitation" },
    sees: { anonymous: EVERY_SCOPE, client: EVERY_SCOPE, therapist: EVERY_SCOPE, admin: EVERY_SCOPE },
    answers: everyone("ok"),
    invalid: "This link is not valid",
  },
  // Auth.js endpoints: public by design; the session endpoint shows only the caller's claims.
  "GET /api/auth/[...nextauth]": {
    kind: "route",
    requests: [{ path: "/api/auth/session" }, { path: "/api/auth/csrf" }, { path: "/api/auth/providers" }],
    answers: everyone("ok"),
  },
  "POST /api/auth/[...nextauth]": {
    kind: "route",
    requests: [
      {
        path: "/api/auth/callback/credentials",
        form: (_world, csrfToken) => ({
          csrfToken,
          email: `nobody-${crypto.randomUUID()}@sec.unknot.test`,
          password: "wrong-password",
          callbackUrl: "/",
        }),
        fields: SIGN_IN_FIELDS,
      },
    ],
    answers: everyone({ redirect: "/sign-in" }),
  },
};
