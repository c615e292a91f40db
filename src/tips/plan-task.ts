import type { QuietHours } from "../delivery/quiet-hours.js";
import type { TaskDefinition } from "../scheduler/scheduler.js";
import type { TaskSettings } from "../scheduler/scheduled-task.js";
import { askParentsForChildGroup } from "./ask-child.js";
import { planFollowUps } from "./plan-follow-ups.js";
import { planWeek } from "./plan-week.js";

const HOUR = 60 * 60 * 1000;

/** Weekly activities may take half the delivery budget in any hour; the rest stays free for everything else. */
export const TIPS_SHARE_OF_BUDGET = 0.5;

/**
 * Weekly home activities: every day at 00:10 plans this week's activity for parents who have none
 * yet (the plan is idempotent per parent and week; a parent who joins mid-week gets theirs if their
 * chosen hour is still ahead), and asks once those who never said which group their child is in.
 * `perHour`: the share of the delivery budget the activities may take in any one hour; they go
 * only in the whole hours outside `quietHours` (QUIET_HOURS; 21:00–08:00 when not given).
 */
export function tipsPlanTask(perHour: number, quietHours?: QuietHours | null): TaskDefinition {
  return {
    name: "tips-plan",
    cron: "10 0 * * *",
    catchUpWithinMs: 24 * HOUR,
    run: async ({ db, now }) => ({
      ...(await planWeek(db, { now, perHour, ...(quietHours !== undefined ? { quietHours } : {}) })),
      asked: await askParentsForChildGroup(db, now),
    }),
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

const tipsPerHour = (settings: TaskSettings): number => TIPS_SHARE_OF_BUDGET * settings.deliveryRatePerSecond * 3600;

/** The plan's task with its share of the configured delivery rate. */
export const tipsPlanScheduled = (settings: TaskSettings): TaskDefinition => tipsPlanTask(tipsPerHour(settings), settings.quietHours);

/** The follow-ups' task within the same share, outside the configured quiet hours. */
export const tipsFollowUpScheduled = (settings: TaskSettings): TaskDefinition => tipsFollowUpTask(tipsPerHour(settings), settings.quietHours);
