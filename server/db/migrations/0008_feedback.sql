CREATE TYPE "public"."feedback_author" AS ENUM('reporter', 'staff');--> statement-breakpoint
CREATE TYPE "public"."feedback_category" AS ENUM('harassment', 'delay', 'avoiding_responsibility', 'attitude', 'corruption_signs', 'other');--> statement-breakpoint
CREATE TYPE "public"."feedback_level" AS ENUM('normal', 'urgent', 'complex');--> statement-breakpoint
CREATE TYPE "public"."feedback_status" AS ENUM('received', 'accepted', 'case_opened', 'answered', 'rejected');--> statement-breakpoint
CREATE TABLE "public_report_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"author" "feedback_author" NOT NULL,
	"uploaded_by" uuid,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_report_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "public_report_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"agency_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_person_id" uuid,
	"actor_name" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"change" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_report_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"author" "feedback_author" NOT NULL,
	"author_person_id" uuid,
	"author_name" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"tracking_hash" text NOT NULL,
	"category" "feedback_category" NOT NULL,
	"level" "feedback_level" DEFAULT 'normal' NOT NULL,
	"status" "feedback_status" NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"official_name" text DEFAULT '' NOT NULL,
	"subject_person_id" uuid,
	"content" text NOT NULL,
	"occurred_on" date NOT NULL,
	"search_text" text NOT NULL,
	"is_anonymous" boolean NOT NULL,
	"identity_sealed" text,
	"received_at" timestamp with time zone NOT NULL,
	"accept_due_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"resolve_due_at" timestamp with time zone,
	"handler_unit_id" uuid,
	"handler_unit_path" text,
	"handler_person_id" uuid,
	"manifestation_code" text,
	"case_id" uuid,
	"answer" text,
	"answered_at" timestamp with time zone,
	"rejection_reason" text,
	"rating_score" smallint,
	"rating_comment" text,
	"rated_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "public_report_attachments" ADD CONSTRAINT "public_report_attachments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_report_attachments" ADD CONSTRAINT "public_report_attachments_report_id_public_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."public_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_report_attachments" ADD CONSTRAINT "public_report_attachments_uploaded_by_people_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_report_events" ADD CONSTRAINT "public_report_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_report_events" ADD CONSTRAINT "public_report_events_report_id_public_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."public_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_report_events" ADD CONSTRAINT "public_report_events_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_report_messages" ADD CONSTRAINT "public_report_messages_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_report_messages" ADD CONSTRAINT "public_report_messages_report_id_public_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."public_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_report_messages" ADD CONSTRAINT "public_report_messages_author_person_id_people_id_fk" FOREIGN KEY ("author_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_reports" ADD CONSTRAINT "public_reports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_reports" ADD CONSTRAINT "public_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_reports" ADD CONSTRAINT "public_reports_subject_person_id_people_id_fk" FOREIGN KEY ("subject_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_reports" ADD CONSTRAINT "public_reports_handler_unit_id_units_id_fk" FOREIGN KEY ("handler_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_reports" ADD CONSTRAINT "public_reports_handler_person_id_people_id_fk" FOREIGN KEY ("handler_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "public_report_attachments_report_idx" ON "public_report_attachments" USING btree ("report_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "public_report_events_report_idx" ON "public_report_events" USING btree ("report_id","id");--> statement-breakpoint
CREATE INDEX "public_report_messages_report_idx" ON "public_report_messages" USING btree ("report_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "public_reports_tracking_hash_key" ON "public_reports" USING btree ("tracking_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "public_reports_reference_key" ON "public_reports" USING btree ("agency_id","reference");--> statement-breakpoint
CREATE INDEX "public_reports_queue_idx" ON "public_reports" USING btree ("agency_id","received_at","id");--> statement-breakpoint
CREATE INDEX "public_reports_status_idx" ON "public_reports" USING btree ("agency_id","status","received_at","id");--> statement-breakpoint
CREATE INDEX "public_reports_handler_idx" ON "public_reports" USING btree ("agency_id","handler_unit_path" text_pattern_ops,"received_at","id");--> statement-breakpoint
CREATE INDEX "public_reports_unit_idx" ON "public_reports" USING btree ("agency_id","unit_path" text_pattern_ops,"received_at","id");--> statement-breakpoint
CREATE INDEX "public_reports_accept_due_idx" ON "public_reports" USING btree ("agency_id","accept_due_at") WHERE status = 'received';--> statement-breakpoint
CREATE INDEX "public_reports_search_trgm_idx" ON "public_reports" USING gin ("search_text" gin_trgm_ops);