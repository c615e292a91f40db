/**
 * Section "bot" of `npm run bench`: /start of a registered user and a join through an invitation, on PGlite and on
 * PostgreSQL, beside a bare grammY bot answering the same updates through the same fake fetch in
 * the same process (the framework's floor). Then the bot's resident memory after start, measured
 * in fresh child processes.
 *
 * BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres) is used to create and drop a
 * scratch database. BENCH_N sets the number of updates per scenario.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Bot } from "grammy";
import postgres from "postgres";
import { createBot } from "../src/bot/create-bot.js";
import { createI18n } from "../src/bot/i18n.js";
import { connectPglite, connectPostgres, type Database } from "../src/db/client.js";
import { users } from "../src/db/schema/index.js";
import { createInvitation } from "../src/registration/invitations.js";
import { findOrganizationByRegistryNo } from "../src/registration/registry.js";
import { createFakeTelegram, testBotInfo } from "../testing/fake-telegram.js";
import { callbackQuery, textMessage, type TestUser } from "../testing/updates.js";
import { measure, printTable, type Scenario } from "./lib.js";

const N = Number(process.env.BENCH_N ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const LATENCY_N = Math.max(100, Math.floor(N / 4));
const TOTAL = N + LATENCY_N;
const PG_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** BENCH_PGLITE=0: PostgreSQL and the bare bot only (no PGlite rows, no memory figures). */
const WITH_PGLITE = process.env.BENCH_PGLITE !== "0";
/** Every statement the bot's database handles receive (BEGIN and COMMIT included): round trips. */
let statements = 0;
const countStatement = () => void statements++;
const TOKEN = "123456789:BENCH-token_abcdefghijklmnopqrstuvwxyz";

function leanFetch() {
  const telegram = createFakeTelegram();
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await telegram.fetch(input, init);
    telegram.clear();
    return response;
  };
  return fetch;
}

function benchUsers(count: number, base: number): TestUser[] {
  return Array.from({ length: count }, (_, i) => ({ id: base + i, first_name: `U${i}`, language_code: "kk" }));
}

/** The same job twice: sequentially on the first LATENCY_N items (latency), then concurrently (throughput). */
async function scenario(label: string, job: (i: number) => Promise<number>): Promise<Scenario> {
  const before = statements;
  const latency = await measure(label, LATENCY_N, 1, job);
  const throughput = await measure(label, N, CONCURRENCY, (i) => job(LATENCY_N + i));
  return { label, latency, throughput, queriesPerUpdate: (statements - before) / (latency.updates + throughput.updates) };
}

async function bareBaseline(): Promise<Scenario> {
  const bot = new Bot(TOKEN, { botInfo: testBotInfo, client: { fetch: leanFetch() } });
  bot.command("start", (ctx) => ctx.reply("Сәлеметсіз бе!"));
  const people = benchUsers(TOTAL, 1_000_000);
  for (let i = 0; i < 200; i++) await bot.handleUpdate(textMessage(people[i]!, "/start"));
  return scenario("bare grammY: /start → one reply", async (i) => {
    await bot.handleUpdate(textMessage(people[i]!, "/start"));
    return 1;
  });
}

async function scenarios(database: Database, label: string): Promise<Scenario[]> {
  const { db } = database;
  const bot = createBot({
    token: TOKEN,
    botInfo: testBotInfo,
    fetch: leanFetch(),
    deps: { db, adminIds: new Set(), invitationTtlDays: 14, clock: () => new Date(), i18n: createI18n() },
    log: (m, e) => console.error(m, e),
  });
  const base = 2_000_000;
  const people = benchUsers(TOTAL, base);
  // Registered users who chose their language and were last seen yesterday, so their /start
  // also pays for refreshing last_seen_at (a write and a commit), as a returning user's first update does.
  const yesterday = new Date(Date.now() - 86_400_000);
  for (let i = 0; i < people.length; i += 500) {
    await db
      .insert(users)
      .values(people.slice(i, i + 500).map((p) => ({ telegramId: p.id, language: "kk" as const, languageConfirmed: true, lastSeenAt: yesterday })));
  }
  const org = (await findOrganizationByRegistryNo(db, 11))!;
  const tokens: string[] = [];
  for (let i = 0; i < TOTAL; i++) {
    tokens.push((await createInvitation(db, { target: { role: "head", organizationId: org.id }, createdBy: null, ttlDays: 14, now: new Date() })).token);
  }
  for (let i = 0; i < 50; i++) await bot.handleUpdate(textMessage(people[i]!, "/help")); // warm-up
  const start = await scenario(`${label}: /start of a registered user`, async (i) => {
    await bot.handleUpdate(textMessage(people[i]!, "/start"));
    return 1;
  });
  // A line typed with no dialog waiting for it: the fallback answers (what every typed message pays to be routed).
  const typed = await scenario(`${label}: a typed line, no dialog waiting`, async (i) => {
    await bot.handleUpdate(textMessage(people[i]!, "сәлем"));
    return 1;
  });
  const join = await scenario(`${label}: join (/start <invitation> + confirm)`, async (i) => {
    await bot.handleUpdate(textMessage(people[i]!, `/start ${tokens[i]}`));
    await bot.handleUpdate(callbackQuery(people[i]!, `join:${tokens[i]}`));
    return 2;
  });
  return [start, typed, join];
}

export async function withPostgres<T>(fn: (database: Database) => Promise<T>): Promise<T | null> {
  const name = `erte_bench_${randomBytes(4).toString("hex")}`;
  let admin;
  try {
    admin = postgres(PG_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } catch (e) {
    console.log(`PostgreSQL not reachable at ${PG_URL}: ${(e as Error).message}; skipping`);
    await admin?.end();
    return null;
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const database = connectPostgres(url.toString(), { max: 10, onQuery: countStatement });
  try {
    await database.migrate();
    return await fn(database);
  } finally {
    await database.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

function rssAfterStart(kind: "pglite" | "postgres", url?: string): string {
  const out = execFileSync(process.execPath, ["--import", "tsx", new URL("./rss-after-start.ts", import.meta.url).pathname, kind, url ?? ""], {
    encoding: "utf8",
  });
  return out.trim();
}

export async function runBotBench() {
  console.log(
    `bench: throughput over ${N} jobs with ${CONCURRENCY} users in flight (as the runner does); latency over ${LATENCY_N} jobs one at a time; fake fetch; Node ${process.version}\n`,
  );
  const bare = await bareBaseline();
  const rows = [bare];
  if (WITH_PGLITE) {
    const pglite = connectPglite(undefined, undefined, { onQuery: countStatement });
    await pglite.migrate();
    rows.push(...(await scenarios(pglite, "PGlite")));
    await pglite.close();
  }
  const pg = await withPostgres((database) => scenarios(database, "PostgreSQL"));
  if (pg) rows.push(...pg);
  printTable(rows, bare);
  if (!WITH_PGLITE) return;

  console.log("\nresident memory after start (fresh process: migrations applied, bot built):");
  console.log(`  PGlite (on-disk data folder): ${rssAfterStart("pglite")}`);
  const memoryPg = await withPostgres(async (database) => rssAfterStart("postgres", (database as unknown as { url?: string }).url ?? PG_URL));
  if (memoryPg) console.log(`  PostgreSQL:                   ${memoryPg}`);
}

