DROP INDEX "tasks_search_trgm_idx";--> statement-breakpoint
CREATE INDEX "tasks_unit_search_idx" ON "tasks" USING gin ((string_to_array(btrim("unit_path", '/'), '/')),"search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "conduct_cases_status_idx" ON "conduct_cases" USING btree ("agency_id","status","created_at","id");