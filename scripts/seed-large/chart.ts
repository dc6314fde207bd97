import { findings, intakeActivities, intakes, screeningAnswers, screenings, sessionNotes } from "../../db/schema";
import { addDays } from "../../lib/domain/days";
import { musclesToExamine } from "../../lib/domain/examination";
import { ACTIVITIES, MUSCLE_GROUP_NAMES, MUSCLES, REFERENCE_VERSION } from "../../lib/domain/reference";
import { createFlagBook, type FlagBook } from "./flags";
import type { PracticeSeed } from "./practice";
import { EASING, FREQUENCIES, HISTORIES, MEDICATIONS, noteTexts } from "./texts";
import type { Visit } from "./visits";

const MINUTE = 60_000;

type Side = "left" | "right";
interface Site {
  muscleId: string;
  side: Side;
  tenderness: number;
}

export interface Chart {
  intakeId: string;
  intakePain: number;
  activityIds: string[];
  /** Muscles with findings at each visit (index 0: the intake). */
  musclesAt: string[][];
  flags: FlagBook;
}

const muscleById = new Map(MUSCLES.map((m) => [m.id as string, m]));
const activityById = new Map(ACTIVITIES.map((a) => [a.id as string, a]));

function chooseSites(p: PracticeSeed, activityIds: string[]): Site[] {
  const { random } = p;
  const candidates: string[] = musclesToExamine(activityIds);
  const muscles = random.sample(candidates, random.int(1, 3));
  if (muscles.length === 0 || random.chance(0.3)) muscles.push(random.pick(MUSCLES).id);
  const side: Side = random.chance(0.5) ? "left" : "right";
  const both = random.chance(0.15);
  const sites = new Map<string, Site>();
  for (const muscleId of muscles) {
    for (const s of both ? (["left", "right"] as const) : [side]) {
      sites.set(`${muscleId}/${s}`, { muscleId, side: s, tenderness: random.int(3, 9) });
    }
  }
  return [...sites.values()];
}

/**
 * An episode of care as the therapist charts it: the intake with its activity causes, findings
 * and screen at the first visit, then a SOAP note per follow-up with its findings and re-screen.
 * Notes are written as drafts with their findings (the database refuses findings on a signed
 * note) and signed afterwards in one statement per batch (`notesToSign`), as the app signs them.
 */
export function seedChart(
  p: PracticeSeed,
  client: { id: string; therapistId: string },
  visits: Visit[],
  notesToSign: string[],
): Chart {
  const { random, out } = p;
  const practiceId = p.id;
  const clientId = client.id;
  const therapistId = client.therapistId;
  const intake = visits[0]!;
  const intakeId = random.uuid();
  const activityIds = random.sample(
    ACTIVITIES.map((a) => a.id as string),
    random.int(1, 3),
  );
  const sites = chooseSites(p, activityIds);
  const intakePain = random.int(3, 8);
  const main = muscleById.get(sites[0]!.muscleId)!;
  const bothSides = sites.some((s) => s.side !== sites[0]!.side);
  const area = MUSCLE_GROUP_NAMES[main.group];
  const firstActivity = activityById.get(activityIds[0]!)!;
  const onsetDays = random.int(7, 365);
  out.add(intakes, {
    id: intakeId,
    practiceId,
    clientId,
    createdBy: therapistId,
    createdAt: new Date(intake.at.getTime() + 5 * MINUTE),
    chiefComplaint: `${area} pain ${bothSides ? "on both sides" : `on the ${sites[0]!.side}`}, worse with ${firstActivity.name.toLowerCase()}`,
    painSites: [...new Set(sites.map((s) => muscleById.get(s.muscleId)!.group))].map((group) => ({
      site: MUSCLE_GROUP_NAMES[group],
      side: bothSides ? ("both" as const) : sites[0]!.side,
    })),
    onsetDate: addDays(intake.day, -onsetDays),
    duration:
      onsetDays < 60 ? `About ${Math.round(onsetDays / 7)} weeks` : `About ${Math.round(onsetDays / 30)} months`,
    aggravating: activityIds.map((a) => activityById.get(a)!.name).join("; "),
    easing: random.pick(EASING),
    painNow: intakePain,
    psfs: activityIds.map((a) => ({ activity: activityById.get(a)!.name, score: random.int(2, 7) })),
    medicalHistory: random.pick(HISTORIES),
    medications: random.pick(MEDICATIONS),
    refVersion: REFERENCE_VERSION,
  });
  for (const activityId of activityIds) {
    out.add(intakeActivities, {
      practiceId,
      intakeId,
      activityId,
      frequency: random.pick(FREQUENCIES),
      notes: random.chance(0.2) ? "Hard to avoid at work" : null,
    });
  }
  const flags = createFlagBook(p, clientId, therapistId);
  const visitRecord = (link: { intakeId: string | null; sessionNoteId: string | null }, at: Date) => {
    for (const site of sites) {
      out.add(findings, {
        id: random.uuid(),
        practiceId,
        clientId,
        ...link,
        muscleId: site.muscleId,
        side: site.side,
        tenderness: site.tenderness,
        pointType: site.tenderness >= 5 ? "active" : "latent",
        reproducesPain: site.tenderness >= 6 && random.chance(0.6),
        notes: null,
        recordedBy: therapistId,
        recordedAt: at,
      });
    }
    const screeningId = random.uuid();
    out.add(screenings, { id: screeningId, practiceId, clientId, ...link, recordedBy: therapistId, recordedAt: at });
    for (const answer of flags.screen(screeningId, at)) {
      out.add(screeningAnswers, { practiceId, screeningId, ...answer });
    }
  };
  visitRecord({ intakeId, sessionNoteId: null }, new Date(intake.at.getTime() + 20 * MINUTE));
  const musclesAt = [sites.map((s) => s.muscleId)];
  let pain = intakePain;
  for (const [i, visit] of visits.slice(1).entries()) {
    for (const site of sites) site.tenderness = Math.max(0, site.tenderness - random.int(0, 2));
    pain = Math.max(0, pain - random.int(0, 2));
    const noteId = random.uuid();
    const start = visit.at.getTime();
    const updatedAt = new Date(start + random.int(30, 60) * MINUTE);
    // The newest note of a recent visit is sometimes still a draft.
    const signed = !(i === visits.length - 2 && visit.day >= addDays(p.today, -7) && random.chance(0.2));
    const signedAt = new Date(Math.min(p.now.getTime() - MINUTE, updatedAt.getTime() + random.int(5, 180) * MINUTE));
    const texts = noteTexts(random, {
      pain,
      main: main.name,
      tenderness: sites[0]!.tenderness,
      activity: firstActivity.name,
    });
    out.add(sessionNotes, {
      id: noteId,
      practiceId,
      clientId,
      intakeId,
      therapistId,
      visitDate: visit.day,
      ...texts,
      painNow: pain,
      status: "draft",
      version: signed ? 2 : 1,
      createdAt: new Date(start + 2 * MINUTE),
      updatedAt,
      updatedBy: therapistId,
      signedAt: signed ? signedAt : null,
      signedBy: signed ? therapistId : null,
    });
    if (signed) notesToSign.push(noteId);
    visitRecord({ intakeId: null, sessionNoteId: noteId }, new Date(start + 10 * MINUTE));
    musclesAt.push(sites.map((s) => s.muscleId));
  }
  flags.close();
  return { intakeId, intakePain, activityIds, musclesAt, flags };
}
