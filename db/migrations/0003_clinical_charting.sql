CREATE TYPE "public"."flag_level" AS ENUM('stop', 'local-hold', 'caution');--> statement-breakpoint
CREATE TYPE "public"."note_status" AS ENUM('draft', 'signed');--> statement-breakpoint
CREATE TYPE "public"."body_side" AS ENUM('left', 'right');--> statement-breakpoint
CREATE TYPE "public"."trigger_point_type" AS ENUM('active', 'latent');--> statement-breakpoint
CREATE TYPE "public"."flag_status" AS ENUM('open', 'resolved', 'cleared');--> statement-breakpoint
CREATE TYPE "public"."screen_answer" AS ENUM('yes', 'no', 'unknown');--> statement-breakpoint
CREATE TABLE "activities" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"advice" text NOT NULL,
	"sort_order" integer NOT NULL,
	"ref_version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contraindications" (
	"id" text PRIMARY KEY NOT NULL,
	"level" "flag_level" NOT NULL,
	"name" text NOT NULL,
	"signs" text NOT NULL,
	"blocks" text[] NOT NULL,
	"blocks_text" text NOT NULL,
	"requires" text NOT NULL,
	"sort_order" integer NOT NULL,
	"ref_version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "muscle_activities" (
	"muscle_id" text NOT NULL,
	"activity_id" text NOT NULL,
	CONSTRAINT "muscle_activities_muscle_id_activity_id_pk" PRIMARY KEY("muscle_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "muscles" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"muscle_group" text NOT NULL,
	"sideable" boolean NOT NULL,
	"views" text[] NOT NULL,
	"symptoms" text[] NOT NULL,
	"sort_order" integer NOT NULL,
	"ref_version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_activities" (
	"practice_id" uuid NOT NULL,
	"intake_id" uuid NOT NULL,
	"activity_id" text NOT NULL,
	"frequency" text,
	"notes" text,
	CONSTRAINT "intake_activities_intake_id_activity_id_pk" PRIMARY KEY("intake_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "intakes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"chief_complaint" text NOT NULL,
	"pain_sites" jsonb NOT NULL,
	"onset_date" date,
	"duration" text,
	"aggravating" text,
	"easing" text,
	"pain_now" integer NOT NULL,
	"psfs" jsonb NOT NULL,
	"medical_history" text,
	"medications" text,
	"ref_version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "note_amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"note_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"body" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"intake_id" uuid NOT NULL,
	"therapist_id" uuid NOT NULL,
	"visit_date" date NOT NULL,
	"subjective" text DEFAULT '' NOT NULL,
	"pain_now" integer,
	"assessment" text DEFAULT '' NOT NULL,
	"plan" text DEFAULT '' NOT NULL,
	"status" "note_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"signed_at" timestamp with time zone,
	"signed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"intake_id" uuid,
	"session_note_id" uuid,
	"muscle_id" text NOT NULL,
	"side" "body_side" NOT NULL,
	"tenderness" integer NOT NULL,
	"point_type" "trigger_point_type" NOT NULL,
	"reproduces_pain" boolean NOT NULL,
	"notes" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "findings_one_visit" CHECK (("findings"."intake_id" is null) <> ("findings"."session_note_id" is null)),
	CONSTRAINT "findings_tenderness_range" CHECK ("findings"."tenderness" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"contraindication_id" text NOT NULL,
	"status" "flag_status" DEFAULT 'open' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_by" uuid NOT NULL,
	"opened_by_screening" uuid NOT NULL,
	"note" text,
	"referred_to" text,
	"referred_on" date,
	"referral_note" text,
	"referral_recorded_by" uuid,
	"referral_recorded_at" timestamp with time zone,
	"cleared_by" text,
	"cleared_on" date,
	"clearance_note" text,
	"clearance_recorded_by" uuid,
	"closed_at" timestamp with time zone,
	"resolved_by_screening" uuid
);
--> statement-breakpoint
CREATE TABLE "screening_answers" (
	"practice_id" uuid NOT NULL,
	"screening_id" uuid NOT NULL,
	"contraindication_id" text NOT NULL,
	"answer" "screen_answer" NOT NULL,
	"note" text,
	CONSTRAINT "screening_answers_screening_id_contraindication_id_pk" PRIMARY KEY("screening_id","contraindication_id")
);
--> statement-breakpoint
CREATE TABLE "screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"practice_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"intake_id" uuid,
	"session_note_id" uuid,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "consent_name" text;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "consent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "consent_recorded_by" uuid;--> statement-breakpoint
ALTER TABLE "muscle_activities" ADD CONSTRAINT "muscle_activities_muscle_id_muscles_id_fk" FOREIGN KEY ("muscle_id") REFERENCES "public"."muscles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "muscle_activities" ADD CONSTRAINT "muscle_activities_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_activities" ADD CONSTRAINT "intake_activities_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_activities" ADD CONSTRAINT "intake_activities_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_activities" ADD CONSTRAINT "intake_activities_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_amendments" ADD CONSTRAINT "note_amendments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_amendments" ADD CONSTRAINT "note_amendments_note_id_session_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."session_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "note_amendments" ADD CONSTRAINT "note_amendments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_therapist_id_users_id_fk" FOREIGN KEY ("therapist_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_session_note_id_session_notes_id_fk" FOREIGN KEY ("session_note_id") REFERENCES "public"."session_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_muscle_id_muscles_id_fk" FOREIGN KEY ("muscle_id") REFERENCES "public"."muscles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_contraindication_id_contraindications_id_fk" FOREIGN KEY ("contraindication_id") REFERENCES "public"."contraindications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_opened_by_screening_screenings_id_fk" FOREIGN KEY ("opened_by_screening") REFERENCES "public"."screenings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_referral_recorded_by_users_id_fk" FOREIGN KEY ("referral_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_clearance_recorded_by_users_id_fk" FOREIGN KEY ("clearance_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flags" ADD CONSTRAINT "flags_resolved_by_screening_screenings_id_fk" FOREIGN KEY ("resolved_by_screening") REFERENCES "public"."screenings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_answers" ADD CONSTRAINT "screening_answers_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_answers" ADD CONSTRAINT "screening_answers_screening_id_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screenings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_answers" ADD CONSTRAINT "screening_answers_contraindication_id_contraindications_id_fk" FOREIGN KEY ("contraindication_id") REFERENCES "public"."contraindications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_client_id_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."clients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_session_note_id_session_notes_id_fk" FOREIGN KEY ("session_note_id") REFERENCES "public"."session_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intakes_client_idx" ON "intakes" USING btree ("practice_id","client_id","created_at");--> statement-breakpoint
CREATE INDEX "session_notes_client_idx" ON "session_notes" USING btree ("practice_id","client_id","visit_date");--> statement-breakpoint
CREATE UNIQUE INDEX "findings_intake_muscle_side" ON "findings" USING btree ("intake_id","muscle_id","side");--> statement-breakpoint
CREATE UNIQUE INDEX "findings_note_muscle_side" ON "findings" USING btree ("session_note_id","muscle_id","side");--> statement-breakpoint
CREATE INDEX "flags_client_idx" ON "flags" USING btree ("practice_id","client_id","status");--> statement-breakpoint
CREATE INDEX "screenings_client_idx" ON "screenings" USING btree ("practice_id","client_id","recorded_at");--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_consent_recorded_by_users_id_fk" FOREIGN KEY ("consent_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;