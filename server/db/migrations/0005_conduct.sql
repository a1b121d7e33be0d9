CREATE TYPE "public"."conduct_case_source" AS ENUM('inspection', 'supervisor', 'self_criticism', 'public_report', 'signal');--> statement-breakpoint
CREATE TYPE "public"."conduct_case_status" AS ENUM('recorded', 'verifying', 'awaiting_explanation', 'explained', 'concluded', 'measure_decided', 'notified', 'closed', 'deferred', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."conduct_catalog_kind" AS ENUM('directive', 'related');--> statement-breakpoint
CREATE TYPE "public"."conduct_confidentiality" AS ENUM('normal', 'confidential');--> statement-breakpoint
CREATE TYPE "public"."conduct_measure_kind" AS ENUM('reminder', 'criticism', 'discipline');--> statement-breakpoint
CREATE TYPE "public"."conduct_severity" AS ENUM('less_serious', 'serious', 'very_serious');--> statement-breakpoint
CREATE TYPE "public"."conduct_subject_category" AS ENUM('civil_servant', 'cadre', 'public_employee', 'party_member', 'party_organisation');--> statement-breakpoint
CREATE TYPE "public"."conduct_subject_kind" AS ENUM('person', 'unit');--> statement-breakpoint
CREATE TYPE "public"."conduct_suggestion_status" AS ENUM('open', 'dismissed', 'opened');--> statement-breakpoint
CREATE TABLE "conduct_case_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "conduct_case_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_person_id" uuid,
	"actor_name" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conduct_case_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"is_sealed" boolean DEFAULT false NOT NULL,
	"uploaded_by" uuid,
	"uploaded_by_name" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conduct_case_items" (
	"agency_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"catalog_id" uuid NOT NULL,
	"catalog_version" text NOT NULL,
	"item_code" text NOT NULL,
	"item_text" text NOT NULL,
	CONSTRAINT "conduct_case_items_case_id_catalog_id_item_code_pk" PRIMARY KEY("case_id","catalog_id","item_code")
);
--> statement-breakpoint
CREATE TABLE "conduct_cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"subject_kind" "conduct_subject_kind" NOT NULL,
	"subject_person_id" uuid,
	"subject_unit_id" uuid NOT NULL,
	"subject_unit_path" text NOT NULL,
	"subject_name" text NOT NULL,
	"subject_category" "conduct_subject_category" NOT NULL,
	"title" text NOT NULL,
	"search_text" text NOT NULL,
	"description" text NOT NULL,
	"source" "conduct_case_source" NOT NULL,
	"source_id" uuid,
	"source_reference" text,
	"reporter" jsonb,
	"confidentiality" "conduct_confidentiality" DEFAULT 'normal' NOT NULL,
	"status" "conduct_case_status" NOT NULL,
	"handling_inspector_id" uuid,
	"opened_by_id" uuid,
	"detected_on" date NOT NULL,
	"violation_on" date,
	"handling_due_on" date NOT NULL,
	"is_handling_extended" boolean DEFAULT false NOT NULL,
	"explanation_due_on" date,
	"explanation" text,
	"explained_at" timestamp with time zone,
	"is_violation_confirmed" boolean,
	"severity" "conduct_severity",
	"conclusion" text,
	"measure_kind" "conduct_measure_kind",
	"discipline_form_code" text,
	"decision_on" date,
	"decision_number" text,
	"notified_on" date,
	"appeal_due_on" date,
	"deferred_from" "conduct_case_status",
	"deferral_reason" text,
	"closed_reason" text,
	"signals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signal_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conduct_catalog_items" (
	"agency_id" uuid NOT NULL,
	"catalog_id" uuid NOT NULL,
	"code" text NOT NULL,
	"group_code" text NOT NULL,
	"group_title" text,
	"text" text NOT NULL,
	"status" text NOT NULL,
	"source" text,
	"sort_order" integer NOT NULL,
	CONSTRAINT "conduct_catalog_items_catalog_id_code_pk" PRIMARY KEY("catalog_id","code")
);
--> statement-breakpoint
CREATE TABLE "conduct_catalogs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" "conduct_catalog_kind" NOT NULL,
	"version" text NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_current" boolean DEFAULT false NOT NULL,
	"imported_by" uuid,
	"imported_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conduct_signal_mappings" (
	"agency_id" uuid NOT NULL,
	"signal_kind" text NOT NULL,
	"catalog_kind" "conduct_catalog_kind" NOT NULL,
	"item_code" text NOT NULL,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_name" text NOT NULL,
	CONSTRAINT "conduct_signal_mappings_agency_id_signal_kind_pk" PRIMARY KEY("agency_id","signal_kind")
);
--> statement-breakpoint
CREATE TABLE "conduct_suggestions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"dedupe_key" text NOT NULL,
	"signal_kind" text NOT NULL,
	"subject_person_id" uuid NOT NULL,
	"subject_unit_path" text NOT NULL,
	"catalog_kind" "conduct_catalog_kind" NOT NULL,
	"item_code" text NOT NULL,
	"summary" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" "conduct_suggestion_status" DEFAULT 'open' NOT NULL,
	"dismissal_reason" text,
	"case_id" uuid,
	"decided_at" timestamp with time zone,
	"decided_by_name" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "conduct_case_events" ADD CONSTRAINT "conduct_case_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_case_events" ADD CONSTRAINT "conduct_case_events_case_id_conduct_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."conduct_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_case_events" ADD CONSTRAINT "conduct_case_events_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_case_files" ADD CONSTRAINT "conduct_case_files_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_case_files" ADD CONSTRAINT "conduct_case_files_case_id_conduct_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."conduct_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_case_files" ADD CONSTRAINT "conduct_case_files_uploaded_by_people_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_case_items" ADD CONSTRAINT "conduct_case_items_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_case_items" ADD CONSTRAINT "conduct_case_items_case_id_conduct_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."conduct_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_case_items" ADD CONSTRAINT "conduct_case_items_catalog_id_conduct_catalogs_id_fk" FOREIGN KEY ("catalog_id") REFERENCES "public"."conduct_catalogs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_cases" ADD CONSTRAINT "conduct_cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_cases" ADD CONSTRAINT "conduct_cases_subject_person_id_people_id_fk" FOREIGN KEY ("subject_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_cases" ADD CONSTRAINT "conduct_cases_subject_unit_id_units_id_fk" FOREIGN KEY ("subject_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_cases" ADD CONSTRAINT "conduct_cases_handling_inspector_id_people_id_fk" FOREIGN KEY ("handling_inspector_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_cases" ADD CONSTRAINT "conduct_cases_opened_by_id_people_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_catalog_items" ADD CONSTRAINT "conduct_catalog_items_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_catalog_items" ADD CONSTRAINT "conduct_catalog_items_catalog_id_conduct_catalogs_id_fk" FOREIGN KEY ("catalog_id") REFERENCES "public"."conduct_catalogs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_catalogs" ADD CONSTRAINT "conduct_catalogs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_catalogs" ADD CONSTRAINT "conduct_catalogs_imported_by_people_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_signal_mappings" ADD CONSTRAINT "conduct_signal_mappings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_suggestions" ADD CONSTRAINT "conduct_suggestions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_suggestions" ADD CONSTRAINT "conduct_suggestions_subject_person_id_people_id_fk" FOREIGN KEY ("subject_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conduct_suggestions" ADD CONSTRAINT "conduct_suggestions_case_id_conduct_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."conduct_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conduct_case_events_case_idx" ON "conduct_case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "conduct_case_files_case_idx" ON "conduct_case_files" USING btree ("case_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "conduct_cases_list_idx" ON "conduct_cases" USING btree ("agency_id","created_at","id");--> statement-breakpoint
