ALTER TABLE "clients" ADD COLUMN "last_visit_on" date;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "next_appointment_at" timestamp with time zone;