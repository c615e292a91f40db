import type { I18n } from "@grammyjs/i18n";
import { Api, type Transformer } from "grammy";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { createRenderer } from "../delivery/render.js";
import { Sender } from "../delivery/sender.js";
import { telegramSendMessage } from "../delivery/telegram.js";
import { deliveryGuards } from "../delivery/guards.js";
import { Scheduler } from "./scheduler.js";
import { scheduledTasks } from "./tasks.js";
import { logCallback, type Logger } from "../observability/logger.js";
import type { Metrics } from "../observability/metrics.js";

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
    guards: deliveryGuards,
    log: logCallback(logger.child({ component: "sender" })),
  });
  metrics?.watchSender(sender.stats);
  sender.start();
  const translate = (locale: "kk" | "ru", key: string, params?: Record<string, string | number>) => i18n.t(locale, key, params);
  const tasks = scheduledTasks({
    translate,
    deliveryRatePerSecond: config.DELIVERY_RATE_PER_SECOND,
    feedbackRetentionDays: config.FEEDBACK_RETENTION_DAYS,
    quietHours: config.QUIET_HOURS,
    digestCron: config.DIGEST_CRON,
    log: (component) => logCallback(logger.child({ component })),
  });
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
