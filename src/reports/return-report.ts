import { and, count, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { quarterlyReports, reportReviews, reportVersions } from "../db/schema/index.js";
import { isOwnReport } from "./report-access.js";
import { reportFrozenInTransaction } from "./report-draft.js";

/** Returns a submitted report with comments on particular fields; the head is walked through exactly those. */
export async function returnReport(
  db: Db,
  input: { reportId: number; reviewerId: number; fieldComments: Record<string, string>; comment: string | null; now: Date },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (await isOwnReport(tx, input.reportId, input.reviewerId)) return false;
    if (await reportFrozenInTransaction(tx, input.reportId)) return false;
    const done = await tx
      .update(quarterlyReports)
      .set({ status: "returned", returnedFields: input.fieldComments, updatedAt: input.now })
      .where(and(eq(quarterlyReports.id, input.reportId), eq(quarterlyReports.status, "submitted")))
      .returning({ id: quarterlyReports.id });
    if (done.length === 0) return false;
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(reportVersions).where(eq(reportVersions.reportId, input.reportId));
    await tx.insert(reportReviews).values({
      reportId: input.reportId,
      version: n,
      reviewerId: input.reviewerId,
      decision: "returned",
      comment: input.comment,
      fieldComments: input.fieldComments,
      createdAt: input.now,
    });
    return true;
  });
}
