import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organizations, regionApprovals } from "../db/schema/index.js";
import type { ApprovalLevel } from "./approval-levels.js";
import { lockRegionApproval } from "./region-approvals.js";

/**
 * Once any level has approved a region's quarter, its kindergartens' reports for that quarter are
 * frozen: a head cannot edit or hand one in, a methodologist cannot accept or return one, until the
 * chain is sent back down to nothing approved. The level that froze them, or null.
 */
export async function reportFreeze(db: Db, organizationId: number, periodId: number): Promise<ApprovalLevel | null> {
  const [row] = await db
    .select({ level: regionApprovals.level })
    .from(organizations)
    .innerJoin(regionApprovals, and(eq(regionApprovals.regionCode, organizations.regionCode), eq(regionApprovals.periodId, periodId)))
    .where(eq(organizations.id, organizationId));
  return row?.level ?? null;
}

/** The same, inside the transaction that changes a report: holds the region's row until it commits. */
export async function lockReportFreeze(db: Db, organizationId: number, periodId: number): Promise<ApprovalLevel | null> {
  const [org] = await db.select({ regionCode: organizations.regionCode }).from(organizations).where(eq(organizations.id, organizationId));
  if (!org) return null;
  return (await lockRegionApproval(db, org.regionCode, periodId, "share")).level;
}
