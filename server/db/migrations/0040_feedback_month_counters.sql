CREATE TABLE "feedback_unit_month_counters" (
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"month" text NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"accepted_in_time" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"rating_sum" integer DEFAULT 0 NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "feedback_unit_month_counters_agency_id_unit_id_month_pk" PRIMARY KEY("agency_id","unit_id","month")
);
--> statement-breakpoint
ALTER TABLE "feedback_unit_month_counters" ADD CONSTRAINT "feedback_unit_month_counters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_unit_month_counters" ADD CONSTRAINT "feedback_unit_month_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Backfill: every report counted in the local month of its receipt, by the definitions of feedbackFigures and the write path.
INSERT INTO "feedback_unit_month_counters" ("agency_id", "unit_id", "month", "received", "accepted_in_time", "answered", "rejected", "rating_sum", "rating_count")
SELECT "agency_id", "unit_id", to_char("received_at" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM'),
  count(*)::int,
  count(*) FILTER (WHERE "accepted_at" IS NOT NULL AND "accepted_at" <= "accept_due_at")::int,
  count("answered_at")::int,
  count(*) FILTER (WHERE "status" = 'rejected')::int,
  coalesce(sum("rating_score"), 0)::int,
  count("rating_score")::int
FROM "public_reports"
GROUP BY 1, 2, 3;
