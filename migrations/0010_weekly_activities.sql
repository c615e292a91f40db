CREATE TYPE "public"."tip_feedback" AS ENUM('done', 'too_hard', 'not_for_us');--> statement-breakpoint
CREATE TYPE "public"."tip_source" AS ENUM('library', 'chat');--> statement-breakpoint
CREATE TABLE "activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"direction" text NOT NULL,
	"season" text NOT NULL,
	"minutes" smallint NOT NULL,
	"content" jsonb NOT NULL,
	"position" integer NOT NULL,
	"source" "tip_source" DEFAULT 'library' NOT NULL,
	"retired_at" timestamp with time zone,
	"updated_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_drafts" (
	"user_id" bigint PRIMARY KEY NOT NULL,
	"activity_id" integer,
	"direction" text,
	"kk" jsonb,
	"ru" jsonb,
	"awaiting" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parent_children" (
	"id" serial PRIMARY KEY NOT NULL,
	"membership_id" integer NOT NULL,
	"user_id" bigint NOT NULL,
	"group_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_tip_settings" (
	"region_code" text PRIMARY KEY NOT NULL,
	"activity_order" jsonb,
	"control_lifted_at" timestamp with time zone,
	"updated_by" bigint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" bigint,
	"week_start" date NOT NULL,
	"activity_id" integer NOT NULL,
	"group_ids" jsonb NOT NULL,
	"planned_at" timestamp with time zone NOT NULL,
	"feedback" "tip_feedback",
	"feedback_at" timestamp with time zone,
	"comment" text,
	"photo_file_id" text,
	"comment_asked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tip_settings" (
	"user_id" bigint PRIMARY KEY NOT NULL,
	"weekday" smallint DEFAULT 6 NOT NULL,
	"hour" smallint DEFAULT 10 NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"asked_child_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activity_drafts" ADD CONSTRAINT "activity_drafts_user_id_users_telegram_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("telegram_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_drafts" ADD CONSTRAINT "activity_drafts_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_children" ADD CONSTRAINT "parent_children_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_children" ADD CONSTRAINT "parent_children_user_id_users_telegram_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("telegram_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_children" ADD CONSTRAINT "parent_children_group_id_kindergarten_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."kindergarten_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_tip_settings" ADD CONSTRAINT "region_tip_settings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_deliveries" ADD CONSTRAINT "tip_deliveries_user_id_users_telegram_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("telegram_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_deliveries" ADD CONSTRAINT "tip_deliveries_activity_id_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tip_settings" ADD CONSTRAINT "tip_settings_user_id_users_telegram_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("telegram_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activities_slug" ON "activities" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "activities_position" ON "activities" USING btree ("position");--> statement-breakpoint
CREATE UNIQUE INDEX "parent_children_membership_group" ON "parent_children" USING btree ("membership_id","group_id");--> statement-breakpoint
CREATE INDEX "parent_children_user" ON "parent_children" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "parent_children_group" ON "parent_children" USING btree ("group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tip_deliveries_user_week" ON "tip_deliveries" USING btree ("user_id","week_start");--> statement-breakpoint
CREATE UNIQUE INDEX "tip_deliveries_user_activity" ON "tip_deliveries" USING btree ("user_id","activity_id");--> statement-breakpoint
CREATE INDEX "tip_deliveries_week" ON "tip_deliveries" USING btree ("week_start");--> statement-breakpoint
CREATE INDEX "tip_deliveries_groups" ON "tip_deliveries" USING gin ("group_ids");