CREATE TABLE "tip_dose" (
	"organization_id" integer NOT NULL,
	"arm" "arm" NOT NULL,
	"quarter_start" date NOT NULL,
	"sent" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "tip_dose_organization_id_arm_quarter_start_pk" PRIMARY KEY("organization_id","arm","quarter_start")
);
--> statement-breakpoint
ALTER TABLE "quarterly_reports" ADD COLUMN "skill_exp_high" integer GENERATED ALWAYS AS (case when not ((answers->>'exp_high') ~ '^[0-9]{1,9}$' and (answers->>'exp_middle') ~ '^[0-9]{1,9}$' and (answers->>'exp_low') ~ '^[0-9]{1,9}$') then null when (answers->>'exp_high')::bigint + (answers->>'exp_middle')::bigint + (answers->>'exp_low')::bigint > 0 then (answers->>'exp_high')::integer end) STORED;--> statement-breakpoint
ALTER TABLE "quarterly_reports" ADD COLUMN "skill_exp_middle" integer GENERATED ALWAYS AS (case when not ((answers->>'exp_high') ~ '^[0-9]{1,9}$' and (answers->>'exp_middle') ~ '^[0-9]{1,9}$' and (answers->>'exp_low') ~ '^[0-9]{1,9}$') then null when (answers->>'exp_high')::bigint + (answers->>'exp_middle')::bigint + (answers->>'exp_low')::bigint > 0 then (answers->>'exp_middle')::integer end) STORED;--> statement-breakpoint
ALTER TABLE "quarterly_reports" ADD COLUMN "skill_exp_low" integer GENERATED ALWAYS AS (case when not ((answers->>'exp_high') ~ '^[0-9]{1,9}$' and (answers->>'exp_middle') ~ '^[0-9]{1,9}$' and (answers->>'exp_low') ~ '^[0-9]{1,9}$') then null when (answers->>'exp_high')::bigint + (answers->>'exp_middle')::bigint + (answers->>'exp_low')::bigint > 0 then (answers->>'exp_low')::integer end) STORED;--> statement-breakpoint
ALTER TABLE "quarterly_reports" ADD COLUMN "skill_ctl_high" integer GENERATED ALWAYS AS (case when not ((answers->>'ctl_high') ~ '^[0-9]{1,9}$' and (answers->>'ctl_middle') ~ '^[0-9]{1,9}$' and (answers->>'ctl_low') ~ '^[0-9]{1,9}$') then null when (answers->>'ctl_high')::bigint + (answers->>'ctl_middle')::bigint + (answers->>'ctl_low')::bigint > 0 then (answers->>'ctl_high')::integer end) STORED;--> statement-breakpoint
ALTER TABLE "quarterly_reports" ADD COLUMN "skill_ctl_middle" integer GENERATED ALWAYS AS (case when not ((answers->>'ctl_high') ~ '^[0-9]{1,9}$' and (answers->>'ctl_middle') ~ '^[0-9]{1,9}$' and (answers->>'ctl_low') ~ '^[0-9]{1,9}$') then null when (answers->>'ctl_high')::bigint + (answers->>'ctl_middle')::bigint + (answers->>'ctl_low')::bigint > 0 then (answers->>'ctl_middle')::integer end) STORED;--> statement-breakpoint
ALTER TABLE "quarterly_reports" ADD COLUMN "skill_ctl_low" integer GENERATED ALWAYS AS (case when not ((answers->>'ctl_high') ~ '^[0-9]{1,9}$' and (answers->>'ctl_middle') ~ '^[0-9]{1,9}$' and (answers->>'ctl_low') ~ '^[0-9]{1,9}$') then null when (answers->>'ctl_high')::bigint + (answers->>'ctl_middle')::bigint + (answers->>'ctl_low')::bigint > 0 then (answers->>'ctl_low')::integer end) STORED;--> statement-breakpoint
ALTER TABLE "tip_dose" ADD CONSTRAINT "tip_dose_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tip_dose_quarter" ON "tip_dose" USING btree ("quarter_start");
--> statement-breakpoint
-- tip_dose is kept by the database, whichever code path sends a tip or records an answer.
-- Adds to a delivery's kindergartens and arms (one row per group the delivery was planned for;
-- groups of the same kindergarten and arm add up before the upsert, which may touch a row once).
CREATE FUNCTION tip_dose_add(delivery integer, add_sent integer, add_done integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO tip_dose AS t (organization_id, arm, quarter_start, sent, done)
  SELECT g.organization_id, g.arm, date_trunc('quarter', d.planned_at AT TIME ZONE 'Asia/Almaty')::date,
    add_sent * count(*), add_done * count(*)
  FROM tip_deliveries d
  CROSS JOIN LATERAL jsonb_array_elements_text(d.group_ids) AS gid(id)
  JOIN kindergarten_groups g ON g.id = gid.id::integer
  WHERE d.id = delivery
  GROUP BY 1, 2, 3
  ON CONFLICT (organization_id, arm, quarter_start) DO UPDATE SET sent = t.sent + excluded.sent, done = t.done + excluded.done;
$$;
--> statement-breakpoint
-- A tip went out: its outbox row (dedup key 'tip:<delivery id>', src/tips/plan-week.ts) turned 'sent'.
CREATE FUNCTION tip_dose_on_sent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tip_dose_add(d.id, 1, CASE WHEN d.feedback = 'done' THEN 1 ELSE 0 END)
    FROM tip_deliveries d WHERE d.id = substr(NEW.dedup_key, 5)::integer;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER outbox_tip_dose AFTER UPDATE OF status ON outbox
  FOR EACH ROW WHEN (NEW.kind = 'tip' AND NEW.status = 'sent' AND OLD.status IS DISTINCT FROM 'sent' AND NEW.dedup_key LIKE 'tip:%')
  EXECUTE FUNCTION tip_dose_on_sent();
--> statement-breakpoint
-- A parent's answer became or stopped being "We did it": counted only for a tip that went out.
CREATE FUNCTION tip_dose_on_feedback() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM outbox o WHERE o.dedup_key = 'tip:' || NEW.id AND o.status = 'sent') THEN
    PERFORM tip_dose_add(NEW.id, 0, CASE WHEN NEW.feedback = 'done' THEN 1 ELSE -1 END);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER tip_deliveries_dose AFTER UPDATE OF feedback ON tip_deliveries
  FOR EACH ROW WHEN ((OLD.feedback = 'done') IS DISTINCT FROM (NEW.feedback = 'done') AND (OLD.feedback = 'done' OR NEW.feedback = 'done'))
  EXECUTE FUNCTION tip_dose_on_feedback();
--> statement-breakpoint
-- What was sent before this migration.
INSERT INTO tip_dose (organization_id, arm, quarter_start, sent, done)
SELECT g.organization_id, g.arm, date_trunc('quarter', d.planned_at AT TIME ZONE 'Asia/Almaty')::date,
  count(*), count(*) FILTER (WHERE d.feedback = 'done')
FROM tip_deliveries d
JOIN outbox o ON o.dedup_key = 'tip:' || d.id AND o.status = 'sent'
CROSS JOIN LATERAL jsonb_array_elements_text(d.group_ids) AS gid(id)
JOIN kindergarten_groups g ON g.id = gid.id::integer
GROUP BY 1, 2, 3;
