CREATE TYPE "public"."seminar_kind" AS ENUM('seminar', 'webinar', 'consultation');--> statement-breakpoint
CREATE TYPE "public"."seminar_response" AS ENUM('coming', 'not_coming');--> statement-breakpoint
CREATE TYPE "public"."seminar_status" AS ENUM('draft', 'published', 'cancelled', 'closed');--> statement-breakpoint
CREATE TYPE "public"."broadcast_audience" AS ENUM('heads', 'methodologists', 'parents');--> statement-breakpoint
CREATE TYPE "public"."broadcast_status" AS ENUM('draft', 'awaiting_author', 'declined', 'sent');--> statement-breakpoint
CREATE TABLE "seminar_participants" (
	"seminar_id" integer NOT NULL,
	"user_id" bigint NOT NULL,
	"organization_id" integer,
	"region_code" text,
	"as_parent" boolean DEFAULT false NOT NULL,
	"response" "seminar_response",
	"responded_at" timestamp with time zone,
	"attended" boolean,
	"rating" smallint,
	"comment" text,
	"awaiting_comment" boolean DEFAULT false NOT NULL,
	CONSTRAINT "seminar_participants_seminar_id_user_id_pk" PRIMARY KEY("seminar_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "seminars" (
	"id" serial PRIMARY KEY NOT NULL,
	"organizer_id" bigint NOT NULL,
	"scope_key" text NOT NULL,
	"status" "seminar_status" DEFAULT 'draft' NOT NULL,
	"step" text,
	"kind" "seminar_kind",
	"title_kk" text,
	"title_ru" text,
	"description_kk" text,
	"description_ru" text,
	"starts_at" timestamp with time zone,
	"draft_day" text,
	"duration_minutes" integer,
	"online_url" text,
	"address" text,
	"organization_ids" jsonb,
	"include_parents" boolean DEFAULT false NOT NULL,
	"capacity" integer,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "broadcasts" (
	"id" serial PRIMARY KEY NOT NULL,
	"author_id" bigint NOT NULL,
	"scope_key" text NOT NULL,
	"audience" "broadcast_audience",
	"organization_ids" jsonb,
	"status" "broadcast_status" DEFAULT 'draft' NOT NULL,
	"step" text,
	"text_kk" text,
	"text_ru" text,
	"attachment_type" text,
	"attachment_file_id" text,
	"report_id" integer,
	"consent_user_id" bigint,
	"recipients" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "seminar_participants" ADD CONSTRAINT "seminar_participants_seminar_id_seminars_id_fk" FOREIGN KEY ("seminar_id") REFERENCES "public"."seminars"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "seminar_participants_user_awaiting" ON "seminar_participants" USING btree ("user_id") WHERE awaiting_comment;--> statement-breakpoint
CREATE INDEX "seminar_participants_org" ON "seminar_participants" USING btree ("organization_id","seminar_id");--> statement-breakpoint
CREATE INDEX "seminar_participants_region" ON "seminar_participants" USING btree ("region_code","seminar_id");--> statement-breakpoint
CREATE INDEX "seminars_organizer_step" ON "seminars" USING btree ("organizer_id") WHERE step is not null;--> statement-breakpoint
CREATE INDEX "seminars_published_starts" ON "seminars" USING btree ("starts_at") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "seminars_scope" ON "seminars" USING btree ("scope_key","starts_at");--> statement-breakpoint
CREATE INDEX "broadcasts_author_step" ON "broadcasts" USING btree ("author_id") WHERE step is not null;