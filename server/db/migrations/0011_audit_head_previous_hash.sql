ALTER TABLE "audit_chain_heads" ADD COLUMN "previous_hash" text;--> statement-breakpoint
-- Hand-written (Drizzle cannot express a function). A statement of several writes calls it when the
-- write the others depend on found no row (the row changed since it was read): the whole statement is
-- undone, and 40001 (serialization_failure) tells the caller to read again and retry.
CREATE FUNCTION "raise_write_conflict"() RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the row changed since it was read' USING ERRCODE = '40001';
END
$$;
