-- Task GIN indexes keep a 64 kB pending list instead of 4 MB: every read of the index scans the whole list (see schema/work.ts). Set in place, no rebuild.
ALTER INDEX "tasks_deciders_idx" SET (gin_pending_list_limit=64);--> statement-breakpoint
ALTER INDEX "tasks_signal_kinds_idx" SET (gin_pending_list_limit=64);--> statement-breakpoint
ALTER INDEX "tasks_unit_search_idx" SET (gin_pending_list_limit=64);
