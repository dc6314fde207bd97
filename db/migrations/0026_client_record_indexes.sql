CREATE INDEX "note_amendments_note_idx" ON "note_amendments" USING btree ("note_id");--> statement-breakpoint
CREATE INDEX "findings_client_idx" ON "findings" USING btree ("practice_id","client_id");--> statement-breakpoint
CREATE INDEX "symptom_reports_client_idx" ON "symptom_reports" USING btree ("practice_id","client_id","reported_at");