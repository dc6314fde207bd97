CREATE TABLE "outcome_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"measure" text NOT NULL,
	"measure_version" integer NOT NULL,
	"occasion" text NOT NULL,
	"answers" jsonb NOT NULL,
	"score" double precision,
	"recorded_by" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "outcome_entries_measure" CHECK ("outcome_entries"."measure" in ('nprs', 'psfs', 'lefs')),
	CONSTRAINT "outcome_entries_occasion" CHECK ("outcome_entries"."occasion" in ('intake', 'follow-up', 'discharge')),
	CONSTRAINT "outcome_entries_scored" CHECK (("outcome_entries"."completed_at" is null) = ("outcome_entries"."score" is null))
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "outcome_every_days" integer;--> statement-breakpoint
ALTER TABLE "outcome_entries" ADD CONSTRAINT "outcome_entries_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_entries" ADD CONSTRAINT "outcome_entries_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_entries" ADD CONSTRAINT "outcome_entries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_entries_client_idx" ON "outcome_entries" USING btree ("practice_id","client_id","completed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_entries_one_open" ON "outcome_entries" USING btree ("client_id","measure") WHERE "outcome_entries"."completed_at" is null;