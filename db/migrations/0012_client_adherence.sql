ALTER TABLE "clients" ADD COLUMN "adherence_30d" smallint;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "adherence_on" date;--> statement-breakpoint
CREATE INDEX "clients_adherence_idx" ON "clients" USING btree ("practice_id","adherence_30d","id");