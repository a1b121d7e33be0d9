CREATE TYPE "public"."evaluation_period_kind" AS ENUM('month', 'quarter', 'year');--> statement-breakpoint
CREATE TYPE "public"."evaluation_period_state" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."rating_level" AS ENUM('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV');--> statement-breakpoint
CREATE TYPE "public"."scorecard_state" AS ENUM('self_assessment', 'review', 'decision', 'published', 'appeal', 'closed');--> statement-breakpoint
CREATE TABLE "evaluation_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"agency_id" uuid NOT NULL,
	"scorecard_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_person_id" uuid,
	"actor_name" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"change" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_periods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" "evaluation_period_kind" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"state" "evaluation_period_state" DEFAULT 'open' NOT NULL,
	"is_outstanding_unit" boolean DEFAULT false NOT NULL,
	"self_assessment_due_on" date NOT NULL,
	"review_due_on" date NOT NULL,
	"decision_due_on" date NOT NULL,
	"appeal_working_days" smallint NOT NULL,
	"reference_version" text NOT NULL,
	"opened_by" uuid,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "evaluation_scorecards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"category" "person_category" NOT NULL,
	"scheme_code" text NOT NULL,
	"reviewer_id" uuid,
	"decider_id" uuid,
	"is_unit_head" boolean DEFAULT false NOT NULL,
	"state" "scorecard_state" DEFAULT 'self_assessment' NOT NULL,
	"step_due_on" date,
	"self_general" numeric(5, 2),
	"self_bonus" numeric(5, 2),
	"self_comment" text,
	"review_comment" text,
	"overrides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"lines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"score" numeric(6, 2),
	"computed_level" "rating_level",
	"level" "rating_level",
	"level_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_rated" boolean DEFAULT true NOT NULL,
	"months_worked" smallint,
	"months_absent" smallint,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"published_on" date,
	"appeal_due_on" date,
	"appeal_reason" text,
	"appeal_answer" text,
	"computed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_task_facts" (
	"scorecard_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"title" text NOT NULL,
	"is_completed" boolean NOT NULL,
	"working_days_late" integer NOT NULL,
	"grade" smallint,
	"return_count" integer NOT NULL,
	"extension_count" integer NOT NULL,
	CONSTRAINT "evaluation_task_facts_scorecard_id_task_id_pk" PRIMARY KEY("scorecard_id","task_id")
);
--> statement-breakpoint
ALTER TABLE "evaluation_events" ADD CONSTRAINT "evaluation_events_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_events" ADD CONSTRAINT "evaluation_events_scorecard_id_evaluation_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."evaluation_scorecards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_events" ADD CONSTRAINT "evaluation_events_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_periods" ADD CONSTRAINT "evaluation_periods_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_periods" ADD CONSTRAINT "evaluation_periods_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_periods" ADD CONSTRAINT "evaluation_periods_opened_by_people_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scorecards" ADD CONSTRAINT "evaluation_scorecards_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scorecards" ADD CONSTRAINT "evaluation_scorecards_period_id_evaluation_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."evaluation_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scorecards" ADD CONSTRAINT "evaluation_scorecards_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scorecards" ADD CONSTRAINT "evaluation_scorecards_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scorecards" ADD CONSTRAINT "evaluation_scorecards_reviewer_id_people_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scorecards" ADD CONSTRAINT "evaluation_scorecards_decider_id_people_id_fk" FOREIGN KEY ("decider_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scorecards" ADD CONSTRAINT "evaluation_scorecards_decided_by_people_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_task_facts" ADD CONSTRAINT "evaluation_task_facts_scorecard_id_evaluation_scorecards_id_fk" FOREIGN KEY ("scorecard_id") REFERENCES "public"."evaluation_scorecards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_events_scorecard_idx" ON "evaluation_events" USING btree ("scorecard_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_periods_unit_key" ON "evaluation_periods" USING btree ("agency_id","unit_id","kind","starts_on");--> statement-breakpoint
CREATE INDEX "evaluation_periods_scope_idx" ON "evaluation_periods" USING btree ("agency_id","unit_path" text_pattern_ops,"starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_scorecards_person_key" ON "evaluation_scorecards" USING btree ("period_id","person_id");--> statement-breakpoint
CREATE INDEX "evaluation_scorecards_period_idx" ON "evaluation_scorecards" USING btree ("period_id","unit_path","id");--> statement-breakpoint
CREATE INDEX "evaluation_scorecards_reviewer_idx" ON "evaluation_scorecards" USING btree ("reviewer_id","state") WHERE state = 'review';--> statement-breakpoint
CREATE INDEX "evaluation_scorecards_decider_idx" ON "evaluation_scorecards" USING btree ("decider_id","state") WHERE state in ('decision', 'appeal');--> statement-breakpoint
CREATE INDEX "evaluation_scorecards_person_idx" ON "evaluation_scorecards" USING btree ("person_id","period_id");--> statement-breakpoint
CREATE INDEX "evaluation_scorecards_late_idx" ON "evaluation_scorecards" USING btree ("agency_id","step_due_on") WHERE state in ('self_assessment', 'review', 'decision', 'appeal');