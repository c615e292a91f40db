import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organizations, quarterlyReports, reportingPeriods } from "../db/schema/index.js";
import { notOwnReport } from "./report-access.js";

export interface ReviewItem {
  reportId: number;
  organizationId: number;
  registryNo: number;
  organizationName: string;
  regionCode: string;
  year: number;
  quarter: number;
  submittedAt: Date | null;
  late: boolean;
}

/** Submitted reports waiting for review in the given regions ("all" for national reach), but the reviewer's own. */
export async function listReportsAwaitingReview(db: Db, regions: "all" | string[], reviewerId?: number): Promise<ReviewItem[]> {
  if (regions !== "all" && regions.length === 0) return [];
  const rows = await db
    .select({
      reportId: quarterlyReports.id,
      organizationId: organizations.id,
      registryNo: organizations.registryNo,
      organizationName: organizations.name,
      regionCode: organizations.regionCode,
      year: reportingPeriods.year,
      quarter: reportingPeriods.quarter,
      submittedAt: quarterlyReports.submittedAt,
      late: quarterlyReports.submittedLate,
    })
    .from(quarterlyReports)
    .innerJoin(organizations, eq(organizations.id, quarterlyReports.organizationId))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, quarterlyReports.periodId))
    .where(
      and(
        eq(quarterlyReports.status, "submitted"),
        regions === "all" ? undefined : inArray(organizations.regionCode, regions),
        reviewerId === undefined ? undefined : notOwnReport(reviewerId),
      ),
    )
    .orderBy(quarterlyReports.submittedAt);
  return rows;
}
