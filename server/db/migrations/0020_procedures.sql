CREATE TYPE "public"."procedure_limit_unit" AS ENUM('working_days', 'working_hours');--> statement-breakpoint
CREATE TYPE "public"."procedure_run_state" AS ENUM('running', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."procedure_run_step_state" AS ENUM('waiting', 'open', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."procedure_version_status" AS ENUM('draft', 'submitted', 'approved', 'published', 'superseded');--> statement-breakpoint
CREATE TABLE "procedure_run_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"step_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"state" "procedure_run_step_state" DEFAULT 'waiting' NOT NULL,
	"person_id" uuid NOT NULL,
	"task_id" uuid,
	"limit_hours" numeric NOT NULL,
	"due_date" date,
	"received_at" timestamp with time zone,
	"handed_over_at" timestamp with time zone,
	"used_hours" numeric,
	"is_late" boolean
);
--> statement-breakpoint
CREATE TABLE "procedure_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"subject_title" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"document_id" uuid,
	"state" "procedure_run_state" DEFAULT 'running' NOT NULL,
	"started_by_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"due_date" date NOT NULL,
	"completed_at" timestamp with time zone,
	"promised_date" date,
	"promise_reason" text,
	"promise_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"name" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"responsible_position" text DEFAULT '' NOT NULL,
	"default_person_id" uuid,
	"limit_value" numeric NOT NULL,
	"limit_unit" "procedure_limit_unit" NOT NULL,
	"inputs" text DEFAULT '' NOT NULL,
	"outputs" text DEFAULT '' NOT NULL,
	"needs_acceptance" boolean DEFAULT true NOT NULL,
	"is_parallel" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedure_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"edition" integer NOT NULL,
	"status" "procedure_version_status" DEFAULT 'draft' NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"legal_bases" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"definitions" text DEFAULT '' NOT NULL,
	"forms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"records" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"revision_note" text DEFAULT '' NOT NULL,
	"drafted_by_id" uuid,
	"submitted_by_id" uuid,
	"submitted_at" timestamp with time zone,
	"approved_by_id" uuid,
	"approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"issue_date" date,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "procedures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"search_text" text NOT NULL,
	"published_version_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "procedure_run_steps" ADD CONSTRAINT "procedure_run_steps_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_run_steps" ADD CONSTRAINT "procedure_run_steps_run_id_procedure_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."procedure_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_run_steps" ADD CONSTRAINT "procedure_run_steps_version_id_procedure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_run_steps" ADD CONSTRAINT "procedure_run_steps_step_id_procedure_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."procedure_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_run_steps" ADD CONSTRAINT "procedure_run_steps_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_run_steps" ADD CONSTRAINT "procedure_run_steps_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_runs" ADD CONSTRAINT "procedure_runs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_runs" ADD CONSTRAINT "procedure_runs_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_runs" ADD CONSTRAINT "procedure_runs_version_id_procedure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_runs" ADD CONSTRAINT "procedure_runs_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_runs" ADD CONSTRAINT "procedure_runs_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_runs" ADD CONSTRAINT "procedure_runs_started_by_id_people_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_steps" ADD CONSTRAINT "procedure_steps_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_steps" ADD CONSTRAINT "procedure_steps_version_id_procedure_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."procedure_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_steps" ADD CONSTRAINT "procedure_steps_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_steps" ADD CONSTRAINT "procedure_steps_default_person_id_people_id_fk" FOREIGN KEY ("default_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_drafted_by_id_people_id_fk" FOREIGN KEY ("drafted_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_submitted_by_id_people_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_versions" ADD CONSTRAINT "procedure_versions_approved_by_id_people_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedures" ADD CONSTRAINT "procedures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_run_steps_step_key" ON "procedure_run_steps" USING btree ("run_id","step_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_run_steps_task_key" ON "procedure_run_steps" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "procedure_run_steps_radar_idx" ON "procedure_run_steps" USING btree ("version_id","step_id","handed_over_at") WHERE state = 'done';--> statement-breakpoint
CREATE INDEX "procedure_run_steps_open_idx" ON "procedure_run_steps" USING btree ("version_id","step_id") WHERE state = 'open';--> statement-breakpoint
CREATE INDEX "procedure_run_steps_person_idx" ON "procedure_run_steps" USING btree ("agency_id","person_id") WHERE state in ('waiting', 'open');--> statement-breakpoint
CREATE INDEX "procedure_runs_version_idx" ON "procedure_runs" USING btree ("agency_id","version_id","started_at","id");--> statement-breakpoint
CREATE INDEX "procedure_runs_scope_idx" ON "procedure_runs" USING btree ("agency_id","unit_path" text_pattern_ops,"started_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_steps_position_key" ON "procedure_steps" USING btree ("version_id","position");--> statement-breakpoint
CREATE INDEX "procedure_steps_person_idx" ON "procedure_steps" USING btree ("agency_id","default_person_id");--> statement-breakpoint
CREATE INDEX "procedure_steps_unit_idx" ON "procedure_steps" USING btree ("agency_id","unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "procedure_versions_edition_key" ON "procedure_versions" USING btree ("procedure_id","edition");--> statement-breakpoint
CREATE UNIQUE INDEX "procedures_agency_code_key" ON "procedures" USING btree ("agency_id",lower("code"));--> statement-breakpoint
CREATE INDEX "procedures_scope_idx" ON "procedures" USING btree ("agency_id","unit_path" text_pattern_ops,"code","id");