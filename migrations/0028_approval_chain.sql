CREATE TYPE "public"."approval_level" AS ENUM('centre', 'department', 'institute');--> statement-breakpoint
CREATE TABLE "approval_due_days" (
	"period_id" integer NOT NULL,
	"level" "approval_level" NOT NULL,
	"due_on" date NOT NULL,
	CONSTRAINT "approval_due_days_period_id_level_pk" PRIMARY KEY("period_id","level")
);
--> statement-breakpoint
CREATE TABLE "region_approvals" (
	"region_code" text NOT NULL,
	"period_id" integer NOT NULL,
	"level" "approval_level",
	"centre_by" bigint,
	"centre_at" timestamp with time zone,
	"department_by" bigint,
	"department_at" timestamp with time zone,
	"institute_by" bigint,
	"institute_at" timestamp with time zone,
	"returned_from" "approval_level",
	"return_comment" text,
	"returned_by" bigint,
	"returned_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "region_approvals_region_code_period_id_pk" PRIMARY KEY("region_code","period_id")
);
--> statement-breakpoint
ALTER TABLE "approval_due_days" ADD CONSTRAINT "approval_due_days_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_approvals" ADD CONSTRAINT "region_approvals_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_approvals" ADD CONSTRAINT "region_approvals_period_id_reporting_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."reporting_periods"("id") ON DELETE no action ON UPDATE no action;