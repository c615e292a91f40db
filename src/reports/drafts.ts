import { and, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organizations, quarterlyReports, reportingPeriods, reportReviews, reportSessions, reportVersions, users } from "../db/schema/index.js";
import { formByVersion, currentForm } from "./form/forms.js";
import { missingForSubmission, pruneAnswers } from "./form/rules.js";
import type { Answers, AnswerValue, FieldDef, FormContext, FormDefinition } from "./form/types.js";
import { armChildren } from "./groups.js";
import { isHeadOf, isOwnReport, notOwnReport } from "./report-access.js";
import { getPeriod, isLate, listPeriods, periodOpensAt } from "./periods.js";
import { lockReportFreeze, reportFreeze } from "../approvals/report-freeze.js";

export { getPeriod };

export type Report = typeof quarterlyReports.$inferSelect;
export type Period = typeof reportingPeriods.$inferSelect;

export async function getReport(db: Db, reportId: number): Promise<Report | undefined> {
  const [row] = await db.select().from(quarterlyReports).where(eq(quarterlyReports.id, reportId));
  return row;
}

/**
 * The period a report is written for now: the latest one that has opened. After its due day it is
 * still this one (a late report is accepted and marked late) until the next period opens.
 */
export async function findReportingPeriod(db: Db, now: Date): Promise<Period | undefined> {
  return (await listPeriods(db)).filter((p) => periodOpensAt(p).getTime() <= now.getTime()).at(-1);
}

export async function formContextFor(db: Db, organizationId: number, period: Period): Promise<FormContext> {
  return { quarter: period.quarter as FormContext["quarter"], armChildren: await armChildren(db, organizationId) };
}

/** The report of an organisation for a period, created as an empty draft on first use. */
export async function ensureReport(db: Db, organizationId: number, periodId: number): Promise<Report> {
  await db
    .insert(quarterlyReports)
    .values({ organizationId, periodId, formVersion: currentForm.version })
    .onConflictDoNothing();
  const [row] = await db
    .select()
    .from(quarterlyReports)
    .where(and(eq(quarterlyReports.organizationId, organizationId), eq(quarterlyReports.periodId, periodId)));
  return row!;
}

/**
 * Can this report be changed now? Submitted ones until the deadline; returned ones always; accepted
 * never; none while its region's quarter is approved up the chain (`frozen`).
 */
export function editability(report: Report, period: Period, now: Date, frozen = false): "editable" | "accepted" | "deadline-passed" | "approved" {
  if (report.status === "accepted") return "accepted";
  if (frozen) return "approved";
  if (report.status === "submitted" && isLate(period, now)) return "deadline-passed";
  return "editable";
}

/** Merges one answer into the draft without touching the others (jsonb concatenation). */
export async function saveAnswer(db: Db, reportId: number, key: string, value: AnswerValue | null): Promise<void> {
  await db
    .update(quarterlyReports)
    .set({ answers: sql`${quarterlyReports.answers} || ${JSON.stringify({ [key]: value })}::jsonb`, updatedAt: sql`now()` })
    .where(eq(quarterlyReports.id, reportId));
}

export async function removeAnswers(db: Db, reportId: number, keys: string[]): Promise<void> {
  let expression = sql`${quarterlyReports.answers}`;
  for (const key of keys) expression = sql`(${expression} - ${key}::text)`;
  await db.update(quarterlyReports).set({ answers: expression, updatedAt: sql`now()` }).where(eq(quarterlyReports.id, reportId));
}

export async function replaceAnswers(db: Db, reportId: number, answers: Answers): Promise<void> {
  await db.update(quarterlyReports).set({ answers, updatedAt: sql`now()` }).where(eq(quarterlyReports.id, reportId));
}

export type SubmitResult =
  | { ok: true; version: number; late: boolean }
  | { ok: false; reason: "incomplete"; missing: FieldDef[] }
  | { ok: false; reason: "rules"; messages: { key: string; params: Record<string, number> }[] }
  | { ok: false; reason: "accepted" | "deadline-passed" | "approved" | "gone" | "not-head" };

/** editability with the region's approval read from the database. */
export async function reportEditability(db: Db, report: Report, period: Period, now: Date): Promise<ReturnType<typeof editability>> {
  return editability(report, period, now, (await reportFreeze(db, report.organizationId, period.id)) !== null);
}

