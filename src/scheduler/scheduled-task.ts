import type { QuietHours } from "../delivery/quiet-hours.js";
import type { Translate } from "../delivery/render.js";
import type { TaskDefinition } from "./scheduler.js";

/** What the configuration gives the scheduled tasks (the rest of each task is its feature's own). */
export interface TaskSettings {
  /** Both languages at enqueue time (the outbox picks the recipient's at send time). */
  translate: Translate;
  deliveryRatePerSecond: number;
  feedbackRetentionDays: number;
  /** QUIET_HOURS (null: none). */
  quietHours: QuietHours | null;
  /** DIGEST_CRON; the digest's own default when absent. */
  digestCron?: string;
  /** A log callback for a component. */
  log(component: string): (message: string, error?: unknown) => void;
}

/** A feature's cron task, fixed or built from the settings; `src/scheduler/tasks.ts` lists them. */
export type ScheduledTask = TaskDefinition | ((settings: TaskSettings) => TaskDefinition);
