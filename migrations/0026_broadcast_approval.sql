ALTER TYPE "public"."broadcast_status" ADD VALUE 'awaiting_approval';--> statement-breakpoint
ALTER TABLE "broadcasts" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "broadcasts" ADD COLUMN "decided_by" bigint;