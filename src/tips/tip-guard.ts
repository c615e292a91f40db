import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import type { DeliveryGuard } from "../delivery/sender.js";
import { rowsOf } from "../db/rows-of.js";
import { weekStartOf } from "../shared/local-date.js";
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
    const result = await db.execute(sql`
      SELECT o.id FROM outbox o
      LEFT JOIN tip_deliveries d ON d.id = substring(o.dedup_key from 5)::int
      WHERE o.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
        AND (
          d.user_id IS NULL
          OR d.planned_at < ${weekBegan}::timestamptz
          OR EXISTS (SELECT 1 FROM tip_settings s WHERE s.user_id = d.user_id AND s.paused)
          OR NOT EXISTS (
            SELECT 1 FROM parent_children pc
            JOIN kindergarten_groups g ON g.id = pc.group_id AND g.archived_at IS NULL
            JOIN organizations org ON org.id = g.organization_id
            LEFT JOIN region_tip_settings r ON r.region_code = org.region_code
            WHERE pc.user_id = d.user_id AND (g.arm = 'experimental' OR r.control_lifted_at IS NOT NULL)))`);
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
