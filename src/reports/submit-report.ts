import { and, count, eq, inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { quarterlyReports, reportSessions, reportVersions } from "../db/schema/index.js";
import { formByVersion } from "./form/forms.js";
import { missingForSubmission, pruneAnswers } from "./form/rules.js";
import type { Answers, FieldDef } from "./form/types.js";
import { isHeadOf } from "./report-access.js";
import { getPeriod, isLate } from "./periods.js";
import { formContextFor, getReport, reportEditability } from "./report-draft.js";
import { lockReportFreeze } from "../approvals/report-freeze.js";

export type SubmitResult =
  | { ok: true; version: number; late: boolean }
  | { ok: false; reason: "incomplete"; missing: FieldDef[] }
  | { ok: false; reason: "rules"; messages: { key: string; params: Record<string, number> }[] }
  | { ok: false; reason: "accepted" | "deadline-passed" | "approved" | "gone" | "not-head" };

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
