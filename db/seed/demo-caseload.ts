import { clients, flags, intakes } from "../schema";
import type { PainSite } from "../schema/intakes";
import { REFERENCE_VERSION, type ContraindicationId } from "../../lib/domain/reference";
import { recordDemoScreen, type Tx } from "./demo-screen";

const DAY = 86_400_000;

/** Complaints of the kind DOMAIN.md's overload activities bring in, with where it hurts. */
const COMPLAINTS: { complaint: string; site: PainSite }[] = [
  { complaint: "Calf tightness after long downhill hikes", site: { site: "Calf", side: "both" } },
  { complaint: "Neck and shoulder ache after desk days", site: { site: "Upper trapezius", side: "right" } },
  { complaint: "Front-of-knee pain after cycling", site: { site: "Front of the knee", side: "left" } },
  { complaint: "Heel and arch pain after days in heels", site: { site: "Arch of the foot", side: "both" } },
  { complaint: "Low back pain after gardening", site: { site: "Low back", side: "both" } },
  {
    complaint: "Headaches at the back of the head, worse at the screen",
    site: { site: "Base of the skull", side: "both" },
  },
  { complaint: "Shin pain after starting to run", site: { site: "Shin", side: "right" } },
  { complaint: "Hip ache climbing stairs", site: { site: "Side of the hip", side: "left" } },
  { complaint: "Jaw and temple tension", site: { site: "Jaw", side: "both" } },
  { complaint: "Forearm pain after climbing sessions", site: { site: "Forearm", side: "right" } },
];

/**
 * The rest of the demo practice's caseload, so the client table and the dashboard look like a
 * working practice: people in care, a few discharged, a few booked but not yet seen, two with a
 * stop-level flag waiting for clearance, one without consent on file. Names are varied, accents
 * and all, as real lists are. Phone numbers are from Ofcom's range for fiction; the email
 * addresses are under demo.unknot.test, which no mail can reach.
 */
const PEOPLE: [given: string, family: string][] = [
  ["Amelia", "Brooks"],
  ["Oliver", "Grant"],
  ["Zoë", "Ångström"],
  ["José", "Núñez"],
  ["Hannah", "Fischer"],
  ["Tomás", "Ibáñez"],
  ["Mei", "Chen"],
  ["Kwame", "Mensah"],
  ["Sophie", "Laurent"],
  ["Daniel", "Kowalczyk"],
  ["Aisha", "Rahman"],
  ["Lucía", "García"],
  ["George", "Whitaker"],
  ["Ingrid", "Sørensen"],
  ["Rohan", "Iyer"],
  ["Grace", "O'Connor"],
  ["Mateus", "Silva"],
  ["Chloé", "Bélanger"],
  ["Henry", "Ashworth"],
  ["Yuki", "Tanaka"],
  ["Ngozi", "Okonkwo"],
  ["Björn", "Jäger"],
  ["Emily", "Carter"],
  ["Ayşe", "Yılmaz"],
  ["Samuel", "Reed"],
  ["Niamh", "Gallagher"],
  ["Ji-woo", "Park"],
  ["Leila", "Haddad"],
  ["William", "Frost"],
  ["Ana", "Gonçalves"],
  ["Thomas", "Baxter"],
  ["Eleni", "Papadopoulos"],
  ["Isla", "Murray"],
  ["Omar", "Farouk"],
  ["Charlotte", "Hale"],
  ["Minh", "Nguyễn"],
  ["Jack", "Holloway"],
  ["Renée", "Dubois"],
  ["Arjun", "Mehta"],
  ["Lucy", "Pemberton"],
  ["Tendai", "Moyo"],
  ["Marta", "Wiśniewska"],
];

/** Who has a stop-level flag open, and why (the screen answer that opened it). */
const STOP_FLAGS: Record<number, { id: ContraindicationId; note: string }> = {
  6: { id: "suspected-dvt", note: "Left calf swollen, warm and tender since a long flight" },
  19: { id: "nerve-signs", note: "Tingling and numbness down the right arm into the hand" },
};

const emailOf = (given: string, family: string) =>
  `${given}.${family}`
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[^a-z.]/g, "") + "@demo.unknot.test";

export async function seedDemoCaseload(
  tx: Tx,
  ids: { practiceId: string; maya: string; sam: string },
  now = new Date(),
) {
  const { practiceId } = ids;
  for (const [i, [given, family]] of PEOPLE.entries()) {
    const therapistId = i % 2 === 0 ? ids.maya : ids.sam;
    const prospect = i % 13 === 7; // booked, not yet seen: no intake
    const discharged = i % 11 === 5;
    const seenAt = new Date(now.getTime() - (3 + ((i * 17) % 180) + (discharged ? 120 : 0)) * DAY);
    const [client] = await tx
      .insert(clients)
      .values({
        practiceId,
        primaryTherapistId: therapistId,
        givenName: given,
        familyName: family,
        dateOfBirth: `${1950 + ((i * 7) % 52)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + ((i * 5) % 28)).padStart(2, "0")}`,
        email: i % 5 === 3 ? null : emailOf(given, family),
        phone: `+44 7700 900${String(200 + i)}`,
        status: prospect ? "prospect" : discharged ? "discharged" : "active",
        ...(prospect || i % 9 === 4
          ? {}
          : { consentName: `${given} ${family}`, consentAt: seenAt, consentRecordedBy: therapistId }),
      })
      .returning({ id: clients.id });
    if (prospect) continue;
    const { complaint, site } = COMPLAINTS[i % COMPLAINTS.length]!;
    const [intake] = await tx
      .insert(intakes)
      .values({
        practiceId,
        clientId: client!.id,
        createdBy: therapistId,
        createdAt: seenAt,
        refVersion: REFERENCE_VERSION,
        chiefComplaint: complaint,
        painSites: [site],
        painNow: 3 + (i % 6),
        psfs: [],
      })
      .returning({ id: intakes.id });
    const stop = STOP_FLAGS[i];
    if (!stop) continue;
    const visit = { practiceId, clientId: client!.id, recordedBy: therapistId, recordedAt: seenAt };
    const screeningId = await recordDemoScreen(tx, visit, { intakeId: intake!.id }, stop);
    await tx.insert(flags).values({
      practiceId,
      clientId: client!.id,
      contraindicationId: stop.id,
      openedAt: seenAt,
      openedBy: therapistId,
      openedByScreening: screeningId,
      note: stop.note,
    });
  }
}
