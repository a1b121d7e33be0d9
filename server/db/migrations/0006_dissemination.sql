CREATE TYPE "public"."attendance_status" AS ENUM('invited', 'present', 'absent_excused', 'absent_unexcused');--> statement-breakpoint
CREATE TYPE "public"."campaign_status" AS ENUM('draft', 'launched', 'closed');--> statement-breakpoint
CREATE TABLE "acknowledgement_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "acknowledgement_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"agency_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"round" integer NOT NULL,
	"documents" jsonb NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dissemination_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"person_name" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"opened_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"committed_at" timestamp with time zone,
	"commitment_name" text,
	"quiz_attempts" integer DEFAULT 0 NOT NULL,
	"quiz_best_score" smallint,
	"quiz_passed_at" timestamp with time zone,
	"is_done" boolean DEFAULT false NOT NULL,
	"was_asked_again" boolean DEFAULT false NOT NULL,
	"last_reminded_on" date
);
--> statement-breakpoint
CREATE TABLE "dissemination_campaign_documents" (
	"agency_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "dissemination_campaign_documents_campaign_id_document_id_pk" PRIMARY KEY("campaign_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "dissemination_campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" "campaign_status" DEFAULT 'draft' NOT NULL,
	"audience" jsonb NOT NULL,
	"deadline_working_days" integer,
	"due_date" date,
	"requires_commitment" boolean DEFAULT false NOT NULL,
	"quiz" jsonb,
	"round" integer DEFAULT 1 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"launched_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dissemination_unit_counters" (
	"agency_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"assigned" integer DEFAULT 0 NOT NULL,
	"read" integer DEFAULT 0 NOT NULL,
	"acknowledged" integer DEFAULT 0 NOT NULL,
	"committed" integer DEFAULT 0 NOT NULL,
	"passed" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "dissemination_unit_counters_campaign_id_unit_id_pk" PRIMARY KEY("campaign_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_conclusions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"text" text NOT NULL,
	"task_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_invitations" (
	"agency_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"person_name" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" "attendance_status" DEFAULT 'invited' NOT NULL,
	"reason" text,
	"checked_in_at" timestamp with time zone,
	"checked_in_by_self" boolean DEFAULT false NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meeting_invitations_meeting_id_person_id_pk" PRIMARY KEY("meeting_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_link" text,
	"chair_id" uuid NOT NULL,
	"organiser_id" uuid,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"campaign_id" uuid,
	"check_in_code" text NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "acknowledgement_events" ADD CONSTRAINT "acknowledgement_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acknowledgement_events" ADD CONSTRAINT "acknowledgement_events_assignment_id_dissemination_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."dissemination_assignments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_assignments" ADD CONSTRAINT "dissemination_assignments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_assignments" ADD CONSTRAINT "dissemination_assignments_campaign_id_dissemination_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."dissemination_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_assignments" ADD CONSTRAINT "dissemination_assignments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_assignments" ADD CONSTRAINT "dissemination_assignments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_campaign_documents" ADD CONSTRAINT "dissemination_campaign_documents_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_campaign_documents" ADD CONSTRAINT "dissemination_campaign_documents_campaign_id_dissemination_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."dissemination_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_campaign_documents" ADD CONSTRAINT "dissemination_campaign_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_campaign_documents" ADD CONSTRAINT "dissemination_campaign_documents_version_id_document_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."document_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_campaigns" ADD CONSTRAINT "dissemination_campaigns_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_campaigns" ADD CONSTRAINT "dissemination_campaigns_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_campaigns" ADD CONSTRAINT "dissemination_campaigns_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_unit_counters" ADD CONSTRAINT "dissemination_unit_counters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_unit_counters" ADD CONSTRAINT "dissemination_unit_counters_campaign_id_dissemination_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."dissemination_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dissemination_unit_counters" ADD CONSTRAINT "dissemination_unit_counters_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_conclusions" ADD CONSTRAINT "meeting_conclusions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_conclusions" ADD CONSTRAINT "meeting_conclusions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_conclusions" ADD CONSTRAINT "meeting_conclusions_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_chair_id_people_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_organiser_id_people_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_campaign_id_dissemination_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."dissemination_campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "acknowledgement_events_assignment_idx" ON "acknowledgement_events" USING btree ("assignment_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "dissemination_assignments_person_key" ON "dissemination_assignments" USING btree ("campaign_id","person_id");--> statement-breakpoint
CREATE INDEX "dissemination_assignments_mine_idx" ON "dissemination_assignments" USING btree ("agency_id","person_id","is_done","assigned_at","id");--> statement-breakpoint
CREATE INDEX "dissemination_assignments_laggards_idx" ON "dissemination_assignments" USING btree ("campaign_id","unit_path" text_pattern_ops,"person_name","id") WHERE acknowledged_at is null;--> statement-breakpoint
CREATE INDEX "dissemination_assignments_undone_idx" ON "dissemination_assignments" USING btree ("campaign_id","unit_path" text_pattern_ops,"person_name","id") WHERE not is_done;--> statement-breakpoint
CREATE INDEX "dissemination_campaign_documents_document_idx" ON "dissemination_campaign_documents" USING btree ("agency_id","document_id");--> statement-breakpoint
CREATE INDEX "dissemination_campaigns_scope_idx" ON "dissemination_campaigns" USING btree ("agency_id","unit_path" text_pattern_ops,"created_at","id");--> statement-breakpoint
CREATE INDEX "dissemination_campaigns_agency_idx" ON "dissemination_campaigns" USING btree ("agency_id","created_at","id");--> statement-breakpoint
CREATE INDEX "dissemination_campaigns_live_idx" ON "dissemination_campaigns" USING btree ("agency_id","id") WHERE status = 'launched';--> statement-breakpoint
CREATE INDEX "meeting_conclusions_meeting_idx" ON "meeting_conclusions" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "meeting_invitations_person_idx" ON "meeting_invitations" USING btree ("agency_id","person_id","starts_at","meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_invitations_list_idx" ON "meeting_invitations" USING btree ("meeting_id","person_name","person_id");--> statement-breakpoint
CREATE INDEX "meetings_scope_idx" ON "meetings" USING btree ("agency_id","unit_path" text_pattern_ops,"starts_at","id");--> statement-breakpoint
CREATE INDEX "meetings_agency_idx" ON "meetings" USING btree ("agency_id","starts_at","id");