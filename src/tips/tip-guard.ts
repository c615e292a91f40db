import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import type { DeliveryGuard } from "../delivery/sender.js";
import { rowsOf } from "../db/rows-of.js";

/**
 * At send time, a planned activity is dropped when the parent has left (the plan keeps no user),
 * paused the activities, or no longer has a child in a group that receives them.
 */
export const tipGuard: DeliveryGuard = {
  kind: "tip",
  async unwanted(db: Db, rows) {
    const ids = rows.map((r) => r.id);
    const result = await db.execute(sql`
      SELECT o.id FROM outbox o
      LEFT JOIN tip_deliveries d ON d.id = substring(o.dedup_key from 5)::int
      WHERE o.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})
        AND (
          d.user_id IS NULL
          OR EXISTS (SELECT 1 FROM tip_settings s WHERE s.user_id = d.user_id AND s.paused)
          OR NOT EXISTS (
            SELECT 1 FROM parent_children pc
            JOIN kindergarten_groups g ON g.id = pc.group_id AND g.archived_at IS NULL
            JOIN organizations org ON org.id = g.organization_id
            LEFT JOIN region_tip_settings r ON r.region_code = org.region_code
            WHERE pc.user_id = d.user_id AND (g.arm = 'experimental' OR r.control_lifted_at IS NOT NULL)))`);
    return rowsOf<{ id: number | string }>(result).map((r) => Number(r.id));
  },
};
