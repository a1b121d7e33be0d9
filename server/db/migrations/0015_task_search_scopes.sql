-- The keys of a task in tasks_search_scope_idx: each unit of its path, alone and with the task's due day
-- ("<unitId>@<days since 01/01/1900>"), so that a subtree's text search can walk its days in due order
-- and stop at a page (server/modules/work/work.subtree-search.ts counts the same days).
CREATE FUNCTION task_search_scopes(unit_path text, due_date date) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN (SELECT array_agg(scope.key) FROM unnest(string_to_array(btrim(unit_path, '/'), '/')) AS unit(id),
    LATERAL (VALUES (unit.id), (unit.id || '@' || greatest(due_date - date '1900-01-01', 0)::text)) AS scope(key));--> statement-breakpoint
DROP INDEX "tasks_unit_search_idx";--> statement-breakpoint
CREATE INDEX "tasks_search_scope_idx" ON "tasks" USING gin (task_search_scopes("unit_path", "due_date"),"search_text" gin_trgm_ops) WITH (gin_pending_list_limit=64);