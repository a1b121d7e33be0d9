CREATE TYPE "public"."schedule_session" AS ENUM('morning', 'afternoon');--> statement-breakpoint
CREATE TYPE "public"."weekly_schedule_status" AS ENUM('draft', 'submitted', 'approved', 'published');--> statement-breakpoint
CREATE TABLE "weekly_schedule_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"schedule_id" uuid NOT NULL,
	"day" date NOT NULL,
	"session" "schedule_session" NOT NULL,
	"start_time" text,
	"content" text NOT NULL,
	"chair_id" uuid,
	"chair_name" text DEFAULT '' NOT NULL,
	"participants" text DEFAULT '' NOT NULL,
	"participant_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"preparing_unit_id" uuid,
	"preparing_unit_name" text DEFAULT '' NOT NULL,
	"is_cancelled" boolean DEFAULT false NOT NULL,
	"changed_at" timestamp with time zone,
	"change_note" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weekly_schedules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"status" "weekly_schedule_status" NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"drafted_by_name" text NOT NULL,
	"approved_by_name" text,
	"approved_at" timestamp with time zone,
	"published_by_name" text,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "weekly_schedule_entries" ADD CONSTRAINT "weekly_schedule_entries_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_schedule_entries" ADD CONSTRAINT "weekly_schedule_entries_schedule_id_weekly_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."weekly_schedules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_schedule_entries" ADD CONSTRAINT "weekly_schedule_entries_chair_id_people_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_schedule_entries" ADD CONSTRAINT "weekly_schedule_entries_preparing_unit_id_units_id_fk" FOREIGN KEY ("preparing_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_schedules" ADD CONSTRAINT "weekly_schedules_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "weekly_schedule_entries_schedule_idx" ON "weekly_schedule_entries" USING btree ("schedule_id","day","session","start_time");--> statement-breakpoint
CREATE UNIQUE INDEX "weekly_schedules_week_key" ON "weekly_schedules" USING btree ("agency_id","week_start");