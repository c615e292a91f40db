CREATE TYPE "public"."arm" AS ENUM('experimental', 'control');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('draft', 'submitted', 'returned', 'accepted');--> statement-breakpoint
CREATE TYPE "public"."review_decision" AS ENUM('accepted', 'returned');--> statement-breakpoint
CREATE TABLE "kindergarten_groups" (
	"id" serial PRIMARY KEY NOT NULL,
	"organization_id" integer NOT NULL,
	"name" text NOT NULL,
	"age_band" text NOT NULL,
	"children_count" integer NOT NULL,
	"arm" "arm" NOT NULL,
	"arm_confirmed_by" bigint,
	"arm_confirmed_at" timestamp with time zone,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "quarterly_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"organization_id" integer NOT NULL,
	"period_id" integer NOT NULL,
	"status" "report_status" DEFAULT 'draft' NOT NULL,
	"form_version" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"editor_id" bigint,
	"returned_fields" jsonb,
	"submitted_at" timestamp with time zone,
	"submitted_late" boolean DEFAULT false NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_reviews" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"version" integer NOT NULL,
	"reviewer_id" bigint NOT NULL,
	"decision" "review_decision" NOT NULL,
	"comment" text,
	"field_comments" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"version" integer NOT NULL,
	"form_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"submitted_by" bigint NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"late" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" smallint NOT NULL,
	"quarter" smallint NOT NULL,
	"opens_on" date NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "kindergarten_groups" ADD CONSTRAINT "kindergarten_groups_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarterly_reports" ADD CONSTRAINT "quarterly_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quarterly_reports" ADD CONSTRAINT "quarterly_reports_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_reviews" ADD CONSTRAINT "report_reviews_report_id_quarterly_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."quarterly_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_report_id_quarterly_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."quarterly_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kindergarten_groups_org" ON "kindergarten_groups" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "quarterly_reports_org_period" ON "quarterly_reports" USING btree ("organization_id","period_id");--> statement-breakpoint
CREATE INDEX "quarterly_reports_period_status" ON "quarterly_reports" USING btree ("period_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "report_versions_report_version" ON "report_versions" USING btree ("report_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "reporting_periods_year_quarter" ON "reporting_periods" USING btree ("year","quarter");