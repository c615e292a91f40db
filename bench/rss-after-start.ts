/** Prints the resident memory of a process that has done what `npm start` does before polling. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBot } from "../src/bot/create-bot.js";
import { createI18n } from "../src/bot/i18n.js";
import { openDatabase } from "../src/db/open.js";
import { testBotInfo } from "../testing/fake-telegram.js";

const [kind, url] = process.argv.slice(2);
const dataDir = mkdtempSync(join(tmpdir(), "erte-rss-"));
const database = await openDatabase({ databaseUrl: kind === "postgres" ? url || undefined : undefined, dataDir });
await database.migrate();
createBot({
  token: "1:abcdefghijklmnopqrstuvwxyz",
  botInfo: testBotInfo,
  deps: { db: database.db, adminIds: new Set(), invitationTtlDays: 14, clock: () => new Date(), i18n: createI18n() },
});
global.gc?.();
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const { rss, heapUsed } = process.memoryUsage();
console.log(`rss ${mb(rss)} (JS heap ${mb(heapUsed)})`);
await database.close();
rmSync(dataDir, { recursive: true, force: true });
