import { run } from "@grammyjs/runner";
import { autoRetry } from "@grammyjs/auto-retry";
import { webhookCallback } from "grammy";
import { createServer } from "node:http";
import { ConfigError, parseConfig } from "./config.js";
import { openDatabase } from "./db/open.js";
import { DataDirBusyError } from "./db/data-dir-lock.js";
import { createBot } from "./bot/create-bot.js";
import { createI18n } from "./bot/i18n.js";
import { setDefaultCommandMenu } from "./bot/command-menu.js";
import { systemClock } from "./shared/clock.js";

async function main() {
  const config = parseConfig(process.env);
  const database = openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  await database.migrate();
  console.log(`database: ${database.kind}${database.kind === "pglite" ? ` in ${config.DATA_DIR}` : ""}, migrations applied`);

  const i18n = createI18n();
  const bot = createBot({
    token: config.BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    deps: {
      db: database.db,
      adminIds: new Set(config.ADMIN_IDS),
      invitationTtlDays: config.INVITATION_TTL_DAYS,
      clock: systemClock,
      i18n,
    },
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  await bot.init();
  await setDefaultCommandMenu(bot.api, i18n);
  console.log(`bot @${bot.botInfo.username} (${config.BOT_MODE})`);

  let stop: () => Promise<void>;
  if (config.BOT_MODE === "webhook") {
    const handle = webhookCallback(bot, "http", { secretToken: config.WEBHOOK_SECRET });
    const inFlight = new Set<Promise<unknown>>();
    const server = createServer((req, res) => {
      if (req.method === "GET" && req.url === "/healthz") {
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true }));
        return;
      }
      if (req.method === "POST" && req.url === new URL(config.WEBHOOK_URL).pathname) {
        const p = handle(req, res).catch((e) => console.error("webhook", e));
        inFlight.add(p);
        void p.finally(() => inFlight.delete(p));
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(config.WEBHOOK_PORT, config.WEBHOOK_HOST, resolve));
    await bot.api.setWebhook(config.WEBHOOK_URL, { secret_token: config.WEBHOOK_SECRET, drop_pending_updates: false });
    console.log(`webhook listening on ${config.WEBHOOK_HOST}:${config.WEBHOOK_PORT}`);
    stop = async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...inFlight]);
    };
  } else {
    await bot.api.deleteWebhook();
    const runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "callback_query", "my_chat_member"] } } });
    stop = async () => {
      if (runner.isRunning()) await runner.stop();
    };
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight updates…`);
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
