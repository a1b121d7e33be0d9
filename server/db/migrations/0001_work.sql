CREATE TYPE "public"."task_outcome" AS ENUM('completed_on_time', 'completed_late', 'open_in_time', 'open_overdue');--> statement-breakpoint
CREATE TYPE "public"."task_priority" AS ENUM('low', 'normal', 'high', 'urgent');--> statement-breakpoint
CREATE TYPE "public"."task_source_kind" AS ENUM('ad_hoc', 'plan_target', 'procedure_step', 'meeting_conclusion', 'conduct_case');--> statement-breakpoint
CREATE TYPE "public"."task_status" AS ENUM('assigned', 'in_progress', 'submitted', 'completed', 'cancelled');--> statement-breakpoint
CREATE TABLE "job_runs" (
	"agency_id" uuid NOT NULL,
	"job" text NOT NULL,
	"run_key" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"result" jsonb,
	CONSTRAINT "job_runs_agency_id_job_run_key_pk" PRIMARY KEY("agency_id","job","run_key")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"task_id" uuid,
	"signal" jsonb,
	"dedupe_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	"digested_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "person_work_counters" (
	"agency_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"transfers_away" integer DEFAULT 0 NOT NULL,
	"transfers_received" integer DEFAULT 0 NOT NULL,
	"extensions" integer DEFAULT 0 NOT NULL,
	"returns" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "person_work_counters_agency_id_person_id_pk" PRIMARY KEY("agency_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "task_collaborators" (
	"agency_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"person_id" uuid,
	"unit_id" uuid
);
--> statement-breakpoint
CREATE TABLE "task_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "task_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"agency_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_person_id" uuid,
	"actor_name" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"title" text NOT NULL,
	"search_text" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"expected_output" text NOT NULL,
	"priority" "task_priority" DEFAULT 'normal' NOT NULL,
	"source_kind" "task_source_kind" DEFAULT 'ad_hoc' NOT NULL,
	"source_id" uuid,
	"owner_id" uuid NOT NULL,
	"assigner_id" uuid NOT NULL,
	"status" "task_status" NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"in_progress_since" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"progress_percent" smallint DEFAULT 0 NOT NULL,
	"last_progress_at" timestamp with time zone,
	"grade" smallint,
	"open_request" jsonb,
	"decider_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"transfer_count" integer DEFAULT 0 NOT NULL,
	"extension_count" integer DEFAULT 0 NOT NULL,
	"return_count" integer DEFAULT 0 NOT NULL,
	"signals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signal_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"counted_outcome" "task_outcome",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_work_counters" (
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"open" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL,
	"completed_on_time" integer DEFAULT 0 NOT NULL,
	"completed_late" integer DEFAULT 0 NOT NULL,
	"transfers" integer DEFAULT 0 NOT NULL,
	"extensions" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "unit_work_counters_agency_id_unit_id_pk" PRIMARY KEY("agency_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "job_runs" ADD CONSTRAINT "job_runs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_work_counters" ADD CONSTRAINT "person_work_counters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_work_counters" ADD CONSTRAINT "person_work_counters_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_collaborators" ADD CONSTRAINT "task_collaborators_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_collaborators" ADD CONSTRAINT "task_collaborators_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_collaborators" ADD CONSTRAINT "task_collaborators_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_collaborators" ADD CONSTRAINT "task_collaborators_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_events" ADD CONSTRAINT "task_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_events" ADD CONSTRAINT "task_events_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_events" ADD CONSTRAINT "task_events_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assigner_id_people_id_fk" FOREIGN KEY ("assigner_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_work_counters" ADD CONSTRAINT "unit_work_counters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_work_counters" ADD CONSTRAINT "unit_work_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_person_idx" ON "notifications" USING btree ("person_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("person_id") WHERE read_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_key" ON "notifications" USING btree ("person_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "task_collaborators_task_idx" ON "task_collaborators" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "task_collaborators_person_idx" ON "task_collaborators" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "task_events_task_idx" ON "task_events" USING btree ("task_id","id");--> statement-breakpoint
CREATE INDEX "tasks_owner_open_idx" ON "tasks" USING btree ("agency_id","owner_id","due_date","id") WHERE status in ('assigned', 'in_progress', 'submitted');--> statement-breakpoint
CREATE INDEX "tasks_owner_idx" ON "tasks" USING btree ("agency_id","owner_id","due_date","id");--> statement-breakpoint
CREATE INDEX "tasks_scope_idx" ON "tasks" USING btree ("agency_id","unit_path" text_pattern_ops,"due_date","id");--> statement-breakpoint
CREATE INDEX "tasks_deciders_idx" ON "tasks" USING gin ("decider_ids");--> statement-breakpoint
CREATE INDEX "tasks_signal_kinds_idx" ON "tasks" USING gin ("signal_kinds");--> statement-breakpoint
CREATE INDEX "tasks_search_trgm_idx" ON "tasks" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "tasks_open_due_idx" ON "tasks" USING btree ("agency_id","due_date") WHERE status in ('assigned', 'in_progress', 'submitted');