-- The client table sorts and filters 100,000 clients by what it shows, so what it shows is kept
-- on the client row by the database itself, whoever writes (the app, a bulk load, a restore):
-- the practice's calendar day of the latest visit (intake or session note) and the start of the
-- next booked appointment. Statement-level triggers with transition tables cost one update per
-- statement, not per row, so bulk loads stay fast. The job runner clears next appointments that
-- have passed (lib/dal/internal/client-upkeep.ts).
CREATE OR REPLACE FUNCTION unknot_refresh_last_visit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE clients c SET last_visit_on = (
    SELECT max(v.day) FROM (
      SELECT (i.created_at AT TIME ZONE p.time_zone)::date AS day
        FROM intakes i WHERE i.practice_id = c.practice_id AND i.client_id = c.id
      UNION ALL
      SELECT n.visit_date FROM session_notes n WHERE n.practice_id = c.practice_id AND n.client_id = c.id
    ) v)
  FROM practices p
  WHERE p.id = c.practice_id AND c.id IN (SELECT DISTINCT client_id FROM changed);
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER intakes_last_visit AFTER INSERT ON intakes
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION unknot_refresh_last_visit();--> statement-breakpoint
CREATE TRIGGER session_notes_last_visit_insert AFTER INSERT ON session_notes
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION unknot_refresh_last_visit();--> statement-breakpoint
CREATE TRIGGER session_notes_last_visit_update AFTER UPDATE ON session_notes
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION unknot_refresh_last_visit();--> statement-breakpoint
CREATE OR REPLACE FUNCTION unknot_refresh_next_appointment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE clients c SET next_appointment_at = (
    SELECT min(a.starts_at) FROM appointments a
    WHERE a.practice_id = c.practice_id AND a.client_id = c.id AND a.status = 'booked' AND a.starts_at > now())
  WHERE c.id IN (SELECT DISTINCT client_id FROM changed);
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER appointments_next_insert AFTER INSERT ON appointments
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION unknot_refresh_next_appointment();--> statement-breakpoint
CREATE TRIGGER appointments_next_update AFTER UPDATE ON appointments
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION unknot_refresh_next_appointment();--> statement-breakpoint
UPDATE clients c SET last_visit_on = (
  SELECT max(v.day) FROM (
    SELECT (i.created_at AT TIME ZONE p.time_zone)::date AS day
      FROM intakes i WHERE i.practice_id = c.practice_id AND i.client_id = c.id
    UNION ALL
    SELECT n.visit_date FROM session_notes n WHERE n.practice_id = c.practice_id AND n.client_id = c.id
  ) v),
  next_appointment_at = (
    SELECT min(a.starts_at) FROM appointments a
    WHERE a.practice_id = c.practice_id AND a.client_id = c.id AND a.status = 'booked' AND a.starts_at > now())
FROM practices p WHERE p.id = c.practice_id;--> statement-breakpoint
-- Index-backed search (prefix, accent- and case-insensitive) and sorts of the client table.
CREATE INDEX clients_search_family_idx ON clients (practice_id, unknot_fold(family_name) text_pattern_ops);--> statement-breakpoint
CREATE INDEX clients_search_given_idx ON clients (practice_id, unknot_fold(given_name) text_pattern_ops);--> statement-breakpoint
CREATE INDEX clients_search_email_idx ON clients (practice_id, lower(email) text_pattern_ops);--> statement-breakpoint
CREATE INDEX clients_search_phone_idx ON clients (practice_id, regexp_replace(phone, '[^0-9]', '', 'g') text_pattern_ops);--> statement-breakpoint
-- Names sort as people read them, the same on both engines: folded (no case, no accents).
CREATE INDEX clients_name_order_idx ON clients (practice_id, unknot_fold(family_name), unknot_fold(given_name), id);--> statement-breakpoint
CREATE INDEX clients_status_name_idx ON clients (practice_id, status, unknot_fold(family_name), unknot_fold(given_name), id);--> statement-breakpoint
CREATE INDEX clients_therapist_name_idx ON clients (practice_id, primary_therapist_id, unknot_fold(family_name), unknot_fold(given_name), id);--> statement-breakpoint
CREATE INDEX clients_last_visit_idx ON clients (practice_id, last_visit_on DESC NULLS LAST, id DESC);--> statement-breakpoint
CREATE INDEX clients_next_appointment_idx ON clients (practice_id, next_appointment_at, id);--> statement-breakpoint
CREATE INDEX clients_next_appointment_due_idx ON clients (next_appointment_at) WHERE next_appointment_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX flags_open_client_idx ON flags (practice_id, client_id) WHERE status = 'open';--> statement-breakpoint
CREATE INDEX plans_active_client_idx ON plans (practice_id, client_id) WHERE status = 'active';
