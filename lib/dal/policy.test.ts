import { describe, expect, it } from "vitest";
import { ACTIONS, may, mayAtAll, RELATIONS, relationTo, ROLES, type Role } from "./policy";

/**
 * The policy, cell by cell: every role × action × relation, against an expectation written out
 * here on its own — transposed, cell by cell, rather than copied from the table — so a changed
 * rule fails until this says so too. No role may ever act on another practice's object.
 */
const DESK = "dashboard.read calendar.read callback.list callback.resolve client.create client.list outbox.read";
const CLINIC = "library.create library.image library.list library.read library.update";
const RECEPTION = "appointment.create appointment.manage client.read client.update";
const CLINICAL =
  "chart.read client.consent client.export client.status finding.save flag.clearance flag.referral intake.create " +
  "intake.read invitation.revoke login.unlink note.amend note.create note.read note.save note.sign outcome.record plan.advance plan.create plan.edit plan.gate plan.outcomes " +
  "plan.print plan.publish plan.read plan.suggest portal.invite screen.record symptom.resolve";
/** Running the practice: the admin's alone. */
const RUNNING = "audit.read outbox.links practice.export practice.settings staff.manage";
const PORTAL =
  "portal.appointments portal.book portal.consent portal.image portal.mark portal.outcome portal.outcomes portal.pain portal.practices " +
  "portal.previsit portal.progress portal.reminders portal.report portal.symptom portal.today portal.unmark";

/** The actions each role may do in each relation. */
const CELLS: Record<`${Role}:${"own" | "practice" | "other"}`, string> = {
  "admin:own": `${DESK} ${CLINIC} ${RECEPTION} ${CLINICAL} availability.edit booking.settings ${RUNNING}`,
  "admin:practice": `${RECEPTION} ${CLINICAL} availability.edit`,
  "admin:other": "",
  "therapist:own": `${DESK} ${CLINIC} ${RECEPTION} ${CLINICAL} availability.edit`,
  "therapist:practice": `${RECEPTION} ${CLINICAL}`,
  "therapist:other": "",
  "frontdesk:own": `${DESK} ${RECEPTION}`,
  "frontdesk:practice": RECEPTION,
  "frontdesk:other": "",
  "client:own": PORTAL,
  "client:practice": "",
  "client:other": "",
};
const allowedIn = (cell: keyof typeof CELLS) => new Set(CELLS[cell].split(" ").filter(Boolean));

describe("the policy table", () => {
  it("has an expectation for every action and no expectation for an action it lacks", () => {
    const expected = new Set(Object.keys(CELLS).flatMap((cell) => [...allowedIn(cell as keyof typeof CELLS)]));
    expect([...ACTIONS].sort()).toEqual([...expected].sort());
  });

  const whose = { own: "their own", practice: "the practice's", other: "another practice's" } as const;
  for (const role of ROLES) {
    for (const relation of RELATIONS) {
      it(`${role} on ${whose[relation]} objects`, () => {
        const allowed = allowedIn(`${role}:${relation}`);
        for (const action of ACTIONS) {
          expect({ action, allowed: may(role, action, relation) }).toEqual({ action, allowed: allowed.has(action) });
        }
      });
    }
    it(`${role}, before any object is loaded`, () => {
      for (const action of ACTIONS) {
        const anywhere = RELATIONS.some((relation) => allowedIn(`${role}:${relation}`).has(action));
        expect({ action, anywhere: mayAtAll(role, action) }).toEqual({ action, anywhere });
      }
    });
  }

  it("never lets anyone act on another practice's objects", () => {
    for (const action of ACTIONS) for (const role of ROLES) expect(may(role, action, "other")).toBe(false);
  });

  it("keeps clients out of every clinical and practice-wide action, and staff out of the portal", () => {
    const portal = ACTIONS.filter((a) => a.startsWith("portal.") && a !== "portal.invite");
    for (const action of ACTIONS) {
      expect(mayAtAll("client", action)).toBe(portal.includes(action));
      if (portal.includes(action))
        for (const staff of ["admin", "therapist", "frontdesk"] as Role[]) {
          expect(mayAtAll(staff, action)).toBe(false);
        }
    }
  });

  it("keeps the front desk out of every part of the clinical record", () => {
    const clinical = ["chart.read", "intake.read", "note.read", "plan.read", "finding.save", "screen.record"] as const;
    for (const action of clinical) expect(mayAtAll("frontdesk", action)).toBe(false);
  });
});

describe("relationTo", () => {
  const practiceId = "p1";
  const record = { practiceId, userId: "client-login", primaryTherapistId: "maya" };

  it("is own for the client linked to the record and for its primary therapist", () => {
    expect(relationTo({ role: "client", userId: "client-login", practiceId }, record)).toBe("own");
    expect(relationTo({ role: "therapist", userId: "maya", practiceId }, record)).toBe("own");
  });

  it("is practice for another client, a colleague, or the admin of the same practice", () => {
    expect(relationTo({ role: "client", userId: "someone-else", practiceId }, record)).toBe("practice");
    expect(relationTo({ role: "therapist", userId: "sam", practiceId }, record)).toBe("practice");
    expect(relationTo({ role: "admin", userId: "dana", practiceId }, record)).toBe("practice");
  });

  it("is other across practices, even for the same user id", () => {
    expect(relationTo({ role: "therapist", userId: "maya", practiceId: "p2" }, record)).toBe("other");
    expect(relationTo({ role: "client", userId: "client-login", practiceId: "p2" }, record)).toBe("other");
  });

  it("gives the front desk no client of their own", () => {
    expect(relationTo({ role: "frontdesk", userId: "maya", practiceId }, record)).toBe("practice");
  });

  it("never makes a staff member the owner of a record through its portal login", () => {
    expect(relationTo({ role: "therapist", userId: "client-login", practiceId }, record)).toBe("practice");
  });
});
