ALTER TYPE "public"."role" ADD VALUE 'regional_admin';--> statement-breakpoint
ALTER TABLE "organizations" ALTER COLUMN "registry_no" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "name_kk" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "name_ru" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "pilot_cohort" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- The ministry's 100 pilot organisations were seeded by 0001 with registry numbers 1–100.
UPDATE "organizations" SET "pilot_cohort" = true WHERE "registry_no" BETWEEN 1 AND 100;
