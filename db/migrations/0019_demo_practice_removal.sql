-- The demo practice made before practices carried the flag: the one whose admin is the demo admin.
UPDATE practices SET demo = true
WHERE id IN (SELECT practice_id FROM users WHERE email = 'admin@demo.unknot.test');
--> statement-breakpoint
-- `npm run practice -- remove-demo` deletes the demo practice with everything it holds, its audit
-- trail and signed notes included: they are made-up data under public passwords. The locks below
-- stay in force for every other practice, and for the demo one outside that command's transaction.
CREATE OR REPLACE FUNCTION unknot_removing_demo(practice uuid) RETURNS boolean AS $$
  SELECT current_setting('unknot.removing_demo_practice', true) = practice::text
    AND EXISTS (SELECT 1 FROM practices WHERE id = practice AND demo);
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND unknot_removing_demo(OLD.practice_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION session_notes_signed_locked() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND unknot_removing_demo(OLD.practice_id) THEN
    RETURN OLD;
  END IF;
  IF OLD.status = 'signed' THEN
    RAISE EXCEPTION 'session note % is signed and locked', OLD.id;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION findings_of_signed_notes_locked() RETURNS trigger AS $$
DECLARE
  note_id uuid;
BEGIN
  IF TG_OP = 'DELETE' AND unknot_removing_demo(OLD.practice_id) THEN
    RETURN OLD;
  END IF;
  IF TG_OP = 'DELETE' THEN
    note_id := OLD.session_note_id;
  ELSE
    note_id := NEW.session_note_id;
  END IF;
  IF note_id IS NOT NULL AND EXISTS (SELECT 1 FROM session_notes WHERE id = note_id AND status = 'signed') THEN
    RAISE EXCEPTION 'findings of signed session note % are locked', note_id;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.session_note_id IS NOT NULL AND EXISTS (SELECT 1 FROM session_notes WHERE id = OLD.session_note_id AND status = 'signed') THEN
    RAISE EXCEPTION 'findings of signed session note % are locked', OLD.session_note_id;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
