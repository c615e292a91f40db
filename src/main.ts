import { run } from "@grammyjs/runner";
import type { Server } from "node:http";
import { autoRetry } from "@grammyjs/auto-retry";
import { sql } from "drizzle-orm";
import { ConfigError, httpListenAddress, opsListenAddress, parseConfig } from "./config.js";
import { openDatabase, takeOverMessage } from "./db/open.js";
import { holdLeadership } from "./db/leadership.js";
import { DataDirBusyError } from "./db/data-dir-lock.js";
import { createBot } from "./bot/create-bot.js";
import { createI18n } from "./bot/i18n.js";
import { setDefaultCommandMenu } from "./bot/command-menu.js";
import { webhookHandler } from "./bot/webhook-server.js";
import { webappHandler } from "./webapp/webapp-server.js";
import { BotTokenRejectedError, untilBotApiAnswers } from "./bot/wait-for-bot-api.js";
import { outboxDepthByPriority, outboxLagSeconds } from "./delivery/outbox-stats.js";
import { ApiReachability } from "./observability/api-reachability.js";
import { createHttpServer } from "./observability/http-server.js";
import { createLogger, logCallback, type Logger } from "./observability/logger.js";
import { createMetrics } from "./observability/metrics.js";
import { systemClock } from "./shared/clock.js";
import { startBackgroundJobs } from "./scheduler/background.js";
import { activityLibrary } from "./tips/library/activities.js";
import { syncActivityLibrary } from "./tips/library-sync.js";

const TELEGRAM_API = "https://api.telegram.org";

