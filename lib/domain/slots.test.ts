import { describe, expect, it } from "vitest";
import {
  freeSlots,
  mergeAnyone,
  nextAvailableDay,
  wallClock,
  type Slot,
  type SlotInput,
  type WeeklyHours,
} from "./slots";

const LONDON = "Europe/London";
const NEW_YORK = "America/New_York";
const weekdays = (start: string, end: string): WeeklyHours[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

// Monday 2027-03-01, 08:00 GMT. Weekdays 09:00-12:00, 60-minute treatments, no buffer, booking open 8 weeks.
const base: SlotInput = {
  timeZone: LONDON,
  now: new Date("2027-03-01T08:00:00Z"),
  fromDay: "2027-03-08",
  toDay: "2027-03-08",
  weeklyHours: weekdays("09:00", "12:00"),
  timeOff: [],
  appointments: [],
  lengthMinutes: 60,
  bufferAfterMinutes: 0,
  minNoticeMinutes: 0,
  horizonDays: 56,
};
const on = (day: string, over: Partial<SlotInput> = {}) => freeSlots({ ...base, ...over, fromDay: day, toDay: day });
const times = (slots: Slot[], timeZone = LONDON) => slots.map((s) => wallClock(s.start, timeZone).time);
const days = (slots: Slot[]) => [...new Set(slots.map((s) => wallClock(s.start, LONDON).day))];
const utc = (slots: Slot[]) => slots.map((s) => s.start.toISOString().slice(11, 16));
const appt = (start: string, end: string, bufferAfterMinutes = 0) => ({
  start: new Date(start),
  end: new Date(end),
  bufferAfterMinutes,
});

describe("weekly hours", () => {
  it("offers every step of each range a day, with length inside the range", () => {
    const weeklyHours = [
      { weekday: 1, start: "09:00", end: "12:00" },
      { weekday: 1, start: "13:00", end: "15:00" },
    ];
    const slots = on("2027-03-08", { weeklyHours });
    expect(times(slots)).toEqual([
      "09:00",
      "09:15",
      "09:30",
      "09:45",
      "10:00",
      "10:15",
      "10:30",
      "10:45",
      "11:00",
      "13:00",
      "13:15",
      "13:30",
      "13:45",
      "14:00",
    ]);
    expect(slots[0]).toEqual({ start: new Date("2027-03-08T09:00:00Z"), end: new Date("2027-03-08T10:00:00Z") });
  });

  it("offers nothing on a day without working hours", () => {
    expect(on("2027-03-13")).toEqual([]); // Saturday
    expect(on("2027-03-10", { weeklyHours: [{ weekday: 1, start: "09:00", end: "12:00" }] })).toEqual([]);
  });

  it("aligns starts to the step from the start of each range (default 15 minutes)", () => {
    const hours = [{ weekday: 1, start: "09:10", end: "11:00" }];
    const half = on("2027-03-08", { weeklyHours: hours, lengthMinutes: 30, stepMinutes: 30 });
    expect(times(half)).toEqual(["09:10", "09:40", "10:10"]);
    expect(times(on("2027-03-08", { weeklyHours: hours, lengthMinutes: 90 }))).toEqual(["09:10", "09:25"]);
  });

  it("offers each instant once, sorted, when ranges overlap and across days", () => {
    const hours = [
      { weekday: 1, start: "10:00", end: "12:00" },
      { weekday: 1, start: "09:00", end: "11:00" },
    ];
    expect(times(on("2027-03-08", { weeklyHours: hours, stepMinutes: 60 }))).toEqual(["09:00", "10:00", "11:00"]);
    const week = freeSlots({ ...base, fromDay: "2027-03-08", toDay: "2027-03-14", stepMinutes: 60 });
    expect(days(week)).toEqual(["2027-03-08", "2027-03-09", "2027-03-10", "2027-03-11", "2027-03-12"]);
    expect(week.map((s) => s.start.getTime())).toEqual([...week.map((s) => s.start.getTime())].sort((a, b) => a - b));
  });

  it("refuses malformed hours", () => {
    expect(() => on("2027-03-08", { weeklyHours: [{ weekday: 1, start: "9:00", end: "12:00" }] })).toThrow(RangeError);
    expect(() => on("2027-03-08", { weeklyHours: [{ weekday: 1, start: "12:00", end: "09:00" }] })).toThrow(RangeError);
  });
});

describe("time off", () => {
  it("closes every day of an all-day range, inclusive", () => {
    const slots = freeSlots({
      ...base,
      fromDay: "2027-03-05",
      toDay: "2027-03-10",
      stepMinutes: 60,
      timeOff: [{ kind: "all-day", fromDay: "2027-03-08", toDay: "2027-03-09" }],
    });
    expect(days(slots)).toEqual(["2027-03-05", "2027-03-10"]);
  });

  it("closes part of a day: no slot overlaps it", () => {
    const timeOff = [{ kind: "partial" as const, day: "2027-03-08", start: "10:00", end: "11:00" }];
    expect(times(on("2027-03-08", { timeOff }))).toEqual(["09:00", "11:00"]);
    expect(times(on("2027-03-09", { timeOff }))).toHaveLength(9);
  });
});

describe("buffers", () => {
  const hours = [{ weekday: 1, start: "09:00", end: "13:00" }];

  it("keeps an existing appointment's buffer free", () => {
    const appointments = [appt("2027-03-08T10:00:00Z", "2027-03-08T11:00:00Z", 30)];
    expect(times(on("2027-03-08", { weeklyHours: hours, appointments }))).toEqual(["09:00", "11:30", "11:45", "12:00"]);
  });

  it("keeps the new slot's buffer out of the next appointment and inside the range", () => {
    const appointments = [appt("2027-03-08T11:00:00Z", "2027-03-08T12:00:00Z")];
    const slots = on("2027-03-08", { weeklyHours: hours, appointments, bufferAfterMinutes: 30 });
    expect(times(slots)).toEqual(["09:00", "09:15", "09:30"]);
    expect(slots[0]?.end).toEqual(new Date("2027-03-08T10:00:00Z")); // the buffer is not part of the slot
  });

  it("combines both buffers", () => {
    const appointments = [appt("2027-03-08T10:00:00Z", "2027-03-08T11:00:00Z", 15)];
    const slots = on("2027-03-08", { weeklyHours: hours, appointments, bufferAfterMinutes: 15 });
    expect(times(slots)).toEqual(["11:15", "11:30", "11:45"]);
  });
});

describe("minimum notice and horizon", () => {
  it("starts no earlier than now + minimum notice (inclusive)", () => {
    const now = new Date("2027-03-08T08:00:00Z");
    expect(times(on("2027-03-08", { now, minNoticeMinutes: 90 }))[0]).toBe("09:30");
    expect(on("2027-03-08", { now, minNoticeMinutes: 12 * 60 })).toEqual([]);
    expect(times(on("2027-03-09", { now, minNoticeMinutes: 12 * 60 }))[0]).toBe("09:00");
  });

  it("starts before now + horizon days (exclusive), nothing after", () => {
    const input = { ...base, now: new Date("2027-03-01T10:00:00Z"), horizonDays: 7, stepMinutes: 15 };
    expect(times(on("2027-03-08", input))).toEqual(["09:00", "09:15", "09:30", "09:45"]);
    expect(freeSlots({ ...input, fromDay: "2027-03-09", toDay: "2027-04-30" })).toEqual([]);
  });

  it("counts the horizon in calendar days of the zone, across a DST change", () => {
    // 10:00 GMT on Monday 22 March; 7 days later is 10:00 BST (09:00Z) on 29 March.
    const input = { ...base, now: new Date("2027-03-22T10:00:00Z"), horizonDays: 7 };
    expect(times(on("2027-03-29", input))).toEqual(["09:00", "09:15", "09:30", "09:45"]);
  });
});

describe("daylight saving time", () => {
  const sunday = (start: string, end: string) => [{ weekday: 7, start, end }];
  const early = new Date("2027-01-01T00:00:00Z");
  const night = (timeZone: string, day: string, start: string, end: string, over: Partial<SlotInput> = {}) =>
    freeSlots({
      ...base,
      timeZone,
      now: early,
      horizonDays: 365,
      fromDay: day,
      toDay: day,
      weeklyHours: sunday(start, end),
      lengthMinutes: 30,
      stepMinutes: 30,
      ...over,
    });
  const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: "09:00", end: "10:00" }));
  const nineAm = (timeZone: string, day: string) =>
    freeSlots({ ...base, timeZone, now: early, horizonDays: 365, fromDay: day, toDay: day, weeklyHours: everyDay })[0];

  const distinct = (slots: Slot[]) => new Set(slots.map((s) => s.start.getTime())).size;

  it("London spring forward: the missing hour is not offered, lengths are real minutes", () => {
    const slots = night(LONDON, "2027-03-28", "00:00", "04:00");
    expect(times(slots)).toEqual(["00:00", "00:30", "02:00", "02:30", "03:00", "03:30"]);
    expect(utc(slots)).toEqual(["00:00", "00:30", "01:00", "01:30", "02:00", "02:30"]);
    const hour = night(LONDON, "2027-03-28", "00:00", "04:00", { lengthMinutes: 60 });
    expect(times(hour)).toEqual(["00:00", "00:30", "02:00", "02:30", "03:00"]);
    // 60 real minutes each: the 00:00 slot ends at 02:00 local, two hours later by the clock on the wall.
    expect(hour.map((s) => (s.end.getTime() - s.start.getTime()) / 60_000)).toEqual([60, 60, 60, 60, 60]);
    expect(hour.map((s) => wallClock(s.end, LONDON).time)).toEqual(["02:00", "02:30", "03:00", "03:30", "04:00"]);
  });

  it("London spring forward: a range starting in the gap opens at the jump", () => {
    expect(times(night(LONDON, "2027-03-28", "01:30", "03:00"))).toEqual(["02:00", "02:30"]);
  });

  it("London fall back: each wall-clock time once, at the earlier offset", () => {
    const slots = night(LONDON, "2027-10-31", "00:00", "04:00");
    expect(times(slots)).toEqual(["00:00", "00:30", "01:00", "01:30", "02:00", "02:30", "03:00", "03:30"]);
    expect(slots.map((s) => s.start.toISOString().slice(0, 16))).toEqual([
      "2027-10-30T23:00",
      "2027-10-30T23:30",
      "2027-10-31T00:00",
      "2027-10-31T00:30",
      "2027-10-31T02:00",
      "2027-10-31T02:30",
      "2027-10-31T03:00",
      "2027-10-31T03:30",
    ]);
    expect(distinct(slots)).toBe(slots.length);
  });

  it("London: 09:00 stays 09:00 local around both changes", () => {
    expect(["2027-03-27", "2027-03-28", "2027-03-29"].map((d) => nineAm(LONDON, d)?.start.toISOString())).toEqual([
      "2027-03-27T09:00:00.000Z",
      "2027-03-28T08:00:00.000Z",
      "2027-03-29T08:00:00.000Z",
    ]);
    expect(["2027-10-30", "2027-10-31", "2027-11-01"].map((d) => nineAm(LONDON, d)?.start.toISOString())).toEqual([
      "2027-10-30T08:00:00.000Z",
      "2027-10-31T09:00:00.000Z",
      "2027-11-01T09:00:00.000Z",
    ]);
  });

  it("New York spring forward: 02:00-02:59 is not offered", () => {
    const slots = night(NEW_YORK, "2027-03-14", "01:00", "04:00");
    expect(times(slots, NEW_YORK)).toEqual(["01:00", "01:30", "03:00", "03:30"]);
    expect(utc(slots)).toEqual(["06:00", "06:30", "07:00", "07:30"]);
  });

  it("New York fall back: the repeated hour is offered once", () => {
    const slots = night(NEW_YORK, "2027-11-07", "00:00", "03:00");
    expect(times(slots, NEW_YORK)).toEqual(["00:00", "00:30", "01:00", "01:30", "02:00", "02:30"]);
    expect(utc(slots)).toEqual(["04:00", "04:30", "05:00", "05:30", "07:00", "07:30"]);
    expect(distinct(slots)).toBe(slots.length);
  });

  it("New York: 09:00 stays 09:00 local around both changes", () => {
    expect(["2027-03-13", "2027-03-14", "2027-03-15"].map((d) => nineAm(NEW_YORK, d)?.start.toISOString())).toEqual([
      "2027-03-13T14:00:00.000Z",
      "2027-03-14T13:00:00.000Z",
      "2027-03-15T13:00:00.000Z",
    ]);
    expect(["2027-11-06", "2027-11-07", "2027-11-08"].map((d) => nineAm(NEW_YORK, d)?.start.toISOString())).toEqual([
      "2027-11-06T13:00:00.000Z",
      "2027-11-07T14:00:00.000Z",
      "2027-11-08T14:00:00.000Z",
    ]);
  });
});

