CREATE TYPE "public"."activity_revision_status" AS ENUM('proposed', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "activity_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"activity_id" integer,
	"number" integer,
	"status" "activity_revision_status" NOT NULL,
	"base_number" integer,
	"restored_from" integer,
	"direction" text NOT NULL,
	"season" text NOT NULL,
	"age_bands" text[] DEFAULT '{middle,senior,preschool}'::text[] NOT NULL,
	"step" smallint DEFAULT 1 NOT NULL,
	"minutes" smallint NOT NULL,
	"content" jsonb NOT NULL,
	"author_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" bigint,
	"decided_at" timestamp with time zone,
	"reason" text
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "activity_drafts" ADD COLUMN "base_revision" integer;--> statement-breakpoint
ALTER TABLE "activity_drafts" ADD COLUMN "rejecting_id" integer;--> statement-breakpoint
ALTER TABLE "activity_revisions" ADD CONSTRAINT "activity_revisions_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activity_revisions_number" ON "activity_revisions" USING btree ("activity_id","number");--> statement-breakpoint
CREATE INDEX "activity_revisions_activity" ON "activity_revisions" USING btree ("activity_id","id");--> statement-breakpoint
CREATE INDEX "activity_revisions_status" ON "activity_revisions" USING btree ("status","id");--> statement-breakpoint
ALTER TABLE "activity_drafts" ADD CONSTRAINT "activity_drafts_rejecting_id_activity_revisions_id_fk" FOREIGN KEY ("rejecting_id") REFERENCES "public"."activity_revisions"("id") ON DELETE cascade ON UPDATE no action;