CREATE TABLE "unit_week_counters" (
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"week" date NOT NULL,
	"completed_on_time" integer DEFAULT 0 NOT NULL,
	"completed_late" integer DEFAULT 0 NOT NULL,
	"transfers" integer DEFAULT 0 NOT NULL,
	"extensions" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "unit_week_counters_agency_id_unit_id_week_pk" PRIMARY KEY("agency_id","unit_id","week")
);
--> statement-breakpoint
ALTER TABLE "unit_week_counters" ADD CONSTRAINT "unit_week_counters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_week_counters" ADD CONSTRAINT "unit_week_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;