import { runReportReminders } from "../reminders/report-reminders.js";
import { pruneProcessedUpdates } from "../updates/processed-updates.js";
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


/** Claims of processed updates older than a week go (Telegram redelivers for at most 24 hours): daily at 03:30. */
export const processedUpdatesPruneTask: TaskDefinition = {
  name: "processed-updates-prune",
  cron: "30 3 * * *",
  catchUpWithinMs: 24 * HOUR,
  run: ({ db, now }) => pruneProcessedUpdates(db, new Date(now.getTime() - 7 * 24 * HOUR)),
};

export const defaultTasks: TaskDefinition[] = [reportRemindersTask, processedUpdatesPruneTask];
