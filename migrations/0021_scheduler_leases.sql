ALTER TABLE "scheduler_runs" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "scheduler_runs" ADD COLUMN "attempts" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "scheduler_runs" ADD COLUMN "retry_at" timestamp with time zone;