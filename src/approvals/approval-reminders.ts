import { and, asc, eq, gte, inArray, lte } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { approvalDueDays, regionApprovals, regions, reportingPeriods } from "../db/schema/index.js";
import { enqueueMessages } from "../delivery/outbox.js";
import type { LocalizedText, OutboxMessage } from "../delivery/message.js";
import type { DeliveryGuard } from "../delivery/sender.js";
import type { TaskDefinition } from "../scheduler/scheduler.js";
import { currentStep } from "../reminders/relative-schedule.js";
import { dueDaySteps, type DueDayStep } from "../reminders/report-reminders.js";
import { addDays, almatyDay, daysBetween, formatDay } from "../shared/local-date.js";
import { sortRegionsByName } from "../shared/region-order.js";
import { approvalLevels, hasApproved, levelAbove, levelMembers, type ApprovalLevel } from "./approval-levels.js";
import { listRegionApprovals } from "./region-approvals.js";

/**
 * Reminders and escalation for the approval chain's due days (approval-due-days.ts), by the
 * kindergartens' rule (reminders/report-reminders.ts: a week and a day before, on the day, 1 and 3
 * days after, escalation to the level above on day +5):
 * - centre: the region's methodologists, while the centre has not approved; escalation to the
 *   region's coordinators;
 * - department: the region's coordinators, while the department has not approved; escalation to
 *   the national coordinators (one list of the late regions);
 * - institute: the national coordinators, one list of the regions the departments approved and the
 *   Institute has not accepted (no level above it).
 * A region that has approved at a level gets nothing more for it; a reminder queued before the
 * approval is cancelled at send time (approvalReminderGuard). Each step once per person (dedup keys).
 */
export const APPROVAL_REMINDER_KIND = "approval-reminder";

type Pending = { code: string; name: LocalizedText };

/** Regions a level's reminder is about: not yet approved at it (the Institute: sent up to it and not accepted). */
export function pendingAt(level: ApprovalLevel, approved: ApprovalLevel | null): boolean {
  if (level === "institute") return approved === "department";
  return !hasApproved(approved, level);
}

/** `approval-reminder:<period>:<level>:<region|country>:<step>:<user>` (the guard reads it back). */
export function approvalReminderDedupKey(periodId: number, level: ApprovalLevel, where: string, step: DueDayStep, userId: number): string {
  return `${APPROVAL_REMINDER_KIND}:${periodId}:${level}:${where}:${step}:${userId}`;
}

export interface ApprovalReminderRun {
  steps: { periodId: number; level: ApprovalLevel; step: DueDayStep }[];
  enqueued: number;
}

/** Enqueues the current step of every level whose due day is near; idempotent (run it hourly). */
export async function runApprovalReminders(db: Db, now: Date): Promise<ApprovalReminderRun> {
  const today = almatyDay(now);
  const dueRows = await db
    .select({ periodId: approvalDueDays.periodId, level: approvalDueDays.level, dueOn: approvalDueDays.dueOn, year: reportingPeriods.year, quarter: reportingPeriods.quarter })
    .from(approvalDueDays)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, approvalDueDays.periodId))
    .where(and(gte(approvalDueDays.dueOn, addDays(today, -6)), lte(approvalDueDays.dueOn, addDays(today, 8))))
    .orderBy(asc(approvalDueDays.periodId), asc(approvalDueDays.level));
  const result: ApprovalReminderRun = { steps: [], enqueued: 0 };
  if (dueRows.length === 0) return result;
  const regionRows = await db.select().from(regions);
  for (const due of dueRows) {
    const step = currentStep(dueDaySteps(due.dueOn), now);
    if (!step) continue;
    result.steps.push({ periodId: due.periodId, level: due.level, step: step.key });
    const approvals = new Map((await listRegionApprovals(db, due.periodId)).map((r) => [r.regionCode, r.level]));
    const pending: Pending[] = sortRegionsByName(regionRows, "ru", (r) => ({ kk: r.nameKk, ru: r.nameRu }))
      .filter((r) => pendingAt(due.level, approvals.get(r.code) ?? null))
      .map((r) => ({ code: r.code, name: { kk: r.nameKk, ru: r.nameRu } }));
    if (pending.length === 0) continue;
    const base = {
      year: String(due.year),
      quarter: String(due.quarter),
      dueDate: formatDay(due.dueOn),
      days: Math.abs(daysBetween(due.dueOn, today)),
      when: step.key === "due-0" ? "today" : step.key.startsWith("due") ? "before" : "overdue",
    };
    const messages = step.key === "overdue-5" ? await escalation(db, due, pending, base) : await reminders(db, due, step.key, pending, base);
    result.enqueued += await enqueueMessages(db, messages.map((m) => ({ ...m, notBefore: now })));
  }
  return result;
}

