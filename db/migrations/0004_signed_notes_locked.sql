-- A signed session note is locked (DOMAIN.md rule 3): the database refuses to change it or
-- its findings, whatever the application does. Amendments are separate rows.
CREATE OR REPLACE FUNCTION session_notes_signed_locked() RETURNS trigger AS $$
BEGIN
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
CREATE TRIGGER session_notes_no_change_after_signing
  BEFORE UPDATE OR DELETE ON session_notes
  FOR EACH ROW EXECUTE FUNCTION session_notes_signed_locked();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION findings_of_signed_notes_locked() RETURNS trigger AS $$
DECLARE
  note_id uuid;
BEGIN
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
--> statement-breakpoint
CREATE TRIGGER findings_no_change_on_signed_notes
  BEFORE INSERT OR UPDATE OR DELETE ON findings
  FOR EACH ROW EXECUTE FUNCTION findings_of_signed_notes_locked();
