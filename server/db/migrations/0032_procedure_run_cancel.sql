ALTER TABLE "procedure_runs" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "procedure_runs" ADD COLUMN "cancelled_by_id" uuid;--> statement-breakpoint
ALTER TABLE "procedure_runs" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "procedure_runs" ADD CONSTRAINT "procedure_runs_cancelled_by_id_people_id_fk" FOREIGN KEY ("cancelled_by_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;