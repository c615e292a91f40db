import { sql, type SQL } from "drizzle-orm";
import { kindergartenGroups, organizations, parentChildren, regionTipSettings } from "../db/schema/index.js";

/**
 * Whether the parent `userId` (an SQL expression) has a child in a group that receives the weekly
 * activities now: an experimental group, or a control group of a region that lifted the
 * restriction after the pilot. During the pilot control groups get nothing — neither the activity
 * nor its follow-up. One rule for the send-time guards and the follow-up plan.
 */
export const receivesActivitiesSql = (userId: SQL): SQL => {
  const [pc, g, org, r] = [parentChildren, kindergartenGroups, organizations, regionTipSettings];
  return sql`EXISTS (
  SELECT 1 FROM ${pc}
  JOIN ${g} ON ${g.id} = ${pc.groupId} AND ${g.archivedAt} IS NULL
  JOIN ${org} ON ${org.id} = ${g.organizationId}
  LEFT JOIN ${r} ON ${r.regionCode} = ${org.regionCode}
  WHERE ${pc.userId} = ${userId} AND (${g.arm} = 'experimental' OR ${r.controlLiftedAt} IS NOT NULL))`;
};
