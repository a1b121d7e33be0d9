ALTER TABLE "unit_work_counters" ADD COLUMN "subtree_open" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_work_counters" ADD COLUMN "subtree_overdue" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_work_counters" ADD COLUMN "subtree_completed_on_time" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_work_counters" ADD COLUMN "subtree_completed_late" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_work_counters" ADD COLUMN "subtree_transfers" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_work_counters" ADD COLUMN "subtree_extensions" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dissemination_unit_counters" ADD COLUMN "subtree_assigned" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dissemination_unit_counters" ADD COLUMN "subtree_read" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dissemination_unit_counters" ADD COLUMN "subtree_acknowledged" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dissemination_unit_counters" ADD COLUMN "subtree_committed" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dissemination_unit_counters" ADD COLUMN "subtree_passed" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dissemination_unit_counters" ADD COLUMN "subtree_done" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "conduct_cases_signal_handling_due_soon_idx" ON "conduct_cases" USING btree ("agency_id","created_at","id") WHERE "conduct_cases"."signal_kinds" @> array['handling_due_soon']::text[];--> statement-breakpoint
CREATE INDEX "conduct_cases_signal_handling_overdue_idx" ON "conduct_cases" USING btree ("agency_id","created_at","id") WHERE "conduct_cases"."signal_kinds" @> array['handling_overdue']::text[];--> statement-breakpoint
CREATE INDEX "conduct_cases_signal_explanation_overdue_idx" ON "conduct_cases" USING btree ("agency_id","created_at","id") WHERE "conduct_cases"."signal_kinds" @> array['explanation_overdue']::text[];--> statement-breakpoint
CREATE INDEX "conduct_cases_signal_appeal_window_ended_idx" ON "conduct_cases" USING btree ("agency_id","created_at","id") WHERE "conduct_cases"."signal_kinds" @> array['appeal_window_ended']::text[];--> statement-breakpoint
CREATE INDEX "conduct_cases_signal_statute_warning_idx" ON "conduct_cases" USING btree ("agency_id","created_at","id") WHERE "conduct_cases"."signal_kinds" @> array['statute_warning']::text[];--> statement-breakpoint
-- Copies of unit paths left behind by unit moves before moves carried them along.
UPDATE "tasks" t SET "unit_path" = u."path" FROM "units" u WHERE u."id" = t."unit_id" AND t."unit_path" <> u."path";--> statement-breakpoint
UPDATE "dissemination_unit_counters" c SET "unit_path" = u."path" FROM "units" u WHERE u."id" = c."unit_id" AND c."unit_path" <> u."path";--> statement-breakpoint
UPDATE "dissemination_campaigns" c SET "unit_path" = u."path" FROM "units" u WHERE u."id" = c."unit_id" AND c."unit_path" <> u."path";--> statement-breakpoint
UPDATE "meetings" m SET "unit_path" = u."path" FROM "units" u WHERE u."id" = m."unit_id" AND m."unit_path" <> u."path";--> statement-breakpoint
UPDATE "dissemination_assignments" a SET "unit_path" = u."path" FROM "units" u WHERE u."id" = a."unit_id" AND a."unit_path" <> u."path";--> statement-breakpoint
-- Subtree totals: every unit's own counters summed into the unit and each of its ancestors.
INSERT INTO "unit_work_counters" ("agency_id", "unit_id", "subtree_open", "subtree_overdue", "subtree_completed_on_time", "subtree_completed_late", "subtree_transfers", "subtree_extensions")
SELECT c."agency_id", a."id"::uuid, sum(c."open"), sum(c."overdue"), sum(c."completed_on_time"), sum(c."completed_late"), sum(c."transfers"), sum(c."extensions")
FROM "unit_work_counters" c JOIN "units" u ON u."id" = c."unit_id"
CROSS JOIN LATERAL unnest(string_to_array(btrim(u."path", '/'), '/')) a("id")
GROUP BY c."agency_id", a."id"
ON CONFLICT ("agency_id", "unit_id") DO UPDATE SET "subtree_open" = excluded."subtree_open", "subtree_overdue" = excluded."subtree_overdue",
  "subtree_completed_on_time" = excluded."subtree_completed_on_time", "subtree_completed_late" = excluded."subtree_completed_late",
  "subtree_transfers" = excluded."subtree_transfers", "subtree_extensions" = excluded."subtree_extensions";--> statement-breakpoint
INSERT INTO "dissemination_unit_counters" ("agency_id", "campaign_id", "unit_id", "unit_path", "subtree_assigned", "subtree_read", "subtree_acknowledged", "subtree_committed", "subtree_passed", "subtree_done")
SELECT c."agency_id", c."campaign_id", p."id", p."path", sum(c."assigned"), sum(c."read"), sum(c."acknowledged"), sum(c."committed"), sum(c."passed"), sum(c."done")
FROM "dissemination_unit_counters" c JOIN "units" u ON u."id" = c."unit_id"
CROSS JOIN LATERAL unnest(string_to_array(btrim(u."path", '/'), '/')) a("id")
JOIN "units" p ON p."id" = a."id"::uuid
GROUP BY c."agency_id", c."campaign_id", p."id", p."path"
ON CONFLICT ("campaign_id", "unit_id") DO UPDATE SET "subtree_assigned" = excluded."subtree_assigned", "subtree_read" = excluded."subtree_read",
  "subtree_acknowledged" = excluded."subtree_acknowledged", "subtree_committed" = excluded."subtree_committed",
  "subtree_passed" = excluded."subtree_passed", "subtree_done" = excluded."subtree_done";
