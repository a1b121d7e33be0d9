CREATE TYPE "public"."privacy_request_kind" AS ENUM('access', 'correction', 'deletion', 'objection');--> statement-breakpoint
CREATE TYPE "public"."privacy_request_state" AS ENUM('received', 'answered', 'refused');--> statement-breakpoint
CREATE TABLE "privacy_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "privacy_request_kind" NOT NULL,
	"received_on" date NOT NULL,
	"answer_due_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"state" "privacy_request_state" DEFAULT 'received' NOT NULL,
	"answer" text,
	"refusal_reason" text,
	"answered_at" timestamp with time zone,
	"handler_person_id" uuid,
	"handler_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_handler_person_id_people_id_fk" FOREIGN KEY ("handler_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "privacy_requests_agency_idx" ON "privacy_requests" USING btree ("agency_id","received_on","id");--> statement-breakpoint
CREATE INDEX "privacy_requests_open_idx" ON "privacy_requests" USING btree ("agency_id","answer_due_on") WHERE state = 'received';