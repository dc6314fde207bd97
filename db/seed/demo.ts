import { count } from "drizzle-orm";
import type { Db } from "../client";
import { clients, practices, users } from "../schema";
import { hashPassword } from "../../lib/auth/password";
import { seedDemoBooking } from "./demo-booking";
import { seedDemoCaseload } from "./demo-caseload";
import { seedDemoEpisode } from "./demo-episode";
import { SECOND_DEMO_ADMIN, seedSecondDemoPractice } from "./demo-second-practice";

/** Demo-only credentials, printed in the README. Never use them for a real practice. */
export const DEMO_PASSWORD = "unknot-demo-2026";
export const DEMO_EMAILS = {
  admin: "admin@demo.unknot.test",
  frontDesk: "frontdesk@demo.unknot.test",
  therapists: ["maya.torres@demo.unknot.test", "sam.okafor@demo.unknot.test"],
  clients: ["jordan.lee@demo.unknot.test", "priya.shah@demo.unknot.test", "alex.novak@demo.unknot.test"],
  /** The admin of the second demo practice, where Jordan is a new client (demo-second-practice.ts). */
  secondPracticeAdmin: SECOND_DEMO_ADMIN,
} as const;

/** Creates the demo practices when the database holds no practice at all; returns whether it did. */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(practices);
  if ((row?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [practice] = await tx
      .insert(practices)
      .values({ name: "Riverside Manual Therapy (demo)", timeZone: "Europe/London", demo: true })
      .returning({ id: practices.id });
    const practiceId = practice!.id;
    const staff = await tx
      .insert(users)
      .values([
        { practiceId, email: DEMO_EMAILS.admin, displayName: "Dana Whitfield", role: "admin", passwordHash },
        { practiceId, email: DEMO_EMAILS.therapists[0], displayName: "Maya Torres", role: "therapist", passwordHash },
        { practiceId, email: DEMO_EMAILS.therapists[1], displayName: "Sam Okafor", role: "therapist", passwordHash },
        { practiceId, email: DEMO_EMAILS.frontDesk, displayName: "Lee Carter", role: "frontdesk", passwordHash },
      ])
      .returning({ id: users.id, email: users.email });
    const maya = staff.find((u) => u.email === DEMO_EMAILS.therapists[0])!.id;
    const sam = staff.find((u) => u.email === DEMO_EMAILS.therapists[1])!.id;
    const people = [
      { given: "Jordan", family: "Lee", dob: "1988-04-12", phone: "+44 7700 900101", therapist: maya },
      { given: "Priya", family: "Shah", dob: "1975-09-30", phone: "+44 7700 900102", therapist: maya },
      { given: "Alex", family: "Novak", dob: "1996-01-05", phone: "+44 7700 900103", therapist: sam },
    ];
    for (const [i, person] of people.entries()) {
      const email = DEMO_EMAILS.clients[i]!;
      const [portalUser] = await tx
        .insert(users)
        .values({ practiceId, email, displayName: `${person.given} ${person.family}`, role: "client", passwordHash })
        .returning({ id: users.id });
      const [client] = await tx
        .insert(clients)
        .values({
          practiceId,
          primaryTherapistId: person.therapist,
          givenName: person.given,
          familyName: person.family,
          dateOfBirth: person.dob,
          email,
          phone: person.phone,
          userId: portalUser!.id,
          consentName: `${person.given} ${person.family}`,
          consentAt: new Date(Date.now() - 14 * 86_400_000),
          consentRecordedBy: person.therapist,
        })
        .returning({ id: clients.id });
      if (i === 0) {
        await seedDemoEpisode(tx, {
          practiceId,
          clientId: client!.id,
          therapistId: person.therapist,
          timeZone: "Europe/London",
        });
        await seedDemoBooking(tx, { practiceId, maya, sam, jordan: client!.id, timeZone: "Europe/London" });
      }
    }
    await seedDemoCaseload(tx, { practiceId, maya, sam });
    await seedSecondDemoPractice(tx, DEMO_EMAILS.clients[0], passwordHash);
  });
  return true;
}
