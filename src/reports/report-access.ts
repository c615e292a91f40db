import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { memberships, quarterlyReports, reportSessions, reportVersions } from "../db/schema/index.js";

/**
 * Is this person a head of the organisation now? Asked at every entry into a report (open, take-over,
 * answer, edit, skip, submit): being the report's editor is not enough, since the membership may have
 * ended meanwhile (`/leave`, or leaving just that kindergarten).
 */
export async function isHeadOf(db: Db, userId: number, organizationId: number, options: { lock?: boolean } = {}): Promise<boolean> {
  const query = db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "head"), eq(memberships.organizationId, organizationId)))
    .limit(1);
  // Inside a submission: hold the membership so that a concurrent /leave waits for the submission
  // (and then erases its author), instead of the submission landing after the person has left.
  const rows = options.lock ? await query.for("share") : await query;
  return rows.length > 0;
}

/** Ends a person's report session (and their editing of that report) when they are no longer its head. */
export async function endReportSession(db: Db, userId: number, reportId: number): Promise<void> {
  await db.delete(reportSessions).where(eq(reportSessions.userId, userId));
  await db
    .update(quarterlyReports)
    .set({ editorId: null })
    .where(and(eq(quarterlyReports.id, reportId), eq(quarterlyReports.editorId, userId)));
}

/**
 * A report is its reviewer's own when they submitted any version of it or head its kindergarten now:
 * nobody accepts or returns their own report (a methodologist who also heads a kindergarten of their
 * region, or who invited themselves as its head).
 */
export async function isOwnReport(db: Db, reportId: number, userId: number): Promise<boolean> {
  const [submitted] = await db
    .select({ id: reportVersions.id })
    .from(reportVersions)
    .where(and(eq(reportVersions.reportId, reportId), eq(reportVersions.submittedBy, userId)))
    .limit(1);
  if (submitted) return true;
  const [report] = await db.select({ organizationId: quarterlyReports.organizationId }).from(quarterlyReports).where(eq(quarterlyReports.id, reportId));
  return report ? isHeadOf(db, userId, report.organizationId) : false;
}

/** SQL condition for report lists: the report is not the reviewer's own (see isOwnReport). */
export function notOwnReport(reviewerId: number) {
  return sql`not exists (select 1 from ${reportVersions} v where v.report_id = ${quarterlyReports.id} and v.submitted_by = ${reviewerId})
    and not exists (select 1 from ${memberships} m where m.user_id = ${reviewerId} and m.role = 'head' and m.organization_id = ${quarterlyReports.organizationId})`;
}
