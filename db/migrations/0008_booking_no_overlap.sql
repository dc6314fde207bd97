-- Two appointments of one therapist can never overlap, whatever the application does: each
-- blocks its time plus the type's buffer ([starts_at, blocked_until)), and a second booking
-- into that range fails with an exclusion violation (23P01). Cancelled ones free their time.
-- btree_gist lets the uuid of the therapist take part in the GiST index (PGlite ships it as
-- a contrib extension; on PostgreSQL it is a trusted extension a database owner may create).
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_no_overlap" EXCLUDE USING gist (
  "therapist_id" WITH =,
  tstzrange("starts_at", "blocked_until", '[)') WITH &&
) WHERE ("status" <> 'cancelled');--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_times_ordered" CHECK ("starts_at" < "ends_at" AND "ends_at" <= "blocked_until");
