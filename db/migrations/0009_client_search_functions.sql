-- Searching clients by name accent- and case-insensitively ("zoe" finds Zoë), index-backed at
-- any practice size: unaccent is a contrib extension on PGlite and PostgreSQL alike, and this
-- IMMUTABLE wrapper (naming its dictionary) lets expression indexes use it.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE OR REPLACE FUNCTION unknot_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
