CREATE TABLE "pre_visit_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"complaint" text NOT NULL,
	"pain_sites" jsonb NOT NULL,
	"onset_date" date,
	"onset" text,
	"activities" jsonb NOT NULL,
	"medical_history" text,
	"medications" text,
	"screening_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "flags" ALTER COLUMN "opened_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "screenings" ALTER COLUMN "recorded_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "pre_visit_forms" ADD CONSTRAINT "pre_visit_forms_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_visit_forms" ADD CONSTRAINT "pre_visit_forms_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_visit_forms" ADD CONSTRAINT "pre_visit_forms_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pre_visit_forms" ADD CONSTRAINT "pre_visit_forms_screening_id_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screenings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pre_visit_forms_client_idx" ON "pre_visit_forms" USING btree ("practice_id","client_id","submitted_at");