/** Submits the draft as a new version (compare-and-set on the status), marking it late after the due day. */
export async function submitReport(db: Db, input: { reportId: number; userId: number; now: Date }): Promise<SubmitResult> {
  const report = await getReport(db, input.reportId);
  if (!report) return { ok: false, reason: "gone" };
  const period = (await getPeriod(db, report.periodId))!;
  const state = await reportEditability(db, report, period, input.now);
  if (state !== "editable") return { ok: false, reason: state };
  const form = formByVersion(report.formVersion);
  const context = await formContextFor(db, report.organizationId, period);
  const answers = pruneAnswers(form, report.answers as Answers, context);
  const { missing, violations } = missingForSubmission(form, answers, context);
  if (missing.length > 0) return { ok: false, reason: "incomplete", missing };
  if (violations.length > 0) return { ok: false, reason: "rules", messages: violations.map((v) => ({ key: v.messageKey, params: v.params })) };
  const late = isLate(period, input.now);
  return db.transaction(async (tx) => {
    // Only a head of the kindergarten, now: the membership is held until the version is written.
    if (!(await isHeadOf(tx, input.userId, report.organizationId, { lock: true }))) return { ok: false as const, reason: "not-head" as const };
    if ((await lockReportFreeze(tx, report.organizationId, report.periodId)) !== null) return { ok: false as const, reason: "approved" as const };
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(reportVersions).where(eq(reportVersions.reportId, report.id));
    const updated = await tx
      .update(quarterlyReports)
      .set({
        status: "submitted",
        answers,
        submittedAt: input.now,
        submittedLate: late,
        returnedFields: null,
        editorId: null,
        updatedAt: input.now,
      })
      .where(and(eq(quarterlyReports.id, report.id), inArray(quarterlyReports.status, ["draft", "returned", "submitted"])))
      .returning({ id: quarterlyReports.id });
    if (updated.length === 0) return { ok: false as const, reason: "accepted" as const };
    await tx.insert(reportVersions).values({
      reportId: report.id,
      version: n + 1,
      formVersion: report.formVersion,
      answers,
      submittedBy: input.userId,
      submittedAt: input.now,
      late,
    });
    await tx.delete(reportSessions).where(eq(reportSessions.reportId, report.id));
    return { ok: true as const, version: n + 1, late };
  });
}

export async function latestVersion(db: Db, reportId: number): Promise<number> {
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(reportVersions).where(eq(reportVersions.reportId, reportId));
  return n;
}

/** Whether the report's region has approved its quarter, holding that approval until the transaction ends. */
async function reportFrozenInTransaction(tx: Db, reportId: number): Promise<boolean> {
  const report = await getReport(tx, reportId);
  return report ? (await lockReportFreeze(tx, report.organizationId, report.periodId)) !== null : false;
}

/** Accepts a submitted report (only from `submitted`; a second reviewer sees it is already done). */
export async function acceptReport(db: Db, input: { reportId: number; reviewerId: number; now: Date }): Promise<boolean> {
  return db.transaction(async (tx) => {
    if (await isOwnReport(tx, input.reportId, input.reviewerId)) return false;
    if (await reportFrozenInTransaction(tx, input.reportId)) return false;
    const done = await tx
      .update(quarterlyReports)
      .set({ status: "accepted", acceptedAt: input.now, acceptedBy: input.reviewerId, updatedAt: input.now })
      .where(and(eq(quarterlyReports.id, input.reportId), eq(quarterlyReports.status, "submitted")))
      .returning({ id: quarterlyReports.id });
    if (done.length === 0) return false;
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(reportVersions).where(eq(reportVersions.reportId, input.reportId));
    await tx.insert(reportReviews).values({ reportId: input.reportId, version: n, reviewerId: input.reviewerId, decision: "accepted", createdAt: input.now });
    return true;
  });
}

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

export async function editorName(db: Db, userId: number): Promise<string | null> {
  const [row] = await db.select({ firstName: users.firstName, username: users.username }).from(users).where(eq(users.telegramId, userId));
  if (!row) return null;
  return row.firstName ?? (row.username ? `@${row.username}` : null);
}

export function formOf(report: Report): FormDefinition {
  return formByVersion(report.formVersion);
}
