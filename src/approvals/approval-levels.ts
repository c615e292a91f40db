import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { memberships } from "../db/schema/index.js";

/** The chain above the kindergartens, bottom to top (see src/db/schema/approvals.ts). */
export const approvalLevels = ["centre", "department", "institute"] as const;
export type ApprovalLevel = (typeof approvalLevels)[number];

export function levelBelow(level: ApprovalLevel): ApprovalLevel | null {
  return approvalLevels[approvalLevels.indexOf(level) - 1] ?? null;
}

export function levelAbove(level: ApprovalLevel): ApprovalLevel | null {
  return approvalLevels[approvalLevels.indexOf(level) + 1] ?? null;
}

/** Whether `approved` (the highest level that has approved; null: none) includes `level`. */
export function hasApproved(approved: ApprovalLevel | null, level: ApprovalLevel): boolean {
  return approved !== null && approvalLevels.indexOf(approved) >= approvalLevels.indexOf(level);
}

/** The level that acts next: the one above the highest approval; null once the Institute has accepted. */
export function nextLevel(approved: ApprovalLevel | null): ApprovalLevel | null {
  return approved === null ? "centre" : levelAbove(approved);
}

/** The people who act at a level for a region (the same rule as permissions.approvalLevelsFor). */
export async function levelMembers(db: Db, level: ApprovalLevel, regionCode: string): Promise<number[]> {
  const where =
    level === "centre"
      ? and(eq(memberships.role, "methodologist"), eq(memberships.regionCode, regionCode))
      : level === "department"
        ? and(eq(memberships.role, "coordinator"), eq(memberships.regionCode, regionCode))
        : and(eq(memberships.role, "coordinator"), isNull(memberships.regionCode));
  const rows = await db.selectDistinct({ userId: memberships.userId }).from(memberships).where(where);
  return rows.map((r) => r.userId).sort((a, b) => a - b);
}
