import { and, asc, eq, gte, inArray, isNull, lte, notInArray, or } from "drizzle-orm";
import { activeOrganization } from "../registration/active-organizations.js";
import type { Db } from "../db/client.js";
import { memberships, organizations, quarterlyReports, regions, reportingPeriods } from "../db/schema/index.js";
import { cancelPendingMessages, enqueueMessages } from "../delivery/outbox.js";
import type { OutboxMessage } from "../delivery/message.js";
import type { DeliveryGuard } from "../delivery/sender.js";
import { cb } from "../shared/callback-data.js";
import { DAY_MS } from "../shared/clock.js";
import { HANDED_IN_STATUSES, owesReportSql } from "../figures/report-status.js";
import { splitText } from "../shared/message-limits.js";
import { addDays, almatyDay, atAlmaty, daysBetween, formatDay } from "../shared/local-date.js";
import { currentStep, stepsRelativeTo, type ReminderStep } from "./relative-schedule.js";
import type { TaskDefinition } from "../scheduler/scheduler.js";

export const REPORT_REMINDER_KIND = "report-reminder";
/**
 * Characters of the methodologists' overdue list per message: the template around it (heading,
 * region, dates, the closing request) stays far below the remaining ~600 of Telegram's 4,096.
 */
export const OVERDUE_LIST_PART_CHARS = 3400;
export const OVERDUE_LIST_KIND = "report-overdue-list";
/** Reminders of a day become due at 10:00 Almaty and are stale from 21:00 (quiet hours). */
export const REPORT_REMINDER_HOUR = 10;
const REMINDER_WINDOW_MS = 11 * 60 * 60 * 1000;
/** The report button; the report conversation answers it. */
export const OPEN_REPORT_CALLBACK = cb.reportOpen.pack("open");

export type ReportReminderStep = "opened" | "due-7" | "due-1" | "due-0" | "overdue-1" | "overdue-3" | "overdue-5";

const headTemplates: Record<Exclude<ReportReminderStep, "overdue-5">, string> = {
  opened: "reminder-report-opened",
  "due-7": "reminder-report-due-week",
  "due-1": "reminder-report-due-tomorrow",
  "due-0": "reminder-report-due-today",
  "overdue-1": "reminder-report-overdue",
  "overdue-3": "reminder-report-overdue",
};

const dueOffsets: [DueDayStep, number][] = [
  ["due-7", -7],
  ["due-1", -1],
  ["due-0", 0],
  ["overdue-1", 1],
  ["overdue-3", 3],
  ["overdue-5", 5],
];

type Period = typeof reportingPeriods.$inferSelect;

/** The escalation of one period: opening notice, then steps relative to the due date. */
export function reportReminderSteps(period: Pick<Period, "opensOn" | "dueOn">): ReminderStep<ReportReminderStep>[] {
  return [
    ...stepsRelativeTo(atAlmaty(period.opensOn, REPORT_REMINDER_HOUR), [{ key: "opened" as const, offsetMs: 0, windowMs: REMINDER_WINDOW_MS }]),
    ...dueDaySteps(period.dueOn),
  ];
}

export type DueDayStep = Exclude<ReportReminderStep, "opened">;

/**
 * The steps around a due day (Asia/Almaty, 10:00–21:00 each): a week and a day before, on the day,
 * 1 and 3 days after, and the escalation on day +5. The one rule for every due day: the
 * kindergartens' reports and each level of the approval chain (approvals/approval-reminders.ts).
 */
export function dueDaySteps(dueOn: string): ReminderStep<DueDayStep>[] {
  return stepsRelativeTo(
    atAlmaty(dueOn, REPORT_REMINDER_HOUR),
    dueOffsets.map(([key, days]) => ({ key, offsetMs: days * DAY_MS, windowMs: REMINDER_WINDOW_MS })),
  );
}

export function reportReminderDedupKey(periodId: number, organizationId: number, step: ReportReminderStep, userId: number): string {
  return `${REPORT_REMINDER_KIND}:${periodId}:${organizationId}:${step}:${userId}`;
}

