import { and, eq, inArray } from "drizzle-orm";
import { kindergartenGroups, quarterlyReports, reportReviews, reportSessions, reportVersions } from "../db/schema/index.js";
import type { PersonalData } from "../registration/personal-data.js";

/**
 * Reports and groups: the person's place in a report walk goes, and nobody is its editor any more;
 * versions they submitted, reviews they made and groups they added or confirmed stay for the record
 * under the pseudonym. A head who leaves one kindergarten (and stays elsewhere) loses their place in
 * its reports' walk and their editing of them.
 */
export const reportsPersonalData: PersonalData = {
  feature: "reports",
  async erase(tx, { telegramId, pseudonym }) {
    await tx.delete(reportSessions).where(eq(reportSessions.userId, telegramId));
    await tx.update(quarterlyReports).set({ editorId: null }).where(eq(quarterlyReports.editorId, telegramId));
    await tx.update(quarterlyReports).set({ acceptedBy: pseudonym }).where(eq(quarterlyReports.acceptedBy, telegramId));
    await tx.update(reportVersions).set({ submittedBy: pseudonym }).where(eq(reportVersions.submittedBy, telegramId));
    await tx.update(reportReviews).set({ reviewerId: pseudonym }).where(eq(reportReviews.reviewerId, telegramId));
    await tx.update(kindergartenGroups).set({ createdBy: pseudonym }).where(eq(kindergartenGroups.createdBy, telegramId));
    await tx.update(kindergartenGroups).set({ armConfirmedBy: pseudonym }).where(eq(kindergartenGroups.armConfirmedBy, telegramId));
  },
  async leave(tx, telegramId, membership) {
    if (membership.role !== "head" || membership.organizationId === null) return;
    const reports = tx.select({ id: quarterlyReports.id }).from(quarterlyReports).where(eq(quarterlyReports.organizationId, membership.organizationId));
    await tx.delete(reportSessions).where(and(eq(reportSessions.userId, telegramId), inArray(reportSessions.reportId, reports)));
    await tx
      .update(quarterlyReports)
      .set({ editorId: null })
      .where(and(eq(quarterlyReports.organizationId, membership.organizationId), eq(quarterlyReports.editorId, telegramId)));
  },
};
