import { customType, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { planItems } from "./plans";
import { practiceIdColumn } from "./practices";
import { users } from "./users";

/** Raw bytes (PostgreSQL bytea), read and written as a Buffer on both engines. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/**
 * The picture a practice uploads for one of its own library items (issue 13, bug 14). Kept in the
 * database, beside the row it illustrates, so app servers stay stateless and a backup holds it.
 * One per item: a new upload replaces it. Only checked PNG, JPEG or WebP bytes are stored (the
 * type and size read from the file's own header, lib/domain/image-facts.ts).
 */
export const planItemImages = pgTable("plan_item_images", {
  itemId: text("item_id")
    .primaryKey()
    .references(() => planItems.id, { onDelete: "cascade" }),
  practiceId: practiceIdColumn(),
  contentType: text("content_type").notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  byteSize: integer("byte_size").notNull(),
  /** What the picture shows, for those who cannot see it. */
  alt: text("alt").notNull(),
  data: bytea("data").notNull(),
  uploadedBy: uuid("uploaded_by")
    .notNull()
    .references(() => users.id),
  uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
});
