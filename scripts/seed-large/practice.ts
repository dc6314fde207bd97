import { appointmentTypes, callbackRequests, practices, timeOff, users, workingHours } from "../../db/schema";
import { addDays } from "../../lib/domain/days";
import { PRESCREEN_QUESTIONS } from "../../lib/domain/prescreen";
import { HOUR_PATTERNS, therapistDiary, zoneClock, zoneDays, type TherapistDiary, type ZoneClock } from "./calendar";
import type { CopyBuffer } from "./copy-rows";
import { LOCALES, personName, practiceName, SEED_DOMAIN, slugOf, type SeedTimeZone } from "./people";
import type { Random } from "./random";

const DAY = 86_400_000;

export interface Therapist {
  id: string;
  diary: TherapistDiary;
}

export interface AppointmentType {
  id: string;
  lengthMinutes: number;
  bufferMinutes: number;
}

/** What every client of one practice is seeded against. */
export interface PracticeSeed {
  id: string;
  number: number;
  timeZone: SeedTimeZone;
  today: string;
  now: Date;
  at: ZoneClock;
  /** The practice's calendar day of an instant. */
  dayOf: (instant: Date) => string;
  adminId: string;
  frontDeskId: string;
  therapists: Therapist[];
  types: { consultation: AppointmentType; treatment: AppointmentType; followUp: AppointmentType };
  passwordHash: string;
  random: Random;
  out: CopyBuffer;
}

export const staffEmail = (role: string, practiceNumber: number) => `${role}.p${practiceNumber}@${SEED_DOMAIN}`;

/**
 * One practice: its booking page and rules, an admin, 4–12 therapists and a front desk (all
 * with the seed password), the demo's three appointment types, each therapist's week and a
 * week of leave ahead, and a few callback requests from the booking page's pre-screen.
 */
export function seedPractice(input: {
  number: number;
  timeZone: SeedTimeZone;
  today: string;
  now: Date;
  clients: number;
  passwordHash: string;
  random: Random;
  out: CopyBuffer;
}): PracticeSeed {
  const { number, timeZone, now, random, out, passwordHash } = input;
  const locale = LOCALES[timeZone];
  const { name, town } = practiceName(random, timeZone);
  const id = random.uuid();
  const createdAt = new Date(now.getTime() - random.int(400, 1500) * DAY);
  out.add(practices, {
    id,
    name,
    timeZone,
    slug: `${slugOf(name)}-${number}`,
    phone: locale.phone(random),
    address: locale.address(random, random.pick(locale.streets), town),
    minNoticeMinutes: random.pick([240, 720, 1440]),
    horizonDays: random.pick([28, 56, 84]),
    cancelWindowHours: random.pick([12, 24, 48]),
    createdAt,
  });
  const staff = (role: "admin" | "therapist" | "frontdesk", email: string) => {
    const person = personName(random);
    const userId = random.uuid();
    out.add(users, {
      id: userId,
      practiceId: id,
      email,
      displayName: `${person.given} ${person.family}`,
      passwordHash,
      role,
      createdAt,
    });
    return userId;
  };
  const adminId = staff("admin", staffEmail("admin", number));
  const frontDeskId = staff("frontdesk", staffEmail("frontdesk", number));
  const typeRow = (name: string, lengthMinutes: number, bufferMinutes: number, price: number, sortOrder: number) => {
    const type = { id: random.uuid(), lengthMinutes, bufferMinutes };
    out.add(appointmentTypes, {
      ...type,
      practiceId: id,
      name,
      description:
        sortOrder === 1 ? "First visit: your history, a safety screen, an assessment and a first treatment." : null,
      priceText: locale.price(price),
      bookableOnline: sortOrder === 1,
      sortOrder,
      createdAt,
    });
    return type;
  };
  const types = {
    consultation: typeRow("Consultation", 60, 15, 65, 1),
    treatment: typeRow("Treatment", 45, 15, 50, 2),
    followUp: typeRow("Follow-up", 30, 10, 40, 3),
  };
  const therapists: Therapist[] = [];
  const count = random.int(4, 12);
  for (let t = 1; t <= count; t++) {
    const therapistId = staff("therapist", staffEmail(`therapist${t}`, number));
    const hours = HOUR_PATTERNS[(t - 1 + random.int(0, 1)) % HOUR_PATTERNS.length]!;
    for (const h of hours) out.add(workingHours, { id: random.uuid(), practiceId: id, therapistId, ...h });
    // A week of leave in the next two months: no appointment is booked into it.
    const leaveFrom = addDays(input.today, random.int(7, 60));
    const leaveTo = addDays(leaveFrom, 6);
    out.add(timeOff, {
      id: random.uuid(),
      practiceId: id,
      therapistId,
      kind: "all-day",
      fromDay: leaveFrom,
      toDay: leaveTo,
      startTime: null,
      endTime: null,
      note: "Annual leave",
      createdAt: new Date(now.getTime() - random.int(10, 90) * DAY),
    });
    const daysOff = new Set(Array.from({ length: 7 }, (_, i) => addDays(leaveFrom, i)));
    therapists.push({ id: therapistId, diary: therapistDiary(hours, daysOff, random) });
  }
  for (let i = 0; i < Math.max(2, Math.round(input.clients / 400)); i++) {
    const person = personName(random);
    const reportedAt = new Date(now.getTime() - random.int(1, 60 * 24) * 3_600_000);
    const resolved = random.chance(0.7) && now.getTime() - reportedAt.getTime() > DAY;
    out.add(callbackRequests, {
      id: random.uuid(),
      practiceId: id,
      name: `${person.given} ${person.family}`,
      email: null,
      phone: locale.phone(random),
      answers: random.sample(
        PRESCREEN_QUESTIONS.map((q) => q.id),
        random.int(1, 2),
      ),
      message: random.pick([null, "Please call after 5pm.", "My GP suggested massage for my calf."]),
      createdAt: reportedAt,
      resolvedAt: resolved ? new Date(reportedAt.getTime() + random.int(1, 20) * 3_600_000) : null,
      resolvedBy: resolved ? frontDeskId : null,
      resolution: resolved ? random.pick(["Called back: referred to GP first.", "Left a voicemail."]) : null,
    });
  }
  return {
    id,
    number,
    timeZone,
    today: input.today,
    now,
    at: zoneClock(timeZone),
    dayOf: zoneDays(timeZone),
    adminId,
    frontDeskId,
    therapists,
    types,
    passwordHash,
    random,
    out,
  };
}
