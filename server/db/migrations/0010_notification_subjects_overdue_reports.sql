ALTER TABLE "notifications" DROP CONSTRAINT "notifications_task_id_tasks_id_fk";
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "subject_type" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
-- Notifications written before subjects existed were about tasks: they keep opening their task.
UPDATE "notifications" SET "subject_type" = 'task', "subject_id" = "task_id" WHERE "task_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "public_reports" ADD COLUMN "accept_overdue_noticed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "public_reports_accept_overdue_idx" ON "public_reports" USING btree ("agency_id","accept_due_at") WHERE status = 'received' and accept_overdue_noticed_at is null;--> statement-breakpoint
ALTER TABLE "notifications" DROP COLUMN "task_id";