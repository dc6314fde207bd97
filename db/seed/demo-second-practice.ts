import type { Db } from "../client";
import { clients, practices, users } from "../schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The second demo practice's login: its admin, who also treats and invites clients. */
export const SECOND_DEMO_ADMIN = "ines.duarte@demo.unknot.test";

/**
 * A second demo practice, a sports massage clinic across town, where Jordan Lee (a client of
 * the first, with a portal login) has just had a first visit: its record carries Jordan's email,
 * so an invitation from here is accepted by signing in with Jordan's login, and the portal then
 * offers both practices (issue 12). No consent yet: Jordan gives it at the next visit or in the portal.
 */
export async function seedSecondDemoPractice(tx: Tx, jordanEmail: string, passwordHash: string): Promise<void> {
  const [practice] = await tx
    .insert(practices)
    .values({
      name: "Harbour Sports Massage (demo)",
      timeZone: "Europe/London",
      slug: "harbour",
      phone: "+44 20 7946 0100",
      address: "3 Quay Street, London E14 4AB",
      demo: true,
    })
    .returning({ id: practices.id });
  const practiceId = practice!.id;
  const [ines] = await tx
    .insert(users)
    .values({ practiceId, email: SECOND_DEMO_ADMIN, displayName: "Inês Duarte", role: "admin", passwordHash })
    .returning({ id: users.id });
  await tx.insert(clients).values({
    practiceId,
    primaryTherapistId: ines!.id,
    givenName: "Jordan",
    familyName: "Lee",
    dateOfBirth: "1988-04-12",
    email: jordanEmail,
    phone: "+44 7700 900101",
  });
}
