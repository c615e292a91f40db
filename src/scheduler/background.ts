import type { I18n } from "@grammyjs/i18n";
import { Api, type Transformer } from "grammy";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { createRenderer } from "../delivery/render.js";
import { Sender } from "../delivery/sender.js";
import { telegramSendMessage } from "../delivery/telegram.js";
import { reportReminderGuard } from "../reminders/report-reminders.js";
import { approvalReminderGuard } from "../approvals/approval-reminders.js";
import { seminarReminderGuard } from "../seminars/reminders.js";
import { Scheduler } from "./scheduler.js";
import { defaultTasks, personalDataPruning, tipsFollowUpTask, tipsPlanTask, weeklyDigestTask } from "./tasks.js";
import { tipFollowUpGuard, tipGuard } from "../tips/tip-guard.js";
import { logCallback, type Logger } from "../observability/logger.js";
import type { Metrics } from "../observability/metrics.js";

/** Weekly activities may take half the delivery budget in any hour; the rest stays free for everything else. */
const TIPS_SHARE_OF_BUDGET = 0.5;

/**
 * Starts the outbox sender and, unless disabled, the scheduler; `stop()` ends both gracefully
 * (runs in progress finish, claimed but unsent messages are handed back) before the database closes.
 * The sender uses an `Api` of its own without auto-retry: it must see 429 to pause globally.
 */
export async function startBackgroundJobs(options: {
  db: Db;
  config: Pick<Config, "BOT_TOKEN" | "TELEGRAM_API_ROOT" | "DELIVERY_RATE_PER_SECOND" | "QUIET_HOURS" | "SCHEDULER_ENABLED" | "DIGEST_CRON" | "FEEDBACK_RETENTION_DAYS">;
  i18n: Pick<I18n, "t">;
  logger: Logger;
  metrics?: Metrics;
  /** Transformers that only observe (e.g. Bot API reachability): no auto-retry here. */
  apiTransformers?: Transformer[];
}): Promise<{ scheduler: Scheduler | null; stop(): Promise<void> }> {
  const { db, config, i18n, logger, metrics } = options;
  const api = new Api(config.BOT_TOKEN, config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : undefined);
  for (const transformer of options.apiTransformers ?? []) api.config.use(transformer);
  const sender = new Sender({
    db,
    send: telegramSendMessage(api, db),
    render: createRenderer((locale, key, params) => i18n.t(locale, key, params)),
    ratePerSecond: config.DELIVERY_RATE_PER_SECOND,
    quietHours: config.QUIET_HOURS,
    guards: [reportReminderGuard, approvalReminderGuard, seminarReminderGuard, tipGuard, tipFollowUpGuard],
    log: logCallback(logger.child({ component: "sender" })),
  });
  metrics?.watchSender(sender.stats);
  sender.start();
  const translate = (locale: "kk" | "ru", key: string, params?: Record<string, string | number>) => i18n.t(locale, key, params);
  const tasks = [
    ...defaultTasks,
    personalDataPruning(config.FEEDBACK_RETENTION_DAYS),
    tipsPlanTask(TIPS_SHARE_OF_BUDGET * config.DELIVERY_RATE_PER_SECOND * 3600),
    tipsFollowUpTask(TIPS_SHARE_OF_BUDGET * config.DELIVERY_RATE_PER_SECOND * 3600, config.QUIET_HOURS),
    weeklyDigestTask({ translate, cron: config.DIGEST_CRON, log: logCallback(logger.child({ component: "weekly-digest" })) }),
  ];
  const scheduler = config.SCHEDULER_ENABLED
    ? new Scheduler({
        db,
        tasks,
        log: logCallback(logger.child({ component: "scheduler" })),
        onRun: metrics?.schedulerRun,
      })
    : null;
  await scheduler?.start();
  logger.info(
    `sender: ${config.DELIVERY_RATE_PER_SECOND} msg/s, quiet hours ${config.QUIET_HOURS ? "on" : "off"}; scheduler ${scheduler ? "on" : "off"}`,
  );
  return {
    scheduler,
    async stop() {
      await scheduler?.stop();
      await sender.stop();
    },
  };
}
