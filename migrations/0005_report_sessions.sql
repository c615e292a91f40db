CREATE TYPE "public"."report_session_mode" AS ENUM('fill', 'single', 'returned');--> statement-breakpoint
CREATE TABLE "report_sessions" (
	"user_id" bigint PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"field_key" text,
	"mode" "report_session_mode" DEFAULT 'fill' NOT NULL,
	"question_message_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_sessions" ADD CONSTRAINT "report_sessions_report_id_quarterly_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."quarterly_reports"("id") ON DELETE cascade ON UPDATE no action;