describe("mergeAnyone", () => {
  it("gives one entry per start with the free therapists' ids sorted", () => {
    const at = (hhmm: string): Slot => ({
      start: new Date(`2027-03-08T${hhmm}:00Z`),
      end: new Date(`2027-03-08T${hhmm}:59Z`),
    });
    const merged = mergeAnyone(
      new Map([
        ["t-b", [at("09:00"), at("10:00")]],
        ["t-a", [at("11:00"), at("09:00")]],
      ]),
    );
    expect(merged.map((m) => [m.start.toISOString().slice(11, 16), m.therapistIds])).toEqual([
      ["09:00", ["t-a", "t-b"]],
      ["10:00", ["t-b"]],
      ["11:00", ["t-a"]],
    ]);
    expect(mergeAnyone(new Map())).toEqual([]);
  });
});

describe("nextAvailableDay", () => {
  it("skips days off, time off and full days", () => {
    const rules = {
      ...base,
      timeOff: [{ kind: "all-day" as const, fromDay: "2027-03-08", toDay: "2027-03-09" }],
      appointments: [appt("2027-03-10T09:00:00Z", "2027-03-10T12:00:00Z")],
    };
    expect(nextAvailableDay(rules, "2027-03-05")).toBe("2027-03-11"); // Sat, Sun, time off, full
    expect(nextAvailableDay(base, "2027-02-20")).toBe("2027-03-01"); // never before now
  });

  it("returns null when nothing opens before the horizon", () => {
    expect(nextAvailableDay({ ...base, horizonDays: 7 }, "2027-03-08")).toBeNull();
    expect(nextAvailableDay({ ...base, weeklyHours: [] }, "2027-03-01")).toBeNull();
  });
});
