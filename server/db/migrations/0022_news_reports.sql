CREATE TYPE "public"."news_status" AS ENUM('draft', 'review', 'published', 'unpublished');--> statement-breakpoint
CREATE TYPE "public"."report_run_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "news_articles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body_html" text NOT NULL,
	"category" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"cover_sha256" text,
	"cover_content_type" text,
	"author_person_id" uuid,
	"author_name" text NOT NULL,
	"status" "news_status" NOT NULL,
	"publish_at" timestamp with time zone,
	"published_by_name" text,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_accountability_units" (
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"is_published" boolean DEFAULT true NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "public_accountability_units_agency_id_unit_id_pk" PRIMARY KEY("agency_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "report_runs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"requested_by_person_id" uuid,
	"requested_by_name" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"unit_path" text NOT NULL,
	"period_kind" text NOT NULL,
	"period_label" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"layout" text NOT NULL,
	"status" "report_run_status" NOT NULL,
	"percent" integer DEFAULT 0 NOT NULL,
	"error" text,
	"data_cutoff_at" timestamp with time zone,
	"file_sha256" text,
	"file_size" integer,
	"file_name" text,
	"created_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "news_articles" ADD CONSTRAINT "news_articles_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news_articles" ADD CONSTRAINT "news_articles_author_person_id_people_id_fk" FOREIGN KEY ("author_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_accountability_units" ADD CONSTRAINT "public_accountability_units_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_accountability_units" ADD CONSTRAINT "public_accountability_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_requested_by_person_id_people_id_fk" FOREIGN KEY ("requested_by_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "news_articles_slug_key" ON "news_articles" USING btree ("agency_id","slug");--> statement-breakpoint
CREATE INDEX "news_articles_public_idx" ON "news_articles" USING btree ("agency_id","publish_at","id") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "news_articles_staff_idx" ON "news_articles" USING btree ("agency_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "report_runs_agency_idx" ON "report_runs" USING btree ("agency_id","created_at","id");