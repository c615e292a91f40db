import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { memberships, organizations, quarterlyReports, regions, reportReviews } from "../db/schema/index.js";
import type { Scope } from "../registration/permissions.js";
import type { Period } from "./period-reports.js";
import { organizationsInScope } from "./scope-filter.js";

export interface ReviewEntry {
  regionKk: string;
  regionRu: string;
  registryNo: number;
  name: string;
  version: number;
  decision: "accepted" | "returned";
  /** Who decided, as a role only: reviewers are methodologists or administrators (ADMIN_IDS). */
  reviewerRole: "methodologist" | "other";
  decidedAt: Date;
  comment: string | null;
  fieldComments: Record<string, string> | null;
}

/** Every review decision on the period's reports in the scope, oldest first per kindergarten. */
export async function loadReviewHistory(db: Db, scope: Scope, period: Period, regionCode?: string): Promise<ReviewEntry[]> {
  const rows = await db
    .select({
      regionKk: regions.nameKk,
      regionRu: regions.nameRu,
      registryNo: organizations.registryNo,
      name: organizations.name,
      version: reportReviews.version,
      decision: reportReviews.decision,
      reviewerId: reportReviews.reviewerId,
      decidedAt: reportReviews.createdAt,
      comment: reportReviews.comment,
      fieldComments: reportReviews.fieldComments,
    })
    .from(reportReviews)
    .innerJoin(quarterlyReports, and(eq(quarterlyReports.id, reportReviews.reportId), eq(quarterlyReports.periodId, period.id)))
    .innerJoin(organizations, eq(organizations.id, quarterlyReports.organizationId))
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .where(organizationsInScope(scope, regionCode))
    .orderBy(asc(organizations.regionCode), asc(organizations.registryNo), asc(reportReviews.createdAt), asc(reportReviews.id));
  const reviewerIds = [...new Set(rows.map((r) => r.reviewerId))];
  const methodologists = new Set(
    reviewerIds.length === 0
      ? []
      : (
          await db
            .select({ userId: memberships.userId })
            .from(memberships)
            .where(and(eq(memberships.role, "methodologist"), inArray(memberships.userId, reviewerIds)))
        ).map((m) => m.userId),
  );
  return rows.map(({ reviewerId, ...r }) => ({ ...r, reviewerRole: methodologists.has(reviewerId) ? "methodologist" : "other" }));
}
