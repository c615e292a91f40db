import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { quarterlyReports, reportingPeriods, users } from "../db/schema/index.js";
import { formByVersion, currentForm } from "./form/forms.js";
import type { Answers, AnswerValue, FormContext, FormDefinition } from "./form/types.js";
import { armChildren } from "./groups.js";
import { isLate, listPeriods, periodOpensAt } from "./periods.js";
import { lockReportFreeze, reportFreeze } from "../approvals/report-freeze.js";

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

/** editability with the region's approval read from the database. */
export async function reportEditability(db: Db, report: Report, period: Period, now: Date): Promise<ReturnType<typeof editability>> {
  return editability(report, period, now, (await reportFreeze(db, report.organizationId, period.id)) !== null);
}

/** Whether the report's region has approved its quarter, holding that approval until the transaction ends. */
export async function reportFrozenInTransaction(tx: Db, reportId: number): Promise<boolean> {
  const report = await getReport(tx, reportId);
  return report ? (await lockReportFreeze(tx, report.organizationId, report.periodId)) !== null : false;
}

export async function editorName(db: Db, userId: number): Promise<string | null> {
  const [row] = await db.select({ firstName: users.firstName, username: users.username }).from(users).where(eq(users.telegramId, userId));
  if (!row) return null;
  return row.firstName ?? (row.username ? `@${row.username}` : null);
}

export function formOf(report: Report): FormDefinition {
  return formByVersion(report.formVersion);
}
