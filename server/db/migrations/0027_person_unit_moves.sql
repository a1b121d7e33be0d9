CREATE TABLE "person_unit_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"from_unit_id" uuid NOT NULL,
	"to_unit_id" uuid NOT NULL,
	"moved_on" date NOT NULL,
	"moved_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_scorecards" ADD COLUMN "placement" jsonb;--> statement-breakpoint
ALTER TABLE "person_unit_moves" ADD CONSTRAINT "person_unit_moves_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_unit_moves" ADD CONSTRAINT "person_unit_moves_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_unit_moves" ADD CONSTRAINT "person_unit_moves_from_unit_id_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_unit_moves" ADD CONSTRAINT "person_unit_moves_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_unit_moves_agency_day_idx" ON "person_unit_moves" USING btree ("agency_id","moved_on");--> statement-breakpoint
CREATE INDEX "person_unit_moves_person_idx" ON "person_unit_moves" USING btree ("person_id","moved_at");