import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { rowsOf } from "../db/rows-of.js";

/** What a kindergarten's parents received and said, per group (for the head, and the digests' "dose"). */
export interface GroupTipFigures {
  groupId: number;
  groupName: string;
  arm: "experimental" | "control";
  parents: number;
  sent: number;
  done: number;
  tooHard: number;
  notForUs: number;
}

/** Sent = the outbox row went out; a parent of two children counts in both groups. */
export async function tipFiguresByGroup(db: Db, organizationId: number): Promise<GroupTipFigures[]> {
  const result = await db.execute(sql`
    SELECT g.id AS "groupId", g.name AS "groupName", g.arm,
      (SELECT count(DISTINCT pc.user_id) FROM parent_children pc WHERE pc.group_id = g.id)::int AS parents,
      count(o.id)::int AS sent,
      count(o.id) FILTER (WHERE d.feedback = 'done')::int AS done,
      count(o.id) FILTER (WHERE d.feedback = 'too_hard')::int AS "tooHard",
      count(o.id) FILTER (WHERE d.feedback = 'not_for_us')::int AS "notForUs"
    FROM kindergarten_groups g
    LEFT JOIN tip_deliveries d ON d.group_ids @> to_jsonb(g.id)
    LEFT JOIN outbox o ON o.dedup_key = 'tip:' || d.id AND o.status = 'sent'
    WHERE g.organization_id = ${organizationId} AND g.archived_at IS NULL
    GROUP BY g.id
    ORDER BY g.id`);
  return rowsOf<GroupTipFigures>(result);
}

/** Per kindergarten and arm, for the digests: activities sent and marked done. */
export interface OrganizationArmDose {
  organizationId: number;
  arm: "experimental" | "control";
  sent: number;
  done: number;
}

/** All quarters together, from the counts the database keeps (tip_dose, migration 0018). */
export async function tipDoseByOrganization(db: Db, organizationIds: number[]): Promise<OrganizationArmDose[]> {
  if (organizationIds.length === 0) return [];
  const result = await db.execute(sql`
    SELECT t.organization_id AS "organizationId", t.arm, sum(t.sent)::int AS sent, sum(t.done)::int AS done
    FROM tip_dose t
    WHERE t.organization_id IN (${sql.join(organizationIds.map((id) => sql`${id}`), sql`, `)})
    GROUP BY 1, 2
    HAVING sum(t.sent) > 0
    ORDER BY 1, 2`);
  return rowsOf<OrganizationArmDose>(result);
}

/** A region's parents' answers to one activity (sent = the message went out). */
export interface ActivityFigures {
  activityId: number;
  content: unknown;
  sent: number;
  done: number;
  tooHard: number;
  notForUs: number;
}

/** An activity is flagged for revision when this share of the answers is "too hard" or "not for us"… */
export const REVISION_SHARE = 1 / 3;
/** …out of at least this many answers (fewer say little). */
export const REVISION_MIN_ANSWERS = 5;

export function needsRevision(f: Pick<ActivityFigures, "done" | "tooHard" | "notForUs">): boolean {
  const answers = f.done + f.tooHard + f.notForUs;
  return answers >= REVISION_MIN_ANSWERS && (f.tooHard + f.notForUs) / answers >= REVISION_SHARE;
}

const inRegion = (regionCode: string) => sql`EXISTS (
  SELECT 1 FROM kindergarten_groups g JOIN organizations o ON o.id = g.organization_id
  WHERE d.group_ids @> to_jsonb(g.id) AND o.region_code = ${regionCode})`;

/** Per activity, for a region's methodologists: how many got it, did it, found it too hard, not for them. */
export async function activityFiguresForRegion(db: Db, regionCode: string): Promise<ActivityFigures[]> {
  const result = await db.execute(sql`
    SELECT a.id AS "activityId", a.content,
      count(*)::int AS sent,
      count(*) FILTER (WHERE d.feedback = 'done')::int AS done,
      count(*) FILTER (WHERE d.feedback = 'too_hard')::int AS "tooHard",
      count(*) FILTER (WHERE d.feedback = 'not_for_us')::int AS "notForUs"
    FROM tip_deliveries d
    JOIN activities a ON a.id = d.activity_id
    JOIN outbox o ON o.dedup_key = 'tip:' || d.id AND o.status = 'sent'
    WHERE ${inRegion(regionCode)}
    GROUP BY a.id
    ORDER BY sent DESC, a.id`);
  return rowsOf<ActivityFigures>(result);
}

/** Week 1 is a parent's first week with an activity; `answered` of `sent` parents answered that week's one. */
export interface DropOffWeek {
  week: number;
  sent: number;
  answered: number;
}

/** The drop-off curve of a region: per week since a parent's first activity, the share still answering. */
export async function dropOffForRegion(db: Db, regionCode: string, weeks: number): Promise<DropOffWeek[]> {
  const result = await db.execute(sql`
    WITH r AS (
      SELECT d.user_id, d.week_start, d.feedback
      FROM tip_deliveries d
      JOIN outbox o ON o.dedup_key = 'tip:' || d.id AND o.status = 'sent'
      WHERE d.user_id IS NOT NULL AND ${inRegion(regionCode)}
    ), first AS (SELECT user_id, min(week_start) AS first_week FROM r GROUP BY user_id)
    SELECT ((r.week_start - first.first_week) / 7 + 1)::int AS week,
      count(*)::int AS sent,
      count(*) FILTER (WHERE r.feedback IS NOT NULL)::int AS answered
    FROM r JOIN first ON first.user_id = r.user_id
    GROUP BY 1
    ORDER BY 1`);
  return rowsOf<DropOffWeek>(result).filter((w) => w.week <= weeks);
}

/** Regions where control-group parents receive activities (the pilot's restriction lifted). */
export async function regionsWithControlLifted(db: Db): Promise<string[]> {
  const result = await db.execute(sql`SELECT region_code AS "regionCode" FROM region_tip_settings WHERE control_lifted_at IS NOT NULL ORDER BY 1`);
  return rowsOf<{ regionCode: string }>(result).map((r) => r.regionCode);
}
