import type { PolicyRule } from "./policy-types";
import { SIGN_IN_FIELDS, STAFF, everyone, onlyFor, PORTAL, CLINICAL, RECEPTION, PUBLIC } from "./policy-forms";
import { bookingPagePolicy } from "./policy-pages-booking";

/** Policy rows for pages and route handlers (see policy.ts for what a row says). */
export const pagePolicy: Record<string, PolicyRule> = {
  // Everyone starts where their work is: staff (the front desk too) on Today, clients in the portal.
  "page /": {
    kind: "page",
    answers: {
      anonymous: { redirect: "/sign-in" },
      client: { redirect: "/portal" },
      frontdesk: { redirect: "/dashboard" },
      therapist: { redirect: "/dashboard" },
      admin: { redirect: "/dashboard" },
    },
  },
  "page /sign-in": {
    kind: "page",
    answers: { ...everyone({ redirect: "/" }), anonymous: "ok" },
  },
  // Today: the practice's appointments, callbacks and what needs attention, for all its staff;
  // the clinical lists (open flags, stop symptoms, adherence) never reach the front desk.
  "page /dashboard": {
    kind: "page",
    ...RECEPTION,
    answers: onlyFor("frontdesk", "therapist", "admin"),
    audit: "dashboard.read",
  },
  // The list and the practice's open symptom reports are one read; the front desk lists the
  // clients too, and gets none of the reports (they are clinical). Searched for the world's
  // clients, so that no page of other rows (the corpus adds clients) hides them.
  "page /clients": {
    kind: "page",
    ...RECEPTION,
    answers: onlyFor("frontdesk", "therapist", "admin"),
    audit: "client.list",
    search: () => "q=mkP",
  },
  "page /clients/new": {
    kind: "page",
    ...RECEPTION,
    answers: onlyFor("frontdesk", "therapist", "admin"),
    audit: "client.create",
  },
  // The clinical chart is for therapists and admins: a client gets not-found even on their own
  // record (their portal is /portal), the front desk on every client's. Each page of a client is
  // one screen read, refused and audited as a whole.
  "page /clients/[id]": {
    kind: "page",
    params: { id: "client" },
    ...CLINICAL,
    audit: "chart.read",
  },
  // Contact details: the front desk edits them too (the header shows it no flags).
  "page /clients/[id]/edit": {
    kind: "page",
    params: { id: "client" },
    ...RECEPTION,
    audit: "client.read",
  },
  // Starting an intake is clinical work, whichever check refuses it.
  "page /clients/[id]/intakes/new": {
    kind: "page",
    params: { id: "client" },
    ...CLINICAL,
    audit: ["client.read", "intake.create"],
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
    answers: onlyFor("therapist", "admin"),
    audit: "library.list",
  },
  "page /library/new": {
    kind: "page",
    ...CLINICAL,
    answers: onlyFor("therapist", "admin"),
    audit: "library.create",
  },
  "page /library/[itemId]": {
    kind: "page",
    params: { itemId: "libraryItem" },
    ...CLINICAL,
    audit: "library.read",
  },
  // The practice's emails (invitation links and appointment emails among them): staff of the
  // practice only, the front desk too.
  "page /outbox": {
    kind: "page",
    ...RECEPTION,
    answers: onlyFor("frontdesk", "therapist", "admin"),
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
  // The practices a client's login is linked to (one each in the world), to switch between.
  "page /portal/practice": {
    kind: "page",
    ...PORTAL,
    audit: "portal.practices",
  },
  // The client's own consent to treatment: the treatment information and the form (or what is on file).
  "page /portal/consent": {
    kind: "page",
    ...PORTAL,
    audit: "portal.consent",
  },
  "page /portal/reminders": {
    kind: "page",
    ...PORTAL,
    audit: "portal.reminders",
  },
  // The link in every homework reminder is the key to that client's reminders: whoever holds it
  // sees the practice's name and a button, never the client; a forged link has a page of its own.
  "page /reminders/unsubscribe/[token]": {
    kind: "page",
    params: { token: "reminderLink" },
    ...PUBLIC,
    invalid: "This link is not valid",
  },
  // Public: the link is a bearer token. A valid one shows its password form (the invited
  // address); an unknown, expired or used one a clear page of its own, never a 500.
  "page /invite/[token]": {
    kind: "page",
    params: { token: "invitation" },
    ...PUBLIC,
    invalid: "This link is not valid",
  },
  ...bookingPagePolicy,
  // The practice's audit trail, and its CSV download: the admin's alone.
  "page /settings/audit": {
    kind: "page",
    sees: { admin: STAFF },
    answers: onlyFor("admin"),
    audit: "audit.read",
  },
  "GET /settings/audit/export": {
    kind: "route",
    requests: [{ path: "/settings/audit/export" }],
    sees: { admin: STAFF },
    answers: onlyFor("admin"),
    audit: "audit.export",
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
      // An invitation accepted by signing in: a link naming no invitation is refused like a bad password.
      {
        path: "/api/auth/callback/invitation",
        form: (_world, csrfToken) => ({
          csrfToken,
          token: "Z".repeat(43),
          password: "wrong-password",
          callbackUrl: "/",
        }),
        fields: {
          token: { type: "text", max: 200, required: true },
          password: { type: "password", max: 200, required: true },
        },
      },
    ],
    answers: everyone({ redirect: "/sign-in" }),
  },
};
