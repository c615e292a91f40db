DROP INDEX "tip_deliveries_user_activity";--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "age_bands" text[] DEFAULT '{middle,senior,preschool}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "step" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "tip_deliveries" ADD COLUMN "undelivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tip_settings" ADD COLUMN "under_three_told_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "tip_deliveries_user_activity" ON "tip_deliveries" USING btree ("user_id","activity_id") WHERE undelivered_at IS NULL;--> statement-breakpoint
-- A tip that never reached the parent (its outbox row, dedup key 'tip:<delivery id>', ended
-- cancelled, failed or unreachable) is marked on its delivery, so the plan may offer it again.
CREATE FUNCTION tip_undelivered_on_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tip_deliveries d SET undelivered_at = now()
    WHERE d.id = substr(NEW.dedup_key, 5)::integer AND d.undelivered_at IS NULL AND d.dose_parts IS NULL;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER outbox_tip_undelivered AFTER UPDATE OF status ON outbox
  FOR EACH ROW WHEN (NEW.kind = 'tip' AND NEW.status IN ('cancelled', 'failed', 'unreachable') AND OLD.status IS DISTINCT FROM NEW.status AND NEW.dedup_key LIKE 'tip:%')
  EXECUTE FUNCTION tip_undelivered_on_outbox();
--> statement-breakpoint
UPDATE tip_deliveries d SET undelivered_at = o.updated_at
  FROM outbox o
  WHERE o.dedup_key = 'tip:' || d.id AND o.kind = 'tip' AND o.status IN ('cancelled', 'failed', 'unreachable') AND d.dose_parts IS NULL;
