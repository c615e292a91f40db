import { inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { kindergartenGroups, organizations, outbox, parentChildren, regionTipSettings, tipDeliveries, tipSettings } from "../db/schema/index.js";
import type { DeliveryGuard } from "../delivery/sender.js";
import { rowsOf } from "../db/rows-of.js";

/**
 * At send time, a planned activity is dropped when the parent has left (the plan keeps no user),
 * paused the activities, or no longer has a child in a group that receives them. A tip's outbox
 * row carries its delivery in the dedup key, 'tip:<delivery id>'.
 */
export const tipGuard: DeliveryGuard = {
  kind: "tip",
  async unwanted(db: Db, rows) {
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return [];
    const result = await db.execute(sql`
      SELECT ${outbox.id} AS id FROM ${outbox}
      LEFT JOIN ${tipDeliveries} ON ${tipDeliveries.id} = substring(${outbox.dedupKey} from 5)::int
      WHERE ${inArray(outbox.id, ids)}
        AND (
          ${tipDeliveries.userId} IS NULL
          OR EXISTS (SELECT 1 FROM ${tipSettings} WHERE ${tipSettings.userId} = ${tipDeliveries.userId} AND ${tipSettings.paused})
          OR NOT EXISTS (
            SELECT 1 FROM ${parentChildren}
            JOIN ${kindergartenGroups} ON ${kindergartenGroups.id} = ${parentChildren.groupId} AND ${kindergartenGroups.archivedAt} IS NULL
            JOIN ${organizations} ON ${organizations.id} = ${kindergartenGroups.organizationId}
            LEFT JOIN ${regionTipSettings} ON ${regionTipSettings.regionCode} = ${organizations.regionCode}
            WHERE ${parentChildren.userId} = ${tipDeliveries.userId}
              AND (${kindergartenGroups.arm} = 'experimental' OR ${regionTipSettings.controlLiftedAt} IS NOT NULL)))`);
    return rowsOf<{ id: number | string }>(result).map((r) => Number(r.id));
  },
};
