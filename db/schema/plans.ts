import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { clientIdColumn } from "./clients";
import { intakes } from "./intakes";
import { practiceIdColumn, practices } from "./practices";
import { users } from "./users";
import { PLAN_PHASES, type Dosage } from "../../lib/domain/reference/plan-items";

export const planPhase = pgEnum("plan_phase", PLAN_PHASES);
export const planStatus = pgEnum("plan_status", ["draft", "active", "archived"]);

/**
 * The technique and exercise library. Reference items (practice_id null) are copied from
 * lib/domain/reference/plan-items.ts at start and are read-only; practices add their own.
 */
export const planItems = pgTable(
  "plan_items",
  {
    id: text("id").primaryKey(),
    practiceId: uuid("practice_id").references(() => practices.id),
    name: text("name").notNull(),
    phase: planPhase("phase").notNull(),
    kind: text("kind").notNull(),
    targetMuscles: text("target_muscles").array().notNull(),
    steps: text("steps").array().notNull(),
    dosage: jsonb("dosage").$type<Dosage>().notNull(),
    progressions: text("progressions").array().notNull(),
    cautions: text("cautions").array().notNull(),
    scopes: text("scopes").array().notNull(),
    suggestFor: text("suggest_for").array(),
    suggestForAny: boolean("suggest_for_any").notNull().default(false),
    activityId: text("activity_id"),
    notBehindKnee: boolean("not_behind_knee").notNull().default(false),
    sortOrder: integer("sort_order").notNull().default(1000),
    refVersion: integer("ref_version"),
    createdBy: uuid("created_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_items_practice_idx").on(t.practiceId)],
);

/** A client's home plan: a working copy (entries) and the versions published to the client. */
export const plans = pgTable(
  "plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    intakeId: uuid("intake_id").references(() => intakes.id),
    status: planStatus("status").notNull().default("draft"),
    gateType: text("gate_type").notNull().default("manual"),
    gateDate: date("gate_date", { mode: "string" }),
    gateThreshold: integer("gate_threshold"),
    gateDays: integer("gate_days"),
    advancedAt: timestamp("advanced_at", { withTimezone: true }),
    /** Days between the client's outcome questionnaires while this plan runs (null: only at intake and discharge). */
    outcomeEveryDays: integer("outcome_every_days"),
    advancedBy: uuid("advanced_by").references(() => users.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** Published versions so far; the working copy differs from the latest when edited. */
    publishedVersions: integer("published_versions").notNull().default(0),
  },
  (t) => [index("plans_client_idx").on(t.practiceId, t.clientId)],
);

export const planEntries = pgTable(
  "plan_entries",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    key: text("key").notNull(),
    practiceId: practiceIdColumn(),
    itemId: text("item_id")
      .notNull()
      .references(() => planItems.id),
    phase: planPhase("phase").notNull(),
    position: integer("position").notNull(),
    dosage: jsonb("dosage").$type<Dosage>().notNull(),
    note: text("note"),
  },
  (t) => [primaryKey({ columns: [t.planId, t.key] })],
);

/** Every published version, frozen: the client follows the newest; history keeps them all. */
export const planVersions = pgTable(
  "plan_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    practiceId: practiceIdColumn(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    version: integer("version").notNull(),
    entries: jsonb("entries").notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid("published_by")
      .notNull()
      .references(() => users.id),
  },
  (t) => [uniqueIndex("plan_versions_plan_version").on(t.planId, t.version)],
);

/** The client's daily pain score (NPRS 0–10): one per day, the latest entry wins. */
export const painLogs = pgTable(
  "pain_logs",
  {
    practiceId: practiceIdColumn(),
    clientId: clientIdColumn(),
    day: date("day", { mode: "string" }).notNull(),
    score: integer("score").notNull(),
    note: text("note"),
    loggedAt: timestamp("logged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.day] })],
);