export interface ReportReminderRun {
  /** The step each period was at now (periods with no current step are left out). */
  steps: { periodId: number; step: ReportReminderStep }[];
  enqueued: number;
  cancelled: number;
}

/**
 * Enqueues the current escalation step of every open or recently due period: heads of pilot
 * kindergartens whose report is not handed in; on day +5 the region's methodologists get the list.
 * Idempotent: run it as often as you like (dedup keys per period, organisation, step and user).
 * Also cancels reminders still waiting for kindergartens that have handed in since.
 */
export async function runReportReminders(db: Db, now: Date): Promise<ReportReminderRun> {
  const today = almatyDay(now);
  const periods = await db
    .select()
    .from(reportingPeriods)
    .where(and(lte(reportingPeriods.opensOn, today), gte(reportingPeriods.dueOn, addDays(today, -6))))
    .orderBy(asc(reportingPeriods.id));
  const result: ReportReminderRun = { steps: [], enqueued: 0, cancelled: 0 };
  for (const period of periods) {
    result.cancelled += await cancelRemindersOfSubmitted(db, period.id, now);
    const step = currentStep(reportReminderSteps(period), now);
    if (!step) continue;
    result.steps.push({ periodId: period.id, step: step.key });
    const messages =
      step.key === "overdue-5" ? await overdueListMessages(db, period, today) : await headMessages(db, period, step.key, today);
    result.enqueued += await enqueueMessages(db, messages.map((m) => ({ ...m, notBefore: now })));
  }
  return result;
}

/** Call when a report is handed in: its reminders not yet sent are dropped. */
export async function cancelReportReminders(db: Db, periodId: number, organizationId: number, now: Date): Promise<number> {
  return cancelPendingMessages(
    db,
    { kind: REPORT_REMINDER_KIND, dedupPrefix: `${REPORT_REMINDER_KIND}:${periodId}:${organizationId}:` },
    now,
  );
}

/**
 * Checked by the sender right before a head's reminder goes out: the reminder of a report handed
 * in since it was enqueued is cancelled, not sent, even if nobody called cancelReportReminders.
 */
export const reportReminderGuard: DeliveryGuard = {
  kind: REPORT_REMINDER_KIND,
  async unwanted(db, rows) {
    const about = rows
      .map((r) => ({ id: r.id, organizationId: r.organizationId, periodId: Number(r.dedupKey?.split(":")[1]) }))
      .filter((r): r is { id: number; organizationId: number; periodId: number } => r.organizationId !== null && Number.isInteger(r.periodId));
    if (about.length === 0) return [];
    const handedIn = await db
      .select({ organizationId: quarterlyReports.organizationId, periodId: quarterlyReports.periodId })
      .from(quarterlyReports)
      .where(
        and(
          inArray(quarterlyReports.periodId, [...new Set(about.map((r) => r.periodId))]),
          inArray(quarterlyReports.organizationId, [...new Set(about.map((r) => r.organizationId))]),
          inArray(quarterlyReports.status, [...HANDED_IN_STATUSES]),
        ),
      );
    const done = new Set(handedIn.map((h) => `${h.periodId}:${h.organizationId}`));
    return about.filter((r) => done.has(`${r.periodId}:${r.organizationId}`)).map((r) => r.id);
  },
};

async function cancelRemindersOfSubmitted(db: Db, periodId: number, now: Date): Promise<number> {
  const submitted = await db
    .select({ id: quarterlyReports.organizationId })
    .from(quarterlyReports)
    .where(and(eq(quarterlyReports.periodId, periodId), inArray(quarterlyReports.status, [...HANDED_IN_STATUSES])));
  if (submitted.length === 0) return 0;
  return cancelPendingMessages(
    db,
    { kind: REPORT_REMINDER_KIND, dedupPrefix: `${REPORT_REMINDER_KIND}:${periodId}:`, organizationIds: submitted.map((s) => s.id) },
    now,
  );
}

/** Pilot organisations that owe the period's report and have not handed it in. */
function notSubmitted(period: Period) {
  return {
    join: and(eq(quarterlyReports.organizationId, organizations.id), eq(quarterlyReports.periodId, period.id)),
    where: and(
      activeOrganization,
      owesReportSql(period),
      or(isNull(quarterlyReports.id), notInArray(quarterlyReports.status, [...HANDED_IN_STATUSES])),
    ),
  };
}

