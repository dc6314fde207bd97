import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { sessions, users } from "@/db/schema";
import { getClientTable } from "@/lib/dal/client-list";
import { getViewer } from "@/lib/dal/internal/viewer";
import { endCurrentSession } from "@/lib/dal/sign-out";
import { getSignedInUser } from "@/lib/dal/viewer";
import { createPractice, signInAs, testDb } from "../support/fixtures";
import { currentRequest } from "../support/request-context";

let practice: Awaited<ReturnType<typeof createPractice>>;

beforeAll(async () => {
  practice = await createPractice("Sessions");
});

async function ageSession(sessionId: string, minutesIdle: number) {
  const db = await testDb();
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now() - make_interval(mins => ${minutesIdle})` })
    .where(eq(sessions.id, sessionId));
}

describe("a session", () => {
  it("resolves the viewer from the session row, not from anything the page passes", async () => {
    await signInAs(practice.therapist);
    expect(await getViewer()).toMatchObject({
      userId: practice.therapist.id,
      role: "therapist",
      practiceId: practice.practice.id,
    });
    // What the app's frame gets: who, and what to offer, but no ids.
    const user = await getSignedInUser();
    expect(user).toMatchObject({
      displayName: practice.therapist.displayName,
      role: "therapist",
      home: "/dashboard",
      timeZone: "UTC",
    });
    expect(user!.sections).toEqual(["dashboard", "clients", "calendar", "library", "outbox", "settings"]);
    expect(JSON.stringify(user)).not.toContain(practice.therapist.id);
  });

  it("offers each role its own sections: running the practice to admins, no clinical library to the front desk", async () => {
    await signInAs(practice.admin);
    expect((await getSignedInUser())!.sections).toEqual([
      "dashboard",
      "clients",
      "calendar",
      "library",
      "outbox",
      "settings",
      "admin",
    ]);
    await signInAs(practice.frontDesk);
    expect(await getSignedInUser()).toMatchObject({
      home: "/dashboard",
      mayOpenChart: false,
      sections: ["dashboard", "clients", "calendar", "outbox"],
    });
    await signInAs(practice.clientA.login);
    expect(await getSignedInUser()).toMatchObject({ home: "/portal", sections: ["portal"] });
  });

  it("of a disabled user is refused on the very next request", async () => {
    const db = await testDb();
    await signInAs(practice.otherTherapist);
    expect(await getViewer()).not.toBeNull();
    await db.update(users).set({ disabled: true }).where(eq(users.id, practice.otherTherapist.id));
    expect(await getViewer()).toBeNull();
    await expect(getClientTable({})).rejects.toThrow(/NEXT_REDIRECT/);
    await db.update(users).set({ disabled: false }).where(eq(users.id, practice.otherTherapist.id));
    // Re-enabling does not revive the old session.
    expect(await getViewer()).toBeNull();
  });

  it("whose user's session version was bumped is refused", async () => {
    const db = await testDb();
    await signInAs(practice.admin);
    await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, practice.admin.id));
    expect(await getViewer()).toBeNull();
  });

  it("of staff ends after 30 idle minutes", async () => {
    const claims = await signInAs(practice.therapist);
    await ageSession(claims.sessionId, 29);
    expect(await getViewer()).not.toBeNull();
    await ageSession(claims.sessionId, 31);
    expect(await getViewer()).toBeNull();
  });

  it("of a client survives 30 idle minutes", async () => {
    const claims = await signInAs(practice.clientA.login);
    await ageSession(claims.sessionId, 31);
    expect(await getViewer()).toMatchObject({ role: "client", clientId: practice.clientA.record.id });
    const user = await getSignedInUser();
    expect(user).toMatchObject({ role: "client", home: "/portal" });
    expect(user!.sections).toContain("portal");
    expect(user!.sections).not.toContain("clients");
  });

  it("is dead after sign-out even if the old cookie is replayed", async () => {
    const claims = await signInAs(practice.therapist);
    await endCurrentSession();
    currentRequest.claims = claims; // the same cookie, sent again
    expect(await getViewer()).toBeNull();
    expect(await getSignedInUser()).toBeNull();
  });
});
