import { runWeeklyDigest } from "../digests/weekly.js";
import type { Translate } from "../delivery/render.js";
import { DEFAULT_FEEDBACK_RETENTION_DAYS, prunePersonalData } from "../registration/retention.js";
import { runReportReminders } from "../reminders/report-reminders.js";
import { runApprovalReminders } from "../approvals/approval-reminders.js";
import { pruneProcessedUpdates } from "../updates/processed-updates.js";
import { runSeminarReminders } from "../seminars/reminders.js";
import { askParentsForChildGroup } from "../tips/ask-child.js";
import { planFollowUps } from "../tips/plan-follow-ups.js";
import { planWeek } from "../tips/plan-week.js";
import type { QuietHours } from "../delivery/quiet-hours.js";
import type { TaskDefinition } from "./scheduler.js";

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

/**
 * Reminders and escalation for the approval chain's due days (approvals/approval-reminders.ts):
 * hourly at :05, by the same current-step rule and dedup keys as the reports' reminders.
 */
export const approvalRemindersTask: TaskDefinition = {
  name: "approval-reminders",
  cron: "5 * * * *",
  catchUpWithinMs: 24 * HOUR,
  run: ({ db, now }) => runApprovalReminders(db, now),
};

/** Claims of processed updates older than a week go (Telegram redelivers for at most 24 hours): daily at 03:30. */
export const processedUpdatesPruneTask: TaskDefinition = {
  name: "processed-updates-prune",
  cron: "30 3 * * *",
  catchUpWithinMs: 24 * HOUR,
  run: ({ db, now }) => pruneProcessedUpdates(db, new Date(now.getTime() - 7 * 24 * HOUR)),
};

/**
 * Seminar reminders (24 h and 1 h before, one nudge): every 5 minutes. Each message is keyed by
 * event, start time and person, so a repeated or caught-up run tells nobody twice.
 */
export const seminarRemindersTask: TaskDefinition = {
  name: "seminar-reminders",
  cron: "*/5 * * * *",
  catchUpWithinMs: HOUR,
  run: ({ db, now }) => runSeminarReminders(db, now),
};

/**
 * Retention (README, "Personal data"): failed join attempts past their window, abandoned
 * conversation states, and feedback texts and photos older than `feedbackRetentionDays`, every
 * hour at :17 (away from the reminders on the hour). A missed hour is simply done by the next one.
 */
export function personalDataPruning(feedbackRetentionDays: number = DEFAULT_FEEDBACK_RETENTION_DAYS): TaskDefinition {
  return {
    name: "personal-data-pruning",
    cron: "17 * * * *",
    catchUpWithinMs: 0,
    run: ({ db, now }) => prunePersonalData(db, now, { feedbackRetentionDays }),
  };
}

export const personalDataPruningTask: TaskDefinition = personalDataPruning();

/** Tasks whose behaviour no setting changes (the retention task is added with the configured period). */
export const defaultTasks: TaskDefinition[] = [reportRemindersTask, approvalRemindersTask, processedUpdatesPruneTask, seminarRemindersTask];

/**
 * Weekly home activities: every day at 00:10 plans this week's activity for parents who have none
 * yet (the plan is idempotent per parent and week; a parent who joins mid-week gets theirs if their
 * chosen hour is still ahead), and asks once those who never said which group their child is in.
 * `perHour`: the share of the delivery budget the activities may take in any one hour.
 */
export function tipsPlanTask(perHour: number): TaskDefinition {
  return {
    name: "tips-plan",
    cron: "10 0 * * *",
    catchUpWithinMs: 24 * HOUR,
    run: async ({ db, now }) => ({ ...(await planWeek(db, { now, perHour })), asked: await askParentsForChildGroup(db, now) }),
  };
}

/**
 * The midweek follow-ups to the week's activity: every hour on the hour, those due in that hour
 * (none in the quiet hours; those due then go in the first hour after), within what the hour's
 * tips share has left. Each is marked on its delivery with its outbox row in one statement, so a
 * second run, a retry or a take-over after a crash adds nothing; a missed hour is caught up.
 */
export function tipsFollowUpTask(perHour: number, quietHours: QuietHours | null): TaskDefinition {
  return {
    name: "tips-follow-up",
    cron: "0 * * * *",
    catchUpWithinMs: HOUR,
    run: ({ db, now }) => planFollowUps(db, { now, perHour, quietHours }),
  };
}

/** Monday 09:00 in Asia/Almaty unless DIGEST_CRON says otherwise. */
export const WEEKLY_DIGEST_CRON = "0 9 * * 1";

/**
 * The weekly digest to coordinators and methodologists, with its chart. Rendered in both languages
 * when enqueued (the outbox picks the recipient's language at send time), so the task needs the
 * translations. A missed slot is caught up within a day; dedup keys make a second run of a week
 * add nothing. A chart that fails is logged (`log`) and the text goes without it.
 */
export function weeklyDigestTask(options: { translate: Translate; cron?: string; log?: (message: string, error?: unknown) => void }): TaskDefinition {
  return {
    name: "weekly-digest",
    cron: options.cron ?? WEEKLY_DIGEST_CRON,
    catchUpWithinMs: 24 * HOUR,
    run: ({ db, now }) => runWeeklyDigest(db, now, options.translate, { charts: options.log ? { log: options.log } : {} }),
  };
}