function periodParams(period: Period) {
  return { year: String(period.year), quarter: String(period.quarter), dueDate: formatDay(period.dueOn) };
}

async function headMessages(db: Db, period: Period, step: Exclude<ReportReminderStep, "overdue-5">, today: string): Promise<OutboxMessage[]> {
  const pending = notSubmitted(period);
  const heads = await db
    .select({ userId: memberships.userId, organizationId: organizations.id, organization: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(quarterlyReports, pending.join)
    .where(and(eq(memberships.role, "head"), pending.where))
    .orderBy(asc(organizations.id), asc(memberships.userId));
  const overdueDays = daysBetween(period.dueOn, today);
  return heads.map((h) => ({
    chatId: h.userId,
    organizationId: h.organizationId,
    kind: REPORT_REMINDER_KIND,
    templateKey: headTemplates[step],
    params: { ...periodParams(period), organization: h.organization, ...(step.startsWith("overdue") ? { days: overdueDays } : {}) },
    buttons: [{ textKey: "reminder-button-open-report", callbackData: OPEN_REPORT_CALLBACK }],
    dedupKey: reportReminderDedupKey(period.id, h.organizationId, step, h.userId),
  }));
}

async function overdueListMessages(db: Db, period: Period, today: string): Promise<OutboxMessage[]> {
  const pending = notSubmitted(period);
  const overdue = await db
    .select({ id: organizations.id, name: organizations.name, registryNo: organizations.registryNo, regionCode: organizations.regionCode })
    .from(organizations)
    .leftJoin(quarterlyReports, pending.join)
    .where(pending.where)
    .orderBy(asc(organizations.regionCode), asc(organizations.registryNo));
  if (overdue.length === 0) return [];
  const regionCodes = [...new Set(overdue.map((o) => o.regionCode))];
  const [methodologists, regionRows] = await Promise.all([
    db
      .select({ userId: memberships.userId, regionCode: memberships.regionCode })
      .from(memberships)
      .where(and(eq(memberships.role, "methodologist"), inArray(memberships.regionCode, regionCodes))),
    db.select().from(regions).where(inArray(regions.code, regionCodes)),
  ]);
  const messages: OutboxMessage[] = [];
  for (const m of methodologists) {
    const region = regionRows.find((r) => r.code === m.regionCode)!;
    const list = overdue.filter((o) => o.regionCode === m.regionCode);
    const base = {
      ...periodParams(period),
      region: { kk: region.nameKk, ru: region.nameRu },
      days: daysBetween(period.dueOn, today),
    };
    // A region's list can be longer than one message: the first part carries the heading and the
    // count, the rest follow as numbered continuations, each well within Telegram's 4,096 characters.
    const parts = splitText(list.map((o) => `• №${o.registryNo} ${o.name}`).join("\n"), OVERDUE_LIST_PART_CHARS);
    const dedupKey = `${REPORT_REMINDER_KIND}:${period.id}:region-${m.regionCode}:overdue-5:${m.userId}`;
    parts.forEach((organizationsPart, i) => {
      messages.push({
        chatId: m.userId,
        kind: OVERDUE_LIST_KIND,
        templateKey: i === 0 ? "reminder-report-overdue-methodologists" : "ux-reminder-overdue-list-continued",
        params: { ...base, count: list.length, organizations: organizationsPart, part: i + 1, parts: parts.length },
        dedupKey: i === 0 ? dedupKey : `${dedupKey}:part-${i + 1}`,
      });
    });
  }
  return messages;
}

const HOUR = 60 * 60 * 1000;

/**
 * Quarterly report reminders: every hour on the hour. The service enqueues only the step that is
 * current (10:00–21:00 on its day), so an hourly run doubles as a retry and the catch-up of a
 * missed hour is harmless.
 */
export const reportRemindersTask: TaskDefinition = {
  name: "report-reminders",
  cron: "0 * * * *",
  catchUpWithinMs: 24 * HOUR,
  run: ({ db, now }) => runReportReminders(db, now),
};
