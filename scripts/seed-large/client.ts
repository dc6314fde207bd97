import { clients, invitations, users } from "../../db/schema";
import { addDays } from "../../lib/domain/days";
import { seedChart } from "./chart";
import { seedHomeCare } from "./homecare";
import { emailPart, LOCALES, personName, SEED_DOMAIN } from "./people";
import { seedPlan } from "./plan";
import type { PracticeSeed, Therapist } from "./practice";
import { addAppointment, book, bookAhead, scheduleVisits, type Visit } from "./visits";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const REASONS = ["Calf pain when running", "Tight hamstrings", "Pain behind the knee on stairs", null];

function dateOfBirth(p: PracticeSeed): string {
  const from = Date.UTC(1940, 0, 1);
  const to = Date.UTC(2008, 11, 31);
  return new Date(from + Math.floor(p.random.next() * (to - from))).toISOString().slice(0, 10);
}

/** Missed and cancelled appointments around an episode's visits: what a real diary also holds. */
function seedMissed(p: PracticeSeed, clientId: string, therapist: Therapist, visits: Visit[]) {
  const { random } = p;
  for (const visit of visits.slice(1)) {
    if (!visit.booking || !random.chance(0.08)) continue;
    const before = book(p, therapist, visit.booking.type, addDays(visit.day, -random.int(2, 5)), visit.day, 1);
    if (!before) continue;
    addAppointment(p, clientId, before.booking, {
      status: random.chance(0.5) ? "no-show" : "cancelled",
      source: "staff",
      createdBy: p.frontDeskId,
    });
  }
}

/**
 * One client: contact details, status (mostly active, some prospects and discharged), a primary
 * therapist, and for most an episode of care (chart, plan, home care) with its appointments, past
 * and ahead. Prospects have booked a first consultation online and have no record yet.
 */
export function seedClient(p: PracticeSeed, index: number, notesToSign: string[]): void {
  const { random, out, now, today } = p;
  const id = random.uuid();
  const therapist = random.pick(p.therapists);
  const person = personName(random);
  const fullName = `${person.given} ${person.family}`;
  const r = random.next();
  const status = r < 0.8 ? "active" : r < 0.9 ? "prospect" : "discharged";
  const local = `${emailPart(person.given) || "client"}.${emailPart(person.family) || "seed"}`;
  const email = random.chance(0.9) ? `${local}.c${index}.p${p.number}@${SEED_DOMAIN}` : null;

  let visits: Visit[] = [];
  if (status === "active" && random.chance(0.85)) {
    const daysAgo = random.chance(0.6) ? random.int(3, 120) : random.int(121, 1095);
    visits = scheduleVisits(p, therapist, addDays(today, -daysAgo), random.int(0, 6));
  } else if (status === "discharged" && random.chance(0.95)) {
    visits = scheduleVisits(p, therapist, addDays(today, -random.int(60, 1095)), random.int(1, 6));
  }
  const episode = status !== "prospect" && visits.length > 0;
  const chart = episode ? seedChart(p, { id, therapistId: therapist.id }, visits, notesToSign) : null;
  const plan =
    chart && status !== "prospect" && random.chance(status === "active" ? 0.75 : 0.6)
      ? seedPlan(p, { id, therapistId: therapist.id, status }, chart, visits)
      : null;

  let createdAt = visits[0]
    ? new Date(visits[0].at.getTime() - random.int(22 * 24, 30 * 24) * HOUR)
    : new Date(now.getTime() - random.int(1, 400) * DAY);
  for (const visit of visits) {
    if (!visit.booking) continue;
    const intake = visit === visits[0];
    const online = intake && random.chance(0.4);
    addAppointment(p, id, visit.booking, {
      status: "attended",
      source: online ? "online" : "staff",
      createdBy: online ? null : random.pick([therapist.id, p.frontDeskId]),
    });
  }
  seedMissed(p, id, therapist, visits);
  const last = visits.at(-1);
  if (status === "active" && last && last.day >= addDays(today, -90) && random.chance(0.5)) {
    const type = random.chance(0.6) ? p.types.treatment : p.types.followUp;
    const next = [addDays(today, 1), addDays(last.day, random.int(7, 21))].sort()[1]!;
    const booking = bookAhead(p, therapist, type, next);
    if (booking) addAppointment(p, id, booking, { status: "booked", source: "staff", createdBy: therapist.id });
  }
  if (status === "prospect" && random.chance(0.7)) {
    const booking = bookAhead(p, therapist, p.types.consultation, addDays(today, random.int(1, 28)));
    if (booking) {
      const bookedAt = addAppointment(p, id, booking, {
        status: "booked",
        source: "online",
        createdBy: null,
        reason: random.pick(REASONS),
      });
      createdAt = bookedAt;
    }
  }

  // A portal login (invited by email, link used): most clients on an active plan, a few others.
  const login = email !== null && random.chance(plan?.status === "active" ? 0.75 : status === "prospect" ? 0 : 0.1);
  let userId: string | null = null;
  if (login) {
    userId = random.uuid();
    const since = plan?.versions[0]?.publishedAt ?? visits[0]?.at ?? createdAt;
    const invitedAt = new Date(Math.min(now.getTime() - 2 * HOUR, since.getTime() + random.int(1, 24) * HOUR));
    const usedAt = new Date(invitedAt.getTime() + random.int(5, 600) * MINUTE);
    out.add(users, {
      id: userId,
      practiceId: p.id,
      email,
      displayName: fullName,
      passwordHash: p.passwordHash,
      role: "client",
      createdAt: usedAt,
    });
    out.add(invitations, {
      id: random.uuid(),
      practiceId: p.id,
      clientId: id,
      email,
      tokenHash: random.hex(32),
      expiresAt: new Date(invitedAt.getTime() + 72 * HOUR),
      usedAt,
      createdBy: therapist.id,
      createdAt: invitedAt,
    });
  }
  out.add(clients, {
    id,
    practiceId: p.id,
    primaryTherapistId: therapist.id,
    givenName: person.given,
    familyName: person.family,
    dateOfBirth: dateOfBirth(p),
    email,
    phone: random.chance(0.85) ? LOCALES[p.timeZone].phone(random) : null,
    status,
    userId,
    consentName: chart ? fullName : null,
    consentAt: chart ? visits[0]!.at : null,
    consentRecordedBy: chart ? therapist.id : null,
    createdAt,
    updatedAt:
      status === "discharged" && last
        ? new Date(Math.min(now.getTime(), last.at.getTime() + random.int(1, 30) * DAY))
        : createdAt,
  });
  if (chart && plan?.status === "active" && login) seedHomeCare(p, { id, therapistId: therapist.id }, chart, plan);
}
