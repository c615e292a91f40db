import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { addDays, weekStartOf } from "../shared/local-date.js";
import { columnName, columnNames } from "../db/column-names.js";
import { activities, kindergartenGroups, organizations, outbox, parentChildren, regionTipSettings, tipDeliveries, tipSettings, users } from "../db/schema/index.js";
import { rowsOf } from "../db/rows-of.js";
import { DEFAULT_QUIET_HOURS, openHours, type QuietHours } from "../delivery/quiet-hours.js";
import { seasonOfDay, seasons, tipAgeBands } from "./library/schema.js";

export interface PlanWeekOptions {
  now: Date;
  /**
   * Tips planned per hour at most: a share of the delivery budget (e.g. half of 25 msg/s = 45,000
   * an hour), so that a week's activities for a million parents spread over the day and the
   * weekend instead of queueing behind one hour, and urgent messages keep the rest.
   */
  perHour: number;
  /** The configured quiet hours (QUIET_HOURS): activities go only in the whole hours outside them. */
  quietHours?: QuietHours | null;
}

export interface PlanWeekResult {
  weekStart: string;
  planned: number;
}

/**
 * The daytime hours of a week as a line: the open hours of the quiet-hours setting (08 … 20 by
 * default), Monday's first = 0 … Sunday's last = 7 × per day − 1. `indexOfHour[h]` is the place of
 * the first open hour at or after h on its day (= per day when none is left: the next day's first).
 */
function dayHoursOf(quiet: QuietHours | null) {
  const open = openHours(quiet);
  const indexOfHour = Array.from({ length: 24 }, (_, h) => open.filter((x) => x < h).length);
  return { open, perDay: open.length, indexOfHour };
}

/** The language of SQL arrays built from constants (never from input). */
const textArray = (values: readonly string[]) => `{${values.join(",")}}`;
const intArray = (values: readonly number[]) => `{${values.join(",")}}`;

/**
 * Plans this week's activity for every parent who should get one and has none yet: parents of a
 * child in an experimental group (or a control group where the region lifted the restriction)
 * of 3 to 6 years, not paused, whose chosen day and hour this week are still ahead.
 *
 * Which activity: among those of the season of the parent's day (Asia/Almaty calendar; "any" fits
 * every season) written for the age band of their child's group (the youngest of 3–6, when they have
 * several children), the first they have not received: the season's own activities first (they
 * can only go now), then a theme's first steps before its harder return, then the order of the
 * parent's region (the region's own where a methodologist set one, else the national `position`
 * order); retired activities skipped. An activity that never reached them (blocked bot, dropped at
 * send time) counts as not received. A parent with children in several regions follows the region
 * of their 3–6 group with the lowest id among the groups that make them eligible.
 *
 * Parents whose children are all in the 1–2 and 2–3 groups get none, and are told why once.
 *
 * When: at the chosen hour, at most `perHour` in any hour. Parents sorted by their chosen hour fill
 * the hours in turn: one whose hour is full goes to the next daytime hour with room (never earlier,
 * never in the quiet hours), and rows planned by an earlier run this week keep their room. Within
 * an hour the sends are evenly spaced.
 *
 * One transaction writes the plan and its outbox rows, so a run is all or nothing and a second run
 * of the same week adds nothing. An outbox row holds a reference to the activity, not its text: the
 * text is read and rendered in the parent's language when it is sent (tipGuard.resolve).
 */
