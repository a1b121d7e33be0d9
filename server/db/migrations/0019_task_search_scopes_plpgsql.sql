-- The same keys as migration 0015, computed by PL/pgSQL. A SQL function whose body is a query is not
-- inlined, so every statement that evaluated it (each task_search row written: a create, a moved due
-- date, a renamed task) parsed and planned that query again; PL/pgSQL compiles once per connection.
-- Same output for every input (order included), so task_search_scope_idx stays valid.
CREATE OR REPLACE FUNCTION task_search_scopes(unit_path text, due_date date) RETURNS text[]
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
DECLARE
  day text := greatest(due_date - date '1900-01-01', 0)::text;
  keys text[];
  unit_id text;
BEGIN
  FOREACH unit_id IN ARRAY string_to_array(btrim(unit_path, '/'), '/') LOOP
    keys := keys || unit_id || (unit_id || '@' || day);
  END LOOP;
  RETURN keys;
END
$$;
