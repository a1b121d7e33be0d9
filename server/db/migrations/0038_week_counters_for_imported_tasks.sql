-- Imported tasks completed before the import were left out of the weekly counters: add each to the local week it was completed in.
INSERT INTO "unit_week_counters" ("agency_id", "unit_id", "week", "completed_on_time", "completed_late", "transfers", "extensions")
SELECT t."agency_id", t."unit_id", date_trunc('week', t."completed_at" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
       count(*) FILTER (WHERE t."counted_outcome" = 'completed_on_time')::int,
       count(*) FILTER (WHERE t."counted_outcome" = 'completed_late')::int, 0, 0
FROM "tasks" t
WHERE t."completed_at" IS NOT NULL
  AND t."counted_outcome" IN ('completed_on_time', 'completed_late')
  AND EXISTS (SELECT 1 FROM "task_events" e WHERE e."task_id" = t."id" AND e."kind" = 'task.imported')
GROUP BY 1, 2, 3
ON CONFLICT ("agency_id", "unit_id", "week") DO UPDATE SET
  "completed_on_time" = "unit_week_counters"."completed_on_time" + excluded."completed_on_time",
  "completed_late" = "unit_week_counters"."completed_late" + excluded."completed_late";
