import { inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import type { DeliveryGuard } from "../delivery/sender.js";
import { outbox, tipDeliveries, tipSettings } from "../db/schema/index.js";
import { rowsOf } from "../db/rows-of.js";
import { addDays, weekStartOf } from "../shared/local-date.js";
import { followUpDeliveryIdOf, FOLLOW_UP_KIND } from "./plan-follow-ups.js";
import { receivesActivitiesSql } from "./receives-activities.js";
import { activityTextForSend } from "./activity-text.js";
import { tipButtons, tipParamsBoth } from "./render.js";

/** The delivery a tip's outbox row is for: its dedup key is 'tip:<delivery id>' (plan-week.ts). */
export const deliveryIdOf = (dedupKey: string | null): number | null => {
  const match = /^tip:(\d{1,10})$/.exec(dedupKey ?? "");
  return match ? Number(match[1]) : null;
};

/**
 * At send time, a planned activity is dropped when the parent has left (the plan keeps no user),
 * paused the activities, no longer has a child in a group that receives them, or when the week it
 * was planned for is over (after an outage: nothing goes out late). A dropped activity was not
 * received: it stays available for a later week (migration tip_undelivered).
 *
 * Rows that hold a reference to the activity (not its text) get the activity's text as it is now,
 * in both languages, and their answer buttons, just before they are sent.
 */
export const tipGuard: DeliveryGuard = {
  kind: "tip",
  async unwanted(db: Db, rows, now) {
    const ids = rows.map((r) => r.id);
    // The start of the current week (Monday 00:00, Asia/Almaty): a tip planned before it is late.
    const weekBegan = `${weekStartOf(now)}T00:00:00+05:00`;
    const [o, d] = [outbox, tipDeliveries];
    const result = await db.execute(sql`
      SELECT ${o.id} AS id FROM ${o}
      LEFT JOIN ${d} ON ${d.id} = substring(${o.dedupKey} from 5)::int
      WHERE ${o.id} IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
        AND (
          ${d.userId} IS NULL
          OR ${d.plannedAt} < ${weekBegan}::timestamptz
          OR EXISTS (SELECT 1 FROM ${tipSettings} WHERE ${tipSettings.userId} = ${d.userId} AND ${tipSettings.paused})
          OR NOT ${receivesActivitiesSql(sql`${d.userId}`)})`);
    return rowsOf<{ id: number | string }>(result).map((r) => Number(r.id));
  },
  async resolve(db: Db, rows) {
    const referring = rows.filter((r) => typeof r.params.activity === "number");
    if (referring.length === 0) return [];
    const texts = await activityTextForSend(db, [...new Set(referring.map((r) => r.params.activity as number))]);
    const broken: { id: number; problem: string }[] = [];
    for (const row of referring) {
      const text = texts.get(row.params.activity as number);
      const deliveryId = deliveryIdOf(row.dedupKey);
      if (!text || deliveryId === null) {
        broken.push({ id: row.id, problem: `activity ${String(row.params.activity)} or its delivery not found` });
        continue;
      }
      try {
        row.params = tipParamsBoth(text.content, text.minutes);
      } catch (error) {
        broken.push({ id: row.id, problem: `activity ${String(row.params.activity)}: ${error instanceof Error ? error.message.slice(0, 200) : "invalid text"}` });
        continue;
      }
      row.buttons = tipButtons(deliveryId);
    }
    return broken;
  },
};

/**
 * The midweek follow-up (plan-follow-ups.ts) is dropped just before it goes when the parent has
 * answered the activity since it was queued, paused the activities, left, no longer has a child in
 * a group that receives them (control groups during the pilot), when the activity never reached
 * them, or when answers to it are closed. Kept ones get the activity's title in both languages and
 * its answer buttons again.
 */
export const tipFollowUpGuard: DeliveryGuard = {
  kind: FOLLOW_UP_KIND,
  async unwanted(db: Db, rows, now) {
    const ids = rows.map((r) => r.id);
    // Answers close after the activity's week and the next (tipWeekOver).
    const oldestOpenWeek = addDays(weekStartOf(now), -7);
    const [o, d] = [outbox, tipDeliveries];
    const result = await db.execute(sql`
      SELECT ${o.id} AS id FROM ${o}
      LEFT JOIN ${d} ON ${d.id} = substring(${o.dedupKey} from ${FOLLOW_UP_KIND.length + 2}::int)::int
      WHERE ${o.id} IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
        AND (
          ${d.userId} IS NULL
          OR ${d.feedback} IS NOT NULL
          OR ${d.undeliveredAt} IS NOT NULL
          OR ${d.weekStart} < ${oldestOpenWeek}::date
          OR EXISTS (SELECT 1 FROM ${tipSettings} WHERE ${tipSettings.userId} = ${d.userId} AND ${tipSettings.paused})
          OR NOT ${receivesActivitiesSql(sql`${d.userId}`)})`);
    return rowsOf<{ id: number | string }>(result).map((r) => Number(r.id));
  },
  async resolve(db: Db, rows) {
    const broken: { id: number; problem: string }[] = [];
    const deliveryIds = rows.map((r) => followUpDeliveryIdOf(r.dedupKey)).filter((id): id is number => id !== null);
    const found = deliveryIds.length
      ? await db.select({ id: tipDeliveries.id, activityId: tipDeliveries.activityId }).from(tipDeliveries).where(inArray(tipDeliveries.id, deliveryIds))
      : [];
    const activityOf = new Map(found.map((f) => [f.id, f.activityId]));
    const texts = await activityTextForSend(db, [...new Set(found.map((f) => f.activityId))]);
    for (const row of rows) {
      const deliveryId = followUpDeliveryIdOf(row.dedupKey);
      const text = deliveryId === null ? undefined : texts.get(activityOf.get(deliveryId) ?? -1);
      if (deliveryId === null || !text) {
        broken.push({ id: row.id, problem: `follow-up ${String(row.dedupKey)}: its delivery or activity not found` });
        continue;
      }
      try {
        const both = tipParamsBoth(text.content, text.minutes);
        row.params = { title: both.title!, variant: Number(row.params.variant ?? 0) };
      } catch (error) {
        broken.push({ id: row.id, problem: `follow-up ${deliveryId}: ${error instanceof Error ? error.message.slice(0, 200) : "invalid text"}` });
        continue;
      }
      row.buttons = tipButtons(deliveryId);
    }
    return broken;
  },
};
