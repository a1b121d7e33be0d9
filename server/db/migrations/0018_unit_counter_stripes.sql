-- Every task command in an agency added to its root unit's one counter row and held it to commit: at 32 connections, creates queued there.
ALTER TABLE "unit_work_counters" ADD COLUMN "stripe" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "unit_work_counters" DROP CONSTRAINT "unit_work_counters_agency_id_unit_id_pk";--> statement-breakpoint
ALTER TABLE "unit_work_counters" ADD CONSTRAINT "unit_work_counters_agency_id_unit_id_stripe_pk" PRIMARY KEY("agency_id","unit_id","stripe");
