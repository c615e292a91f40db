import { approvalRemindersTask } from "../approvals/approval-reminders.js";
import { weeklyDigestScheduled } from "../outputs/digests/weekly-task.js";
import { personalDataPruning } from "../registration/retention.js";
import { reportRemindersTask } from "../reminders/report-reminders.js";
import { seminarRemindersTask } from "../seminars/reminders.js";
import { tipsFollowUpScheduled, tipsPlanScheduled } from "../tips/plan-task.js";
import { processedUpdatesPruneTask } from "../updates/processed-updates.js";
import type { ScheduledTask, TaskSettings } from "./scheduled-task.js";
import type { TaskDefinition } from "./scheduler.js";

/**
 * Every cron task, each defined in its feature's folder. A feature with work on a schedule joins by
 * adding its task here — `background.ts` and the scheduler do not change.
 */
export const taskRegistry: ScheduledTask[] = [
  reportRemindersTask,
  approvalRemindersTask,
  processedUpdatesPruneTask,
  seminarRemindersTask,
  (settings) => personalDataPruning(settings.feedbackRetentionDays),
  tipsPlanScheduled,
  tipsFollowUpScheduled,
  weeklyDigestScheduled,
];

export function scheduledTasks(settings: TaskSettings): TaskDefinition[] {
  return taskRegistry.map((task) => (typeof task === "function" ? task(settings) : task));
}