type Due = { periodId: number; level: ApprovalLevel };
type Base = Record<string, string | number>;

/** Before, on and after the due day: the level's own people. */
async function reminders(db: Db, due: Due, step: DueDayStep, pending: Pending[], base: Base): Promise<OutboxMessage[]> {
  const templateKey = `approval-reminder-${due.level}`;
  if (due.level === "institute") return countryList(db, due, "institute", step, templateKey, pending, base);
  return perRegion(db, due, due.level, step, templateKey, pending, base);
}

/** Day +5: the level above, about the regions still waiting at this level. */
async function escalation(db: Db, due: Due, pending: Pending[], base: Base): Promise<OutboxMessage[]> {
  const above = levelAbove(due.level);
  if (!above) return [];
  const templateKey = `approval-escalation-${due.level}`;
  if (above === "institute") return countryList(db, due, above, "overdue-5", templateKey, pending, base);
  return perRegion(db, due, above, "overdue-5", templateKey, pending, base);
}

async function perRegion(db: Db, due: Due, recipients: ApprovalLevel, step: DueDayStep, templateKey: string, pending: Pending[], base: Base): Promise<OutboxMessage[]> {
  const messages: OutboxMessage[] = [];
  for (const region of pending) {
    for (const chatId of await levelMembers(db, recipients, region.code)) {
      messages.push({
        chatId,
        kind: APPROVAL_REMINDER_KIND,
        templateKey,
        params: { ...base, region: region.name },
        dedupKey: approvalReminderDedupKey(due.periodId, due.level, region.code, step, chatId),
      });
    }
  }
  return messages;
}

async function countryList(db: Db, due: Due, recipients: ApprovalLevel, step: DueDayStep, templateKey: string, pending: Pending[], base: Base): Promise<OutboxMessage[]> {
  const names = { kk: pending.map((r) => r.name.kk).join(", "), ru: pending.map((r) => r.name.ru).join(", ") };
  return (await levelMembers(db, recipients, "")).map((chatId) => ({
    chatId,
    kind: APPROVAL_REMINDER_KIND,
    templateKey,
    params: { ...base, count: pending.length, regions: names },
    dedupKey: approvalReminderDedupKey(due.periodId, due.level, "country", step, chatId),
  }));
}

/**
 * Right before a reminder goes out: one about a region that has approved at its level since it was
 * queued is cancelled; a country list is cancelled when no region waits at its level any more.
 */
export const approvalReminderGuard: DeliveryGuard = {
  kind: APPROVAL_REMINDER_KIND,
  async unwanted(db, rows) {
    const parsed = rows.flatMap((r) => {
      const [, period, level, where] = r.dedupKey?.split(":") ?? [];
      const periodId = Number(period);
      if (!Number.isInteger(periodId) || !(approvalLevels as readonly string[]).includes(level ?? "") || !where) return [];
      return [{ id: r.id, periodId, level: level as ApprovalLevel, where }];
    });
    if (parsed.length === 0) return [];
    const periodIds = [...new Set(parsed.map((p) => p.periodId))];
    const rowsOf = await db.select({ periodId: regionApprovals.periodId, regionCode: regionApprovals.regionCode, level: regionApprovals.level }).from(regionApprovals).where(inArray(regionApprovals.periodId, periodIds));
    const approved = new Map(rowsOf.map((r) => [`${r.periodId}:${r.regionCode}`, r.level]));
    const allRegions = (await db.select({ code: regions.code }).from(regions)).map((r) => r.code);
    const stillPending = (periodId: number, level: ApprovalLevel, code: string) => pendingAt(level, approved.get(`${periodId}:${code}`) ?? null);
    return parsed
      .filter((p) => (p.where === "country" ? !allRegions.some((code) => stillPending(p.periodId, p.level, code)) : !stillPending(p.periodId, p.level, p.where)))
      .map((p) => p.id);
  },
};

/** Hourly at :05, by the same current-step rule and dedup keys as the reports' reminders. */
export const approvalRemindersTask: TaskDefinition = {
  name: "approval-reminders",
  cron: "5 * * * *",
  catchUpWithinMs: 24 * 60 * 60 * 1000,
  run: ({ db, now }) => runApprovalReminders(db, now),
};
