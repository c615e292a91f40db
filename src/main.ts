import { run } from "@grammyjs/runner";
import { autoRetry } from "@grammyjs/auto-retry";
import { ConfigError, parseConfig } from "./config.js";
import { openDatabase } from "./db/open.js";
import { DataDirBusyError } from "./db/data-dir-lock.js";
import { createBot } from "./bot/create-bot.js";
import { createI18n } from "./bot/i18n.js";
import { setDefaultCommandMenu } from "./bot/command-menu.js";
import { createWebhookServer } from "./bot/webhook-server.js";
import { systemClock } from "./shared/clock.js";
import { startBackgroundJobs } from "./scheduler/background.js";
import { activityLibrary } from "./tips/library/activities.js";
import { syncActivityLibrary } from "./tips/library-sync.js";

async function main() {
  const config = parseConfig(process.env);
  const database = openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await database.migrate();
  console.log(`database: ${database.kind}${database.kind === "pglite" ? ` in ${config.DATA_DIR}` : ""}, migrations applied`);
  const library = await syncActivityLibrary(database.db, activityLibrary);
  console.log(`weekly activities: ${library.added} added, ${library.updated} updated from the library`);

  const i18n = createI18n();
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
    },
    apiTransformers: [autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 })],
  });
  await bot.init();
  await setDefaultCommandMenu(bot.api, i18n);
  console.log(`bot @${bot.botInfo.username} (${config.BOT_MODE})`);

  let stop: () => Promise<void>;
  if (config.BOT_MODE === "webhook") {
    const { server, close } = createWebhookServer(bot, { path: new URL(config.WEBHOOK_URL).pathname, secret: config.WEBHOOK_SECRET });
    await new Promise<void>((resolve) => server.listen(config.WEBHOOK_PORT, config.WEBHOOK_HOST, resolve));
    await bot.api.setWebhook(config.WEBHOOK_URL, { secret_token: config.WEBHOOK_SECRET, drop_pending_updates: false });
    console.log(`webhook listening on ${config.WEBHOOK_HOST}:${config.WEBHOOK_PORT}`);
    stop = close;
  } else {
    await bot.api.deleteWebhook();
    const runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query", "my_chat_member"] } } });
    stop = async () => {
      if (runner.isRunning()) await runner.stop();
    };
  }

  const background = await startBackgroundJobs({ db: database.db, config, i18n });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight updates…`);
    await background.stop();
    await stop();
    await database.close();
    console.log("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof DataDirBusyError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
