import type { Translate } from "../../delivery/render.js";
import type { TaskDefinition } from "../../scheduler/scheduler.js";
import type { TaskSettings } from "../../scheduler/scheduled-task.js";
import { runWeeklyDigest } from "./weekly.js";

const HOUR = 60 * 60 * 1000;

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

export const weeklyDigestScheduled = (settings: TaskSettings): TaskDefinition =>
  weeklyDigestTask({ translate: settings.translate, cron: settings.digestCron, log: settings.log("weekly-digest") });