CREATE INDEX "conduct_cases_scope_idx" ON "conduct_cases" USING btree ("agency_id","subject_unit_path" text_pattern_ops,"created_at","id");--> statement-breakpoint
CREATE INDEX "conduct_cases_subject_idx" ON "conduct_cases" USING btree ("agency_id","subject_person_id","created_at","id");--> statement-breakpoint
CREATE INDEX "conduct_cases_inspector_idx" ON "conduct_cases" USING btree ("agency_id","handling_inspector_id","created_at","id");--> statement-breakpoint
CREATE INDEX "conduct_cases_signal_kinds_idx" ON "conduct_cases" USING gin ("signal_kinds");--> statement-breakpoint
CREATE INDEX "conduct_cases_search_trgm_idx" ON "conduct_cases" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "conduct_cases_open_idx" ON "conduct_cases" USING btree ("agency_id","id") WHERE status not in ('closed', 'dismissed');--> statement-breakpoint
CREATE UNIQUE INDEX "conduct_cases_source_key" ON "conduct_cases" USING btree ("agency_id","source","source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conduct_catalogs_version_key" ON "conduct_catalogs" USING btree ("agency_id","kind","version");--> statement-breakpoint
CREATE UNIQUE INDEX "conduct_catalogs_current_key" ON "conduct_catalogs" USING btree ("agency_id","kind") WHERE is_current;--> statement-breakpoint
CREATE UNIQUE INDEX "conduct_suggestions_dedupe_key" ON "conduct_suggestions" USING btree ("agency_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "conduct_suggestions_list_idx" ON "conduct_suggestions" USING btree ("agency_id","status","created_at","id");