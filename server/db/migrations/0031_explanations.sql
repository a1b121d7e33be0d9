CREATE TYPE "public"."explanation_item_kind" AS ENUM('task', 'acknowledgement', 'attendance');--> statement-breakpoint
CREATE TYPE "public"."explanation_status" AS ENUM('awaiting_answer', 'answered', 'accepted', 'not_accepted');--> statement-breakpoint
CREATE TABLE "explanation_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"item_kind" "explanation_item_kind" NOT NULL,
	"item_id" uuid NOT NULL,
	"item_title" text NOT NULL,
	"subject_person_id" uuid NOT NULL,
	"subject_name" text NOT NULL,
	"subject_unit_path" text NOT NULL,
	"requester_id" uuid NOT NULL,
	"requester_name" text NOT NULL,
	"requester_unit_path" text NOT NULL,
	"questions" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"due_on" date NOT NULL,
	"status" "explanation_status" DEFAULT 'awaiting_answer' NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"escalated_at" timestamp with time zone,
	"escalated_to_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"case_id" uuid
);
--> statement-breakpoint
ALTER TABLE "explanation_requests" ADD CONSTRAINT "explanation_requests_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "explanation_requests" ADD CONSTRAINT "explanation_requests_subject_person_id_people_id_fk" FOREIGN KEY ("subject_person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "explanation_requests" ADD CONSTRAINT "explanation_requests_requester_id_people_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "explanation_requests" ADD CONSTRAINT "explanation_requests_decided_by_id_people_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "explanation_requests_subject_idx" ON "explanation_requests" USING btree ("agency_id","subject_person_id","requested_at","id");--> statement-breakpoint
CREATE INDEX "explanation_requests_requester_idx" ON "explanation_requests" USING btree ("agency_id","requester_id","requested_at","id");--> statement-breakpoint
CREATE INDEX "explanation_requests_item_idx" ON "explanation_requests" USING btree ("agency_id","item_kind","item_id");--> statement-breakpoint
CREATE INDEX "explanation_requests_escalated_idx" ON "explanation_requests" USING gin ("escalated_to_ids");--> statement-breakpoint
CREATE INDEX "explanation_requests_unanswered_idx" ON "explanation_requests" USING btree ("agency_id","due_on") WHERE status = 'awaiting_answer' and escalated_at is null;