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
ALTER TABLE "tip_deliveries" ADD COLUMN "dose_parts" jsonb;
--> statement-breakpoint
-- The parts a delivery is counted in: per kindergarten, arm (as the groups have it now) and quarter
-- of the planned time in Asia/Almaty, how many of its groups: [{o, a, q, n}].
CREATE FUNCTION tip_dose_parts(planned_at timestamptz, group_ids jsonb) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT coalesce(jsonb_agg(jsonb_build_object('o', x.organization_id, 'a', x.arm, 'q', x.quarter_start, 'n', x.n)), '[]'::jsonb)
  FROM (
    SELECT g.organization_id, g.arm, date_trunc('quarter', planned_at AT TIME ZONE 'Asia/Almaty')::date AS quarter_start, count(*) AS n
    FROM jsonb_array_elements_text(group_ids) AS gid(id)
    JOIN kindergarten_groups g ON g.id = gid.id::integer
    GROUP BY 1, 2, 3
  ) x;
$$;
--> statement-breakpoint
-- Adds to tip_dose the parts a delivery was counted in: [{o: kindergarten, a: arm, q: quarter, n: groups}].
CREATE FUNCTION tip_dose_apply(parts jsonb, add_sent integer, add_done integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO tip_dose AS t (organization_id, arm, quarter_start, sent, done)
  SELECT (p->>'o')::integer, (p->>'a')::arm, (p->>'q')::date, add_sent * (p->>'n')::integer, add_done * (p->>'n')::integer
  FROM jsonb_array_elements(parts) AS p
  ON CONFLICT (organization_id, arm, quarter_start) DO UPDATE SET sent = t.sent + excluded.sent, done = t.done + excluded.done;
$$;
--> statement-breakpoint
-- A tip went out: its outbox row (dedup key 'tip:<delivery id>', src/tips/plan-week.ts) turned 'sent'.
-- The delivery's groups are counted once, under the arms they have now, and the parts are kept on
-- the delivery. The update locks the delivery's row, so an answer given at the same moment either
-- finds the parts (and adds itself) or is read here (RETURNING sees the latest answer).
CREATE FUNCTION tip_dose_on_sent() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parts jsonb;
  answer tip_feedback;
BEGIN
  UPDATE tip_deliveries d SET dose_parts = tip_dose_parts(d.planned_at, d.group_ids)
    WHERE d.id = substr(NEW.dedup_key, 5)::integer AND d.dose_parts IS NULL
    RETURNING d.dose_parts, d.feedback INTO parts, answer;
  IF parts IS NOT NULL THEN
    PERFORM tip_dose_apply(parts, 1, CASE WHEN answer = 'done' THEN 1 ELSE 0 END);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER outbox_tip_dose AFTER UPDATE OF status ON outbox
  FOR EACH ROW WHEN (NEW.kind = 'tip' AND NEW.status = 'sent' AND OLD.status IS DISTINCT FROM 'sent' AND NEW.dedup_key LIKE 'tip:%')
  EXECUTE FUNCTION tip_dose_on_sent();
--> statement-breakpoint
-- A parent's answer became or stopped being "We did it": added to the parts the tip was counted in
-- when it went out (nothing before it went out).
CREATE FUNCTION tip_dose_on_feedback() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.dose_parts IS NOT NULL THEN
    PERFORM tip_dose_apply(NEW.dose_parts, 0, CASE WHEN NEW.feedback = 'done' THEN 1 ELSE -1 END);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER tip_deliveries_dose AFTER UPDATE OF feedback ON tip_deliveries
  FOR EACH ROW WHEN ((OLD.feedback = 'done') IS DISTINCT FROM (NEW.feedback = 'done') AND (OLD.feedback = 'done' OR NEW.feedback = 'done'))
  EXECUTE FUNCTION tip_dose_on_feedback();
--> statement-breakpoint
-- What was sent before this migration: its parts under the groups' arms now, then the counts.
UPDATE tip_deliveries d SET dose_parts = tip_dose_parts(d.planned_at, d.group_ids)
  WHERE EXISTS (SELECT 1 FROM outbox o WHERE o.dedup_key = 'tip:' || d.id AND o.status = 'sent');
--> statement-breakpoint
INSERT INTO tip_dose AS t (organization_id, arm, quarter_start, sent, done)
SELECT (p->>'o')::integer, (p->>'a')::arm, (p->>'q')::date, sum((p->>'n')::integer), coalesce(sum((p->>'n')::integer) FILTER (WHERE d.feedback = 'done'), 0)
FROM tip_deliveries d CROSS JOIN LATERAL jsonb_array_elements(d.dose_parts) AS p
WHERE d.dose_parts IS NOT NULL
GROUP BY 1, 2, 3;
