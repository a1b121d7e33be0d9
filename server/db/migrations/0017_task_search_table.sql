-- The text search's keys move from the task row to a table of their own (task_search), kept by the
-- triggers below: a status change rewrites every index of the task row, and the ~50 keys a task has
-- in the search index were ~15 % of a lifecycle command's database CPU.
-- Writes to tasks wait until this migration commits, so no task is written between the copy and the
-- triggers (at city scale the copy and the index take minutes: run it at a quiet hour).
LOCK TABLE "tasks" IN SHARE ROW EXCLUSIVE MODE;--> statement-breakpoint
CREATE TABLE "task_search" (
	"task_id" uuid PRIMARY KEY NOT NULL,
	"unit_path" text NOT NULL,
	"due_date" date NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
INSERT INTO "task_search" ("task_id", "unit_path", "due_date", "search_text") SELECT "id", "unit_path", "due_date", "search_text" FROM "tasks";--> statement-breakpoint
ALTER TABLE "task_search" ADD CONSTRAINT "task_search_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
DROP INDEX "tasks_search_scope_idx";--> statement-breakpoint
CREATE INDEX "task_search_scope_idx" ON "task_search" USING gin (task_search_scopes("unit_path", "due_date"),"search_text" gin_trgm_ops) WITH (gin_pending_list_limit=64);--> statement-breakpoint
-- Without statistics the planner walked the tasks in due order and probed the search rows one by one:
-- a city search took 3 s instead of tens of milliseconds until autovacuum came by.
ANALYZE "task_search";--> statement-breakpoint
CREATE FUNCTION task_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO task_search (task_id, unit_path, due_date, search_text) VALUES (NEW.id, NEW.unit_path, NEW.due_date, NEW.search_text)
  ON CONFLICT (task_id) DO UPDATE SET unit_path = EXCLUDED.unit_path, due_date = EXCLUDED.due_date, search_text = EXCLUDED.search_text;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER tasks_search_inserted AFTER INSERT ON "tasks" FOR EACH ROW EXECUTE FUNCTION task_search_sync();--> statement-breakpoint
-- Most commands set these columns to what they were: only a real change writes the search row.
CREATE TRIGGER tasks_search_changed AFTER UPDATE OF "unit_path", "due_date", "search_text" ON "tasks" FOR EACH ROW
  WHEN (OLD.unit_path IS DISTINCT FROM NEW.unit_path OR OLD.due_date IS DISTINCT FROM NEW.due_date OR OLD.search_text IS DISTINCT FROM NEW.search_text)
  EXECUTE FUNCTION task_search_sync();
