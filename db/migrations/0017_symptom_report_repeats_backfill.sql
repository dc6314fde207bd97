-- Reports made before repeats were counted: their last report is their first.
UPDATE "symptom_reports" SET "last_reported_at" = "reported_at";
