CREATE TYPE "public"."delivery_priority" AS ENUM('urgent', 'normal', 'bulk');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('pending', 'sending', 'sent', 'failed', 'unreachable', 'cancelled');--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"chat_id" bigint NOT NULL,
	"organization_id" integer,
	"kind" text NOT NULL,
	"priority" "delivery_priority" DEFAULT 'normal' NOT NULL,
	"template_key" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"buttons" jsonb,
	"dedup_key" text,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "delivery_status" DEFAULT 'pending' NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"last_error" text,
	"lease_until" timestamp with time zone,
	"claimed_by" text,
	"telegram_message_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheduler_runs" (
	"key" text PRIMARY KEY NOT NULL,
	"task" text NOT NULL,
	"slot" timestamp with time zone NOT NULL,
	"instance" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_dedup_key" ON "outbox" USING btree ("dedup_key");--> statement-breakpoint
CREATE INDEX "outbox_claim" ON "outbox" USING btree ("priority","not_before","id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "outbox_lease" ON "outbox" USING btree ("lease_until") WHERE status = 'sending';--> statement-breakpoint
CREATE INDEX "outbox_ledger_kind_org" ON "outbox" USING btree ("kind","organization_id","chat_id");--> statement-breakpoint
CREATE INDEX "outbox_chat" ON "outbox" USING btree ("chat_id");--> statement-breakpoint
CREATE INDEX "scheduler_runs_task_slot" ON "scheduler_runs" USING btree ("task","slot");