import { runWeeklyDigest } from "../digests/weekly.js";
import type { Translate } from "../delivery/render.js";
import { runReportReminders } from "../reminders/report-reminders.js";
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

export const defaultTasks: TaskDefinition[] = [reportRemindersTask];

/** Monday 09:00 in Asia/Almaty unless DIGEST_CRON says otherwise. */
export const WEEKLY_DIGEST_CRON = "0 9 * * 1";

/**
 * The weekly digest to coordinators and methodologists. Rendered in both languages when enqueued
 * (the outbox picks the recipient's language at send time), so the task needs the translations.
 * A missed slot is caught up within a day; dedup keys make a second run of a week add nothing.
 */
export function weeklyDigestTask(options: { translate: Translate; cron?: string }): TaskDefinition {
  return {
    name: "weekly-digest",
    cron: options.cron ?? WEEKLY_DIGEST_CRON,
    catchUpWithinMs: 24 * HOUR,
    run: ({ db, now }) => runWeeklyDigest(db, now, options.translate),
  };
}
