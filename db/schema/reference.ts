import { boolean, integer, pgEnum, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/**
 * Clinical reference data, copied at every start from lib/domain/reference (the one source)
 * so that practice rows can reference it with foreign keys. `refVersion` records which
 * version of the reference wrote the row.
 */
export const flagLevel = pgEnum("flag_level", ["stop", "local-hold", "caution"]);

export const muscles = pgTable("muscles", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  muscleGroup: text("muscle_group").notNull(),
  sideable: boolean("sideable").notNull(),
  views: text("views").array().notNull(),
  symptoms: text("symptoms").array().notNull(),
  sortOrder: integer("sort_order").notNull(),
  refVersion: integer("ref_version").notNull(),
});

export const activities = pgTable("activities", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  advice: text("advice").notNull(),
  sortOrder: integer("sort_order").notNull(),
  refVersion: integer("ref_version").notNull(),
});

export const muscleActivities = pgTable(
  "muscle_activities",
  {
    muscleId: text("muscle_id")
      .notNull()
      .references(() => muscles.id),
    activityId: text("activity_id")
      .notNull()
      .references(() => activities.id),
  },
  (t) => [primaryKey({ columns: [t.muscleId, t.activityId] })],
);

export const contraindications = pgTable("contraindications", {
  id: text("id").primaryKey(),
  level: flagLevel("level").notNull(),
  name: text("name").notNull(),
  signs: text("signs").notNull(),
  blocks: text("blocks").array().notNull(),
  blocksText: text("blocks_text").notNull(),
  requires: text("requires").notNull(),
  sortOrder: integer("sort_order").notNull(),
  refVersion: integer("ref_version").notNull(),
});
