import { runReportReminders } from "../reminders/report-reminders.js";
import { runSeminarReminders } from "../seminars/reminders.js";
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
 * Seminar reminders (24 h and 1 h before, one nudge): every 5 minutes. Each message is keyed by
 * event, start time and person, so a repeated or caught-up run tells nobody twice.
 */
export const seminarRemindersTask: TaskDefinition = {
  name: "seminar-reminders",
  cron: "*/5 * * * *",
  catchUpWithinMs: HOUR,
  run: ({ db, now }) => runSeminarReminders(db, now),
};

export const defaultTasks: TaskDefinition[] = [reportRemindersTask, seminarRemindersTask];
