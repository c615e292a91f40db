import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client.js";
import { approvalDueDays, reportingPeriods } from "../db/schema/index.js";
import { writeAudit } from "../registration/audit.js";
import { isLate, periodFields } from "../reports/periods.js";
import { approvalLevels, type ApprovalLevel } from "./approval-levels.js";

/**
 * The day (Asia/Almaty) by which each level of the chain should have approved a period: data an
 * administrator sets, like the periods' own due days (reports/periods.ts). A level without one has
 * no deadline; "overdue" follows the same rule as the reports' (periods.isLate).
 */
export const approvalDueInputSchema = z.object({
  year: periodFields.year,
  quarter: periodFields.quarter,
  level: z.enum(approvalLevels, { error: "must be centre, department or institute" }),
  dueOn: periodFields.day,
});
export type ApprovalDueInput = z.input<typeof approvalDueInputSchema>;

export type SetApprovalDueResult = { ok: true; created: boolean } | { ok: false; reason: "no-period" | "before-period-due"; periodDueOn?: string };

/** Sets (or moves) a level's due day for a period; it cannot be before the kindergartens' due day. Audited. */
export async function setApprovalDueDay(db: Db, input: ApprovalDueInput, actorId: number | null = null): Promise<SetApprovalDueResult> {
  const data = approvalDueInputSchema.parse(input);
  const [period] = await db.select().from(reportingPeriods).where(and(eq(reportingPeriods.year, data.year), eq(reportingPeriods.quarter, data.quarter)));
  if (!period) return { ok: false, reason: "no-period" };
  if (data.dueOn < period.dueOn) return { ok: false, reason: "before-period-due", periodDueOn: period.dueOn };
  const [existing] = await db.select().from(approvalDueDays).where(and(eq(approvalDueDays.periodId, period.id), eq(approvalDueDays.level, data.level)));
  await db
    .insert(approvalDueDays)
    .values({ periodId: period.id, level: data.level, dueOn: data.dueOn })
    .onConflictDoUpdate({ target: [approvalDueDays.periodId, approvalDueDays.level], set: { dueOn: data.dueOn } });
  await writeAudit(db, {
    actorId,
    action: "approval.due_set",
    subjectId: period.id,
    details: { year: data.year, quarter: data.quarter, level: data.level, dueOn: data.dueOn, ...(existing ? { before: existing.dueOn } : {}) },
  });
  return { ok: true, created: !existing };
}

/** A period's due days per level (levels without one are absent). */
export async function approvalDueDaysOf(db: Db, periodId: number): Promise<Partial<Record<ApprovalLevel, string>>> {
  const rows = await db.select().from(approvalDueDays).where(eq(approvalDueDays.periodId, periodId)).orderBy(asc(approvalDueDays.level));
  return Object.fromEntries(rows.map((r) => [r.level, r.dueOn]));
}

/** Whether a level waiting at `now` has let its due day pass (the reports' rule: after the due day ends). */
export function isApprovalOverdue(dueOn: string | undefined, now: Date): boolean {
  return dueOn !== undefined && isLate({ dueOn }, now);
}
