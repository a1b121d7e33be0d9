CREATE TABLE "unit_month_counters" (
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"month" text NOT NULL,
	"completed_on_time" integer DEFAULT 0 NOT NULL,
	"completed_late" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "unit_month_counters_agency_id_unit_id_month_pk" PRIMARY KEY("agency_id","unit_id","month")
);
--> statement-breakpoint
ALTER TABLE "report_runs" ADD COLUMN "is_confidential" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_month_counters" ADD CONSTRAINT "unit_month_counters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_month_counters" ADD CONSTRAINT "unit_month_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Backfill: every completed task counted in the local month of its completion, as the write path counts it.
INSERT INTO "unit_month_counters" ("agency_id", "unit_id", "month", "completed_on_time", "completed_late")
SELECT "agency_id", "unit_id", to_char("completed_at" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM'),
  count(*) FILTER (WHERE "counted_outcome" = 'completed_on_time')::int,
  count(*) FILTER (WHERE "counted_outcome" = 'completed_late')::int
FROM "tasks"
WHERE "counted_outcome" IN ('completed_on_time', 'completed_late') AND "completed_at" IS NOT NULL
GROUP BY 1, 2, 3;
