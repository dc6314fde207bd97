// The practice's own settings, for its admin: its name, time zone, and what clients see of it.
import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { practices } from "@/db/schema";
import { SLUG_PATTERN, type PracticeSettingsInput } from "@/lib/validation/staff";
import { audit } from "./internal/audit";
import { db } from "./internal/database";
import { authorize } from "./internal/guard";
import { requestOrigin } from "./internal/request";

/** Booking addresses taken by the app's own routes: /book/manage/<token> is the emailed link's page. */
export const RESERVED_SLUGS: readonly string[] = ["manage"];

export interface PracticeSettings {
  name: string;
  timeZone: string;
  /** Shown to clients in the portal and on the booking pages. */
  phone: string | null;
  address: string | null;
  /** The public booking page's address: /book/<slug>. */
  slug: string;
  /** Where the app is reached, for showing the booking page's full address. */
  origin: string;
  /** The time zones the practice may choose from (the server's IANA list, with the current one). */
  timeZones: string[];
}

/**
 * The IANA zones this server knows (canonical names), plus UTC. A practice set up earlier with an
 * alias the list does not hold (e.g. Europe/Kiev where it says Europe/Kyiv) may keep it.
 */
function knownTimeZones(): string[] {
  return [...new Set([...Intl.supportedValuesOf("timeZone"), "UTC"])].sort();
}

/** The practice settings page. */
export async function getPracticeSettings(): Promise<PracticeSettings> {
  const viewer = await authorize("practice.settings", "practice");
  const database = await db();
  const [practice] = await database.select().from(practices).where(eq(practices.id, viewer.practiceId));
  await audit(database, viewer, {
    action: "practice.read",
    objectType: "practice",
    objectId: viewer.practiceId,
    outcome: "allowed",
  });
  const zones = knownTimeZones();
  return {
    name: practice!.name,
    timeZone: practice!.timeZone,
    phone: practice!.phone,
    address: practice!.address,
    slug: practice!.slug,
    origin: await requestOrigin(),
    timeZones: zones.includes(practice!.timeZone) ? zones : [practice!.timeZone, ...zones],
  };
}

export type PracticeSettingsCode =
  "practice.time-zone-unknown" | "practice.slug-invalid" | "practice.slug-reserved" | "practice.slug-taken";
export type PracticeSettingsResult = { ok: true; changed: string[] } | { ok: false; code: PracticeSettingsCode };

/** Whether a database error is the unique booking address refusing a second practice's. */
function isSlugClash(error: unknown): boolean {
  for (
    let e = error as { code?: string; constraint?: string; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (e.code === "23505" && (e.constraint === undefined || e.constraint === "practices_slug_unique")) return true;
  }
  return false;
}

const FIELDS = ["name", "timeZone", "phone", "address", "slug"] as const;

/**
 * Saves the practice's settings, audited with what changed (each field's old and new value).
 * A new booking address takes effect at once; links to the old one stop working.
 */
export async function savePracticeSettings(input: PracticeSettingsInput): Promise<PracticeSettingsResult> {
  const viewer = await authorize("practice.settings", "practice");
  const database = await db();
  const [current] = await database.select().from(practices).where(eq(practices.id, viewer.practiceId));
  const next = {
    name: input.name,
    timeZone: input.timeZone,
    phone: input.phone ?? null,
    address: input.address ?? null,
    slug: input.slug,
  };
  if (next.timeZone !== current!.timeZone && !knownTimeZones().includes(next.timeZone)) {
    return { ok: false, code: "practice.time-zone-unknown" };
  }
  if (next.slug !== current!.slug) {
    if (!SLUG_PATTERN.test(next.slug)) return { ok: false, code: "practice.slug-invalid" };
    if (RESERVED_SLUGS.includes(next.slug)) return { ok: false, code: "practice.slug-reserved" };
    const [other] = await database
      .select({ id: practices.id })
      .from(practices)
      .where(and(eq(practices.slug, next.slug), ne(practices.id, viewer.practiceId)))
      .limit(1);
    if (other) return { ok: false, code: "practice.slug-taken" };
  }
  const changed = FIELDS.filter((f) => next[f] !== current![f]);
  if (changed.length === 0) return { ok: true, changed };
  try {
    await database.transaction(async (tx) => {
      await tx.update(practices).set(next).where(eq(practices.id, viewer.practiceId));
      await audit(tx, viewer, {
        action: "practice.settings",
        objectType: "practice",
        objectId: viewer.practiceId,
        outcome: "allowed",
        detail: Object.fromEntries(changed.map((f) => [f, { from: current![f], to: next[f] }])),
      });
    });
  } catch (error) {
    // Another practice took the address between the check and the write.
    if (isSlugClash(error)) return { ok: false, code: "practice.slug-taken" };
    throw error;
  }
  return { ok: true, changed };
}