export async function planWeek(db: Db, options: PlanWeekOptions): Promise<PlanWeekResult> {
  const weekStart = weekStartOf(options.now);
  const { open, perDay: HOURS_PER_DAY, indexOfHour } = dayHoursOf(options.quietHours === undefined ? DEFAULT_QUIET_HOURS : options.quietHours);
  if (HOURS_PER_DAY === 0) return { weekStart, planned: 0 };
  /**
   * The daytime hours a week's plan may fill: its own week and, when that is full, the next one —
   * whose plan then counts these rows as taken (they carry this week's week_start).
   */
  const GRID_HOURS = 2 * 7 * HOURS_PER_DAY;
  const openHoursSql = intArray(open);
  const indexOfHourSql = intArray(indexOfHour);
  const perHour = Math.max(1, Math.floor(options.perHour));
  const secondsApart = 3600 / perHour;
  // The season of each day of the week, Monday first: the plan looks up the parent's chosen day.
  const daySeasons = textArray(Array.from({ length: 7 }, (_, i) => seasonOfDay(addDays(weekStart, i))));
  const bands = textArray(tipAgeBands);
  const allSeasons = textArray(seasons.filter((x) => x !== "any"));
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
        SELECT pc.user_id, jsonb_agg(DISTINCT pc.group_id ORDER BY pc.group_id) AS group_ids,
          (array_agg(o.region_code ORDER BY pc.group_id))[1] AS region_code,
          (array_agg(g.age_band ORDER BY array_position(${bands}::text[], g.age_band)))[1] AS band
        FROM ${parentChildren} pc
        JOIN ${kindergartenGroups} g ON g.id = pc.group_id AND g.archived_at IS NULL AND g.age_band = ANY(${bands}::text[])
        JOIN ${organizations} o ON o.id = g.organization_id
        LEFT JOIN ${regionTipSettings} r ON r.region_code = o.region_code
        WHERE g.arm = 'experimental' OR r.control_lifted_at IS NOT NULL
        GROUP BY pc.user_id
      ),
      this_week AS (SELECT user_id FROM ${tipDeliveries} WHERE week_start = ${weekStart}::date AND user_id IS NOT NULL),
      waiting AS (
        SELECT e.user_id, e.group_ids, e.region_code, e.band,
          (${daySeasons}::text[])[coalesce(s.weekday, 6)] AS season,
          (coalesce(s.weekday, 6) - 1) * ${HOURS_PER_DAY}::int + (${indexOfHourSql}::int[])[coalesce(s.hour, 10) + 1] AS chosen
        FROM eligible e
        JOIN ${users} u ON u.telegram_id = e.user_id
        LEFT JOIN ${tipSettings} s ON s.user_id = e.user_id
        LEFT JOIN this_week w ON w.user_id = e.user_id
        WHERE coalesce(s.paused, false) = false AND w.user_id IS NULL
          AND ((${weekStart}::date + (coalesce(s.weekday, 6) - 1)) + make_interval(hours => coalesce(s.hour, 10))) AT TIME ZONE 'Asia/Almaty'
            >= ${options.now.toISOString()}::timestamptz
      ),
      -- The hours of the week as a line of places: hour h holds places [first_place, first_place + room).
      taken AS (
        SELECT ((at AT TIME ZONE 'Asia/Almaty')::date - ${weekStart}::date) * ${HOURS_PER_DAY}::int
          + (${indexOfHourSql}::int[])[extract(hour FROM at AT TIME ZONE 'Asia/Almaty')::int + 1] AS hour, count(*) AS n
        FROM (
          -- This week's rows and last week's that spilled into this week (past its Sunday's last hour),
          SELECT planned_at AS at FROM ${tipDeliveries}
          WHERE week_start IN (${weekStart}::date - 7, ${weekStart}::date)
            AND planned_at >= (${weekStart}::date::timestamp AT TIME ZONE 'Asia/Almaty')
          UNION ALL
          -- and the midweek follow-ups queued into this week (plan-follow-ups.ts): one tips share.
          SELECT follow_up_at FROM ${tipDeliveries}
          WHERE follow_up_at >= (${weekStart}::date::timestamp AT TIME ZONE 'Asia/Almaty')
        ) x
        GROUP BY 1
      ),
      hours AS (
        SELECT h.hour, coalesce(t.n, 0)::bigint AS taken, greatest(${perHour} - coalesce(t.n, 0), 0)::bigint AS room
        FROM generate_series(0, ${GRID_HOURS - 1}) h(hour) LEFT JOIN taken t ON t.hour = h.hour
      ),
      line AS (SELECT hour, taken, room, (sum(room) OVER (ORDER BY hour) - room)::bigint AS first_place FROM hours),
      grid AS (
        SELECT array_agg(first_place ORDER BY hour) AS first_places, array_agg(taken ORDER BY hour) AS taken, sum(room)::bigint AS places
        FROM line
      ),
      -- Greedy filling in closed form: the i-th parent (0-based, sorted by chosen hour) takes place
      -- i + max over j <= i of (first_place(chosen_j) - j); the maximum over a chosen hour's parents is at
      -- its first one, so per chosen hour: lift = running max of (first_place - parents before it).
      demand AS (SELECT chosen, count(*) AS n FROM waiting GROUP BY chosen),
      befores AS (
        SELECT d.chosen, l.first_place, (sum(d.n) OVER (ORDER BY d.chosen) - d.n)::bigint AS before
        FROM demand d JOIN line l ON l.hour = d.chosen
      ),
      lifts AS (SELECT chosen, before, max(first_place - before) OVER (ORDER BY chosen) AS lift FROM befores),
      placed AS (
        SELECT w.user_id, w.group_ids, w.region_code, w.band, w.season,
          lf.before + lf.lift + row_number() OVER (PARTITION BY w.chosen ORDER BY w.user_id) - 1 AS place
        FROM waiting w JOIN lifts lf ON lf.chosen = w.chosen
      ),
      slotted AS (
        SELECT p.user_id, p.group_ids, p.region_code, p.band, p.season,
          CASE WHEN p.place < g.places THEN width_bucket(p.place, g.first_places) - 1
               ELSE ${GRID_HOURS} + (p.place - g.places) / ${perHour} END AS hour_index,
          CASE WHEN p.place < g.places THEN g.taken[width_bucket(p.place, g.first_places)] + p.place - g.first_places[width_bucket(p.place, g.first_places)]
               ELSE (p.place - g.places) % ${perHour} END AS within
        FROM placed p CROSS JOIN grid g
      ),
      -- The activities each age band may get in each season, in the order they are offered:
      -- nationally and in each region with its own order (listed ids first, then the rest in the
      -- national order); retired activities are left out.
      fits AS (
        SELECT a.id, a.position, a.step, b.band, se.season, a.season = se.season AS seasonal
        FROM ${activities} a
        CROSS JOIN unnest(${bands}::text[]) b(band)
        CROSS JOIN unnest(${allSeasons}::text[]) se(season)
        WHERE a.retired_at IS NULL AND b.band = ANY(a.age_bands) AND a.season IN (se.season, 'any')
      ),
      national AS (
        SELECT band, season, array_agg(id ORDER BY seasonal DESC, step, position, id) AS ids FROM fits GROUP BY band, season
      ),
      listed AS (
        SELECT r.region_code, e.value::int AS activity_id, min(e.n) AS n
        FROM ${regionTipSettings} r
        CROSS JOIN LATERAL jsonb_array_elements_text(r.activity_order) WITH ORDINALITY e(value, n)
        WHERE jsonb_typeof(r.activity_order) = 'array' AND e.value ~ '^[0-9]{1,9}$'
        GROUP BY 1, 2
      ),
      regional AS (
        SELECT r.region_code, f.band, f.season, array_agg(f.id ORDER BY f.seasonal DESC, l.n NULLS LAST, f.step, f.position, f.id) AS ids
        FROM ${regionTipSettings} r
        CROSS JOIN fits f
        LEFT JOIN listed l ON l.region_code = r.region_code AND l.activity_id = f.id
        WHERE jsonb_typeof(r.activity_order) = 'array'
        GROUP BY r.region_code, f.band, f.season
      ),
      received AS (
        SELECT user_id, array_agg(activity_id) AS ids FROM ${tipDeliveries}
        WHERE user_id IS NOT NULL AND undelivered_at IS NULL GROUP BY user_id
      )
      SELECT s.user_id, s.group_ids, s.hour_index, s.within,
        CASE WHEN rc.ids IS NULL THEN o.ids[1]
             ELSE (SELECT u.id FROM unnest(o.ids) WITH ORDINALITY u(id, n) WHERE u.id <> ALL (rc.ids) ORDER BY u.n LIMIT 1)
        END AS activity_id
      FROM slotted s
      LEFT JOIN national n ON n.band = s.band AND n.season = s.season
      LEFT JOIN regional rg ON rg.region_code = s.region_code AND rg.band = s.band AND rg.season = s.season
      CROSS JOIN LATERAL (SELECT coalesce(rg.ids, n.ids) AS ids) o
      LEFT JOIN received rc ON rc.user_id = s.user_id`);
    const result = await tx.execute(sql`
      WITH planned AS (
        INSERT INTO ${tipDeliveries} (${columnNames(tipDeliveries.userId, tipDeliveries.weekStart, tipDeliveries.activityId, tipDeliveries.groupIds, tipDeliveries.plannedAt)})
        SELECT c.user_id, ${weekStart}::date, c.activity_id, c.group_ids,
          ((${weekStart}::date + (c.hour_index / ${HOURS_PER_DAY}::int)::int)
            + make_interval(hours => (${openHoursSql}::int[])[(c.hour_index % ${HOURS_PER_DAY}::int)::int + 1], secs => c.within * ${secondsApart}::float8)) AT TIME ZONE 'Asia/Almaty'
        FROM tip_plan c
        WHERE c.activity_id IS NOT NULL
        ON CONFLICT DO NOTHING
        RETURNING id, user_id, activity_id, planned_at
      ),
      queued AS (
        INSERT INTO ${outbox} (${columnNames(outbox.chatId, outbox.kind, outbox.priority, outbox.templateKey, outbox.params, outbox.dedupKey, outbox.notBefore)})
        SELECT p.user_id, 'tip', 'bulk', ${TIP_TEMPLATE}, jsonb_build_object('activity', p.activity_id), 'tip:' || p.id, p.planned_at
        FROM planned p
        ON CONFLICT DO NOTHING
        RETURNING 1
      )
      SELECT count(*)::int AS planned FROM queued`);
    await tellUnderThrees(tx, options.now, bands);
    return Number(rowsOf<{ planned: number }>(result)[0]?.planned ?? 0);
  });
  return { weekStart, planned };
}

/**
 * Parents whose children in groups that receive activities are all under three (the 1–2 and 2–3
 * groups) are told once, kindly, why nothing comes yet; not while paused. Marked on their settings,
 * so a second plan or week tells no one again.
 */
async function tellUnderThrees(tx: Parameters<Parameters<Db["transaction"]>[0]>[0], now: Date, bands: string): Promise<void> {
  await tx.execute(sql`
    WITH young AS (
      SELECT pc.user_id
      FROM ${parentChildren} pc
      JOIN ${kindergartenGroups} g ON g.id = pc.group_id AND g.archived_at IS NULL
      JOIN ${organizations} o ON o.id = g.organization_id
      LEFT JOIN ${regionTipSettings} r ON r.region_code = o.region_code
      WHERE g.arm = 'experimental' OR r.control_lifted_at IS NOT NULL
      GROUP BY pc.user_id
      HAVING bool_and(NOT (g.age_band = ANY(${bands}::text[])))
    ),
    told AS (
      INSERT INTO ${tipSettings} (${columnNames(tipSettings.userId, tipSettings.underThreeToldAt)})
      SELECT y.user_id, ${now.toISOString()}::timestamptz
      FROM young y
      JOIN ${users} u ON u.telegram_id = y.user_id
      LEFT JOIN ${tipSettings} s ON s.user_id = y.user_id
      WHERE s.user_id IS NULL OR (s.under_three_told_at IS NULL AND NOT s.paused)
      ON CONFLICT (${columnName(tipSettings.userId)}) DO UPDATE SET ${columnName(tipSettings.underThreeToldAt)} = excluded.under_three_told_at
        WHERE ${tipSettings.underThreeToldAt} IS NULL AND NOT ${tipSettings.paused}
      RETURNING user_id
    )
    INSERT INTO ${outbox} (${columnNames(outbox.chatId, outbox.kind, outbox.priority, outbox.templateKey, outbox.params, outbox.dedupKey, outbox.notBefore)})
    SELECT user_id, 'tip-notice', 'bulk', 'tips-under-three', '{}'::jsonb, 'tips-under-three:' || user_id, ${now.toISOString()}::timestamptz
    FROM told
    ON CONFLICT DO NOTHING`);
}

/** The template of the weekly activity (locales: `tips-weekly`). */
export const TIP_TEMPLATE = "tips-weekly";