async function main(logger: Logger) {
  const config = parseConfig(process.env);
  logger.level = config.LOG_LEVEL;
  const cleanups: (() => Promise<void>)[] = [];
  const starting = new AbortController();
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    starting.abort(new Error(signal));
    logger.info(`${signal}: finishing in-flight updates…`);
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => logger.error({ err: error }, "shutdown step failed"));
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    onTakeOver: (previous) => logger.warn({ previous_pid: previous.pid }, takeOverMessage(config.DATA_DIR, previous)),
  });
  cleanups.push(() => database.close());
  await database.migrate();
  logger.info({ database: database.kind }, `database: ${database.kind}${database.kind === "pglite" ? ` in ${config.DATA_DIR}` : ""}, migrations applied`);
  const library = await syncActivityLibrary(database.db, activityLibrary);
  logger.info(`weekly activities: ${library.added} added, ${library.updated} updated from the library`);

  const i18n = createI18n();
  const metrics = createMetrics();
  const reachability = new ApiReachability();
  const apiRoot = config.TELEGRAM_API_ROOT ?? TELEGRAM_API;
  const bot = createBot({
    token: config.BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    deps: {
      db: database.db,
      adminIds: new Set(config.ADMIN_IDS),
      invitationTtlDays: config.INVITATION_TTL_DAYS,
      operatorName: config.PILOT_OPERATOR_NAME,
      clock: systemClock,
      i18n,
      broadcastDailyLimit: config.BROADCAST_DAILY_LIMIT,
      quietHours: config.QUIET_HOURS,
      ...(config.WEBAPP_URL ? { webappUrl: config.WEBAPP_URL } : {}),
    },
    logger,
    metrics,
    // One poller at a time (Telegram answers 409 to a second): another process's unfinished claim is a
    // dead process's. Webhook replicas run side by side: a claim in progress elsewhere is waited out.
    otherInstanceClaimStaleMs: config.BOT_MODE === "webhook" ? 60_000 : 0,
    // auto-retry would retry a network error forever, in silence (backing off up to an hour): start-up
    // calls retry through untilBotApiAnswers (which says why), the runner retries getUpdates itself.
    apiTransformers: [reachability.transformer, autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true })],
  });

  let scheduler: { isAlive(): boolean } | null = null;
  const webhook =
    config.BOT_MODE === "webhook"
      ? { path: new URL(config.WEBHOOK_URL).pathname, handle: webhookHandler(bot, { secret: config.WEBHOOK_SECRET, onError: logCallback(logger) }) }
      : undefined;
  const listen = (server: Server, address: { port: number; host: string }) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(address.port, address.host, resolve);
    });
  // Operations endpoints on their own listener (OPS_HOST, loopback by default); the public
  // listener of webhook mode serves the webhook path and nothing else.
  const operations = createHttpServer({
    operations: {
      metrics,
      health: {
        pingDatabase: async () => void (await database.db.execute(sql`select 1`)),
        telegram: () => reachability.sighting,
        schedulerAlive: () => (config.SCHEDULER_ENABLED ? (scheduler?.isAlive() ?? false) : null),
        outboxLagSeconds: () => outboxLagSeconds(database.db, systemClock()),
      },
    },
    onError: logCallback(logger),
  });
  metrics.watchOutbox({ depthByPriority: () => outboxDepthByPriority(database.db), lagSeconds: () => outboxLagSeconds(database.db, systemClock()) });
  const opsAddress = opsListenAddress(config);
  await listen(operations.server, opsAddress).catch((error: unknown) => {
    throw Object.assign(error as Error, { portVariable: "OPS_PORT" });
  });
  logger.info(`operations: GET /healthz and /metrics on ${opsAddress.host}:${opsAddress.port}`);
  cleanups.push(() => operations.close());
  // The dashboard (WEBAPP_URL) shares the public listener with the webhook, in both modes.
  const webapp = config.WEBAPP_URL
    ? webappHandler({ db: database.db, botToken: config.BOT_TOKEN, adminIds: new Set(config.ADMIN_IDS), clock: systemClock, prefix: new URL(config.WEBAPP_URL).pathname, onError: logCallback(logger) })
    : undefined;
  if (webhook || webapp) {
    const publicServer = createHttpServer({ ...(webhook ? { webhook } : {}), ...(webapp ? { webapp } : {}), onError: logCallback(logger) });
    const address = httpListenAddress(config);
    await listen(publicServer.server, address).catch((error: unknown) => {
      throw Object.assign(error as Error, { portVariable: "HTTP_PORT" });
    });
    if (webhook) logger.info(`webhook: POST ${webhook.path} on ${address.host}:${address.port}`);
    if (webapp) logger.info(`dashboard: ${webapp.prefix} on ${address.host}:${address.port} (opened from /status as ${config.WEBAPP_URL})`);
    cleanups.push(() => publicServer.close());
  }

  const reach = { logger, apiRoot, signal: starting.signal };
  logger.info(`reaching the Bot API at ${apiRoot}…`);
  // getMe directly: bot.init() would retry a network error in silence.
  bot.botInfo = await untilBotApiAnswers("getMe", () => bot.api.getMe(), reach);
  logger.info({ bot_id: bot.botInfo.id }, `reached the Bot API: bot @${bot.botInfo.username} (${config.BOT_MODE})`);
  await untilBotApiAnswers("setMyCommands", () => setDefaultCommandMenu(bot.api, i18n), reach);

  if (config.BOT_MODE === "webhook") {
    await untilBotApiAnswers("setWebhook", () => bot.api.setWebhook(config.WEBHOOK_URL, { secret_token: config.WEBHOOK_SECRET, drop_pending_updates: false }), reach);
    logger.info(`webhook registered: ${config.WEBHOOK_URL}`);
  } else {
    // Telegram allows one getUpdates poller per bot (a second gets 409 Conflict): with PostgreSQL,
    // replicas elect the one that polls; all of them send the outbox and run the scheduler.
    const startPolling = async () => {
      await untilBotApiAnswers("deleteWebhook", () => bot.api.deleteWebhook(), reach);
      const runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query", "my_chat_member"] } } });
      logger.info("polling for updates");
      return async () => {
        if (runner.isRunning()) await runner.stop();
      };
    };
    if (config.DATABASE_URL) {
      const leadership = holdLeadership({
        databaseUrl: config.DATABASE_URL,
        name: "poller",
        lead: startPolling,
        log: (message, error) => (error ? logger.warn({ err: error }, message) : logger.info(message)),
      });
      cleanups.push(() => leadership.stop());
    } else {
      cleanups.push(await startPolling()); // embedded PGlite: one process only (the data folder is locked)
    }
  }

  const background = await startBackgroundJobs({ db: database.db, config, i18n, logger, metrics, apiTransformers: [reachability.transformer] });
  scheduler = background.scheduler;
  cleanups.push(() => background.stop());
}

// The embedded database's files hold personal data: nothing this process creates is readable by
// other users, whatever umask it was started with (the image sets 077 too).
process.umask(0o077);
const logger = createLogger();
main(logger).catch((error) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.plainText()}\n`);
  } else if (error instanceof DataDirBusyError || error instanceof BotTokenRejectedError) {
    logger.fatal(error.message);
  } else if ((error as NodeJS.ErrnoException)?.code === "EADDRINUSE") {
    logger.fatal(`the port is in use: ${(error as Error).message} (set ${(error as { portVariable?: string }).portVariable ?? "OPS_PORT / HTTP_PORT"})`);
  } else if (error instanceof Error && /^SIG/.test(error.message)) {
    return; // stopped while starting: shutdown() exits
  } else {
    logger.fatal({ err: error }, "could not start");
  }
  process.exit(1);
});
