DROP INDEX "clients_user_unique";--> statement-breakpoint
CREATE UNIQUE INDEX "clients_user_practice_unique" ON "clients" USING btree ("user_id","practice_id");