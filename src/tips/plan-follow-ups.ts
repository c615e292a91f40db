import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { outbox, tipDeliveries, tipSettings } from "../db/schema/index.js";
import { columnName, columnNames } from "../db/column-names.js";
import { rowsOf } from "../db/rows-of.js";
import { isQuietTime, type QuietHours } from "../delivery/quiet-hours.js";
import { addDays, weekStartOf } from "../shared/local-date.js";
import { receivesActivitiesSql } from "./receives-activities.js";
import { DEFAULT_TIP_SETTINGS } from "./settings.js";

/** The outbox kind, template and dedup prefix of the midweek follow-up (one per week's activity). */
export const FOLLOW_UP_KIND = "tip-follow-up";
export const FOLLOW_UP_TEMPLATE = "tips-follow-up";
const DEDUP_PREFIX = `${FOLLOW_UP_KIND}:`;

/** Days after the week's activity went out: midweek for the parent, three days on. */
export const FOLLOW_UP_AFTER_DAYS = 3;
/** The texts the follow-up rotates through (locales: `tips-follow-up`, `$variant` 0 … 2). */
export const FOLLOW_UP_VARIANTS = 3;
/**
 * A follow-up whose moment passed longer ago than this (quiet hours, an hour whose tips share was
 * full, a scheduler that was down) is not sent any more: a word of encouragement days late is noise.
 */
const LATE_AFTER_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** The delivery a follow-up's outbox row is for ('tip-follow-up:<delivery id>'). */
export const followUpDeliveryIdOf = (dedupKey: string | null): number | null => {
  const match = /^tip-follow-up:(\d{1,10})$/.exec(dedupKey ?? "");
  return match ? Number(match[1]) : null;
};

export interface PlanFollowUpsOptions {
  now: Date;
  /** The tips share of the delivery budget per hour: weekly activities and follow-ups together. */
  perHour: number;
  /** The configured quiet hours (QUIET_HOURS): no follow-up is planned into them. */
  quietHours: QuietHours | null;
}

/**
 * Queues the midweek follow-ups due before the end of the current hour (or before the quiet hours
 * begin, if sooner): one for each week's activity that went out, that the parent has not answered,
 * three days after it at the parent's chosen hour (tips settings) and at the minute the activity
 * had within its hour. Not for a parent who paused the activities, who left, or whose children are
 * no longer in a group that receives them (control groups during the pilot); not once the answers
 * to the activity are closed; not later than a day after its moment.
 *
 * Inside the tips share: the hour's weekly activities and follow-ups already planned keep their
 * room; the rest wait for the next hour (earliest due first). Nothing in the quiet hours: a run in
 * them plans nothing, and the follow-ups due then go out in the first hour after.
 *
 * Exactly once per activity: one statement marks the delivery (`follow_up_at`, compare-and-set on
 * null) and queues its outbox row (dedup key 'tip-follow-up:<delivery id>'), so a second run, a
 * run taken over after a crash, or two replicas at once add nothing. The send-time guard
 * (tipFollowUpGuard) checks answered, paused and control again just before it goes.
 */
export async function planFollowUps(db: Db, options: PlanFollowUpsOptions): Promise<{ planned: number }> {
  const { now, quietHours } = options;
  if (isQuietTime(now, quietHours)) return { planned: 0 };
  // Almaty is UTC+5 all year: its hours begin on UTC hours.
  const hourStart = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const hourEnd = new Date(hourStart.getTime() + HOUR_MS);
  let windowEnd = hourEnd;
  for (let t = Math.floor(now.getTime() / MINUTE_MS + 1) * MINUTE_MS; t < hourEnd.getTime(); t += MINUTE_MS) {
    if (isQuietTime(new Date(t), quietHours)) {
      windowEnd = new Date(t);
      break;
    }
  }
  const perHour = Math.max(1, Math.floor(options.perHour));
  const weekStart = weekStartOf(now);
  // Answers stay open during the activity's week and the next one (tipWeekOver): older weeks get no follow-up.
  const oldestWeek = addDays(weekStart, -7);
  const d = tipDeliveries;
  const result = await db.execute(sql`
    WITH taken AS (
      SELECT count(*) FILTER (WHERE ${d.plannedAt} >= ${hourStart.toISOString()}::timestamptz AND ${d.plannedAt} < ${hourEnd.toISOString()}::timestamptz)
        + count(*) FILTER (WHERE ${d.followUpAt} >= ${hourStart.toISOString()}::timestamptz AND ${d.followUpAt} < ${hourEnd.toISOString()}::timestamptz) AS n
      FROM ${d}
      WHERE ${d.weekStart} >= ${addDays(weekStart, -7)}::date
    ),
    due AS (
      SELECT ${d.id} AS id, greatest(t.at, ${now.toISOString()}::timestamptz) AS at
      FROM ${d}
      LEFT JOIN ${tipSettings} ON ${tipSettings.userId} = ${d.userId}
      CROSS JOIN LATERAL (
        SELECT (((${d.plannedAt} AT TIME ZONE 'Asia/Almaty')::date + ${FOLLOW_UP_AFTER_DAYS}::int)
          + make_interval(hours => coalesce(${tipSettings.hour}, ${DEFAULT_TIP_SETTINGS.hour}::int))
          + (${d.plannedAt} - date_trunc('hour', ${d.plannedAt}))) AT TIME ZONE 'Asia/Almaty' AS at
      ) t
      WHERE ${d.weekStart} >= ${oldestWeek}::date
        AND ${d.followUpAt} IS NULL AND ${d.feedback} IS NULL AND ${d.undeliveredAt} IS NULL
        AND ${d.doseParts} IS NOT NULL -- it went out (set when its outbox row was sent)
        AND ${d.userId} IS NOT NULL
        AND t.at < ${windowEnd.toISOString()}::timestamptz
        AND t.at > ${new Date(now.getTime() - LATE_AFTER_MS).toISOString()}::timestamptz
        AND coalesce(${tipSettings.paused}, false) = false
        AND ${receivesActivitiesSql(sql`${d.userId}`)}
      ORDER BY t.at, ${d.id}
      LIMIT greatest(${perHour}::int - (SELECT n FROM taken), 0)
    ),
    marked AS (
      UPDATE ${d} SET ${columnName(d.followUpAt)} = due.at
      FROM due
      WHERE ${d.id} = due.id AND ${d.followUpAt} IS NULL
      RETURNING ${d.id} AS id, ${d.userId} AS user_id, ${d.followUpAt} AS at
    ),
    queued AS (
      INSERT INTO ${outbox} (${columnNames(outbox.chatId, outbox.kind, outbox.priority, outbox.templateKey, outbox.params, outbox.dedupKey, outbox.notBefore)})
      SELECT m.user_id, ${FOLLOW_UP_KIND}::text, 'bulk', ${FOLLOW_UP_TEMPLATE}::text, jsonb_build_object('variant', m.id % ${FOLLOW_UP_VARIANTS}::int),
        ${DEDUP_PREFIX}::text || m.id, m.at
      FROM marked m
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    SELECT count(*)::int AS planned FROM queued`);
  return { planned: Number(rowsOf<{ planned: number }>(result)[0]?.planned ?? 0) };
}
