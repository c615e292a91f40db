/**
 * The weekly planner as it was before regional orders and the capped spill-over (main at
 * a7e25c8, src/tips/plan-week.ts), kept verbatim for bench/tips.ts to compare against in the same
 * process on the same data. Not used by the bot: it ignores a region's order and lets a crowded
 * hour spill into hours that already have their own parents.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../src/db/client.js";
import { rowsOf } from "../src/db/rows-of.js";
import { weekStartOf } from "../src/shared/local-date.js";
import { tipButtonsSql, tipParamsSql, type PlanWeekOptions, type PlanWeekResult } from "../src/tips/plan-week.js";

/** First and last hour (Asia/Almaty) in which tips go out: outside the quiet hours. */
const FIRST_HOUR = 8;
const HOURS_PER_DAY = 13; // 08:00 … 20:59

/**
 * Plans this week's activity for every parent who should get one and has none yet: parents of a
 * child in an experimental group (or a control group where the region lifted the restriction),
 * not paused, whose chosen day and hour this week are still ahead. Each gets the first activity in
 * the national order after the last one they received (never a repeat), at their chosen hour; when more
 * parents chose one hour than `perHour`, the rest follow in the next daytime hours, evenly spaced.
 * One transaction writes the plan and its outbox rows (bulk priority, rendered at send time in the
 * parent's language), so a run is all or nothing and a second run of the same week adds nothing.
 */
export async function legacyPlanWeek(db: Db, options: PlanWeekOptions): Promise<PlanWeekResult> {
  const weekStart = weekStartOf(options.now);
  const perHour = Math.max(1, Math.floor(options.perHour));
  const secondsApart = 3600 / perHour;
  const planned = await db.transaction(async (tx) => {
    // JIT compilation of these large statements costs more than it saves (servers with LLVM);
    // transaction-local, and harmless where there is no JIT (PGlite).
    await tx.execute(sql`SET LOCAL jit = off`);
    // Decide first, into a temporary table, then write: a statement that read tip_deliveries
    // row by row while inserting into it would revisit its own new rows (quadratic on an empty,
    // unanalysed table — seen at 100,000 parents).
    await tx.execute(sql`DROP TABLE IF EXISTS tip_plan`);
    await tx.execute(sql`
      CREATE TEMPORARY TABLE tip_plan ON COMMIT DROP AS
      WITH eligible AS (
        SELECT pc.user_id, jsonb_agg(DISTINCT pc.group_id ORDER BY pc.group_id) AS group_ids
        FROM parent_children pc
        JOIN kindergarten_groups g ON g.id = pc.group_id AND g.archived_at IS NULL
        JOIN organizations o ON o.id = g.organization_id
        LEFT JOIN region_tip_settings r ON r.region_code = o.region_code
        WHERE g.arm = 'experimental' OR r.control_lifted_at IS NOT NULL
        GROUP BY pc.user_id
      ),
      this_week AS (SELECT user_id FROM tip_deliveries WHERE week_start = ${weekStart}::date AND user_id IS NOT NULL),
      slotted AS (
        SELECT e.user_id, e.group_ids,
          ((${weekStart}::date + (coalesce(s.weekday, 6) - 1)) + make_interval(hours => coalesce(s.hour, 10))) AT TIME ZONE 'Asia/Almaty' AS preferred,
          coalesce(s.weekday, 6) AS weekday, coalesce(s.hour, 10) AS hour
        FROM eligible e
        JOIN users u ON u.telegram_id = e.user_id
        LEFT JOIN tip_settings s ON s.user_id = e.user_id
        LEFT JOIN this_week w ON w.user_id = e.user_id
        WHERE coalesce(s.paused, false) = false AND w.user_id IS NULL
      ),
      numbered AS (
        SELECT sl.*, row_number() OVER (PARTITION BY sl.preferred ORDER BY sl.user_id) - 1 AS n
        FROM slotted sl
        WHERE sl.preferred >= ${options.now.toISOString()}::timestamptz
      ),
      -- Activities go out in the national order: each parent gets the first one after the last
      -- they received, so nobody ever gets one twice (retired ones are skipped).
      received AS (
        SELECT d.user_id, max(a.position) AS last_position
        FROM tip_deliveries d JOIN activities a ON a.id = d.activity_id
        WHERE d.user_id IS NOT NULL
        GROUP BY d.user_id
      ),
      available AS (SELECT id, position FROM activities WHERE retired_at IS NULL)
      SELECT nb.user_id, nb.group_ids, nb.weekday,
        (SELECT av.id FROM available av WHERE av.position > coalesce(rc.last_position, -2147483648) ORDER BY av.position, av.id LIMIT 1) AS activity_id,
        (nb.hour - ${FIRST_HOUR}) + (nb.n / ${perHour}) AS hour_index,
        (nb.n % ${perHour}) AS within
      FROM numbered nb
      LEFT JOIN received rc ON rc.user_id = nb.user_id`);
    const result = await tx.execute(sql`
      WITH planned AS (
        INSERT INTO tip_deliveries (user_id, week_start, activity_id, group_ids, planned_at)
        SELECT c.user_id, ${weekStart}::date, c.activity_id, c.group_ids,
          ((${weekStart}::date + (c.weekday - 1 + c.hour_index / ${HOURS_PER_DAY})::int)
            + make_interval(hours => ${FIRST_HOUR} + (c.hour_index % ${HOURS_PER_DAY})::int, secs => c.within * ${secondsApart}::float8)) AT TIME ZONE 'Asia/Almaty'
        FROM tip_plan c
        WHERE c.activity_id IS NOT NULL
        ON CONFLICT DO NOTHING
        RETURNING id, user_id, activity_id, planned_at
      ),
      queued AS (
        INSERT INTO outbox (chat_id, kind, priority, template_key, params, buttons, dedup_key, not_before)
        SELECT p.user_id, 'tip', 'bulk', 'tips-weekly', ${tipParamsSql}, ${tipButtonsSql}, 'tip:' || p.id, p.planned_at
        FROM planned p JOIN activities a ON a.id = p.activity_id
        ON CONFLICT DO NOTHING
        RETURNING 1
      )
      SELECT count(*)::int AS planned FROM queued`);
    return Number(rowsOf<{ planned: number }>(result)[0]?.planned ?? 0);
  });
  return { weekStart, planned };
}
