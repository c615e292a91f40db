/**
 * npm run bench:delivery — the delivery engine against the flood-limited Bot API double, on the
 * machine's PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * a database of its own is created and dropped). Bounded: about two minutes.
 *
 * 1. Sustained rate with the budget at 30/s and a 100,000-message backlog (double: 30/s global,
 *    1/s per chat, 30 ms latency), 429s overall and once steady; urgent messages enqueued behind
 *    the backlog and their delay until Telegram has them.
 * 2. Draining 10,000 messages: projected at 30/s from the measured rate, and measured with the
 *    budget lifted (what the engine itself can do). BENCH_DRAIN_AT_BUDGET=1 also times the real
 *    drain at 30/s against the double (about six minutes more).
 * 3. A mixed backlog (50 chats × 10 messages queued first, then 1,000 single messages): the rate
 *    while it drains, 429s, and urgent messages enqueued behind it.
 * 4. The cost of one claim (30 rows) with 1,000 and with 1,000,000 pending rows, and its plan.
 */
import { sql } from "drizzle-orm";
import { Api } from "grammy";
import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { connectPostgres, type Db } from "../src/db/client.js";
import { claimDueMessages, claimStatement, enqueueMessages } from "../src/delivery/outbox.js";
import { Sender } from "../src/delivery/sender.js";
import { telegramSendMessage } from "../src/delivery/telegram.js";
import { renderMessage } from "../testing/delivery.js";
import { TEST_TOKEN } from "../testing/test-bot.js";
import { createTelegramDouble, type TelegramDoubleOptions } from "../testing/telegram-double.js";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SUSTAIN_SECONDS = Number(process.env.BENCH_SUSTAIN_SECONDS ?? 45);
const WARMUP_SECONDS = 3;
const BUDGET = 30;

let rawClient: postgres.Sql | null = null;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number, digits = 1) => n.toFixed(digits);

async function fillPending(db: Db, count: number, firstChat: number, priority = "normal") {
  await db.execute(sql`
    insert into outbox (chat_id, kind, template_key, params, priority, not_before)
    select ${firstChat} + g, 'bench', 'common-error', '{}'::jsonb, ${priority}::delivery_priority, now() - interval '1 minute'
    from generate_series(0, ${count - 1}) g`);
  await db.execute(sql`vacuum analyze outbox`);
}

function makeSender(db: Db, ratePerSecond: number, double: TelegramDoubleOptions) {
  const telegram = createTelegramDouble(double);
  const sender = new Sender({
    db,
    send: telegramSendMessage(new Api(TEST_TOKEN, { fetch: telegram.fetch })),
    render: renderMessage,
    ratePerSecond,
    log: (m, e) => console.error(m, e ?? ""),
  });
  return { sender, telegram };
}

async function sustained(db: Db) {
  await db.execute(sql`truncate outbox`);
  await fillPending(db, 100_000, 1_000_000);
  const { sender, telegram } = makeSender(db, BUDGET, { globalPerSecond: 30, perChatPerSecond: 1, latencyMs: 30 });
  const started = Date.now();
  sender.start();
  const urgentDelays: number[] = [];
  let urgentChat = 9_000_000;
  for (let t = 5; t < SUSTAIN_SECONDS; t += 8) {
    await sleep(started + t * 1000 - Date.now());
    const chatId = urgentChat++;
    const enqueuedAt = Date.now();
    await enqueueMessages(db, [{ chatId, kind: "bench-urgent", templateKey: "common-error", priority: "urgent" }]);
    while (!telegram.delivered.some((m) => m.chatId === chatId)) await sleep(5);
    urgentDelays.push(telegram.delivered.find((m) => m.chatId === chatId)!.at - enqueuedAt);
  }
  await sleep(started + SUSTAIN_SECONDS * 1000 - Date.now());
  await sender.stop();
  const steadyFrom = started + WARMUP_SECONDS * 1000;
  const ended = Date.now();
  const steady = telegram.delivered.filter((m) => m.at >= steadyFrom);
  const rate = steady.length / ((ended - steadyFrom) / 1000);
  let worstWindow = 0;
  const times = telegram.delivered.map((m) => m.at);
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++;
    worstWindow = Math.max(worstWindow, i - j + 1);
  }
  return {
    rate,
    sent: telegram.delivered.length,
    rateLimited: telegram.rateLimited.length,
    rateLimitedSteady: telegram.rateLimited.filter((t) => t >= steadyFrom).length,
    worstWindow,
    urgentDelays,
  };
}

async function drainCeiling(db: Db) {
  await db.execute(sql`truncate outbox`);
  await fillPending(db, 10_000, 2_000_000);
  const { sender, telegram } = makeSender(db, 5000, { globalPerSecond: 1e9, perChatPerSecond: 1e9 });
  const t0 = performance.now();
  await sender.runUntilIdle();
  const seconds = (performance.now() - t0) / 1000;
  if (telegram.delivered.length !== 10_000) throw new Error(`drained ${telegram.delivered.length} of 10000`);
  return seconds;
}

/** Opt-in (BENCH_DRAIN_AT_BUDGET=1, about six minutes): time a real drain of 10,000 at 30/s. */
async function drainAtBudget(db: Db) {
  // The ceiling run's sender never stopped (runUntilIdle): forget its heartbeat, or the budget is shared with a ghost.
  await db.execute(sql`truncate outbox, delivery_senders`);
  await fillPending(db, 10_000, 5_000_000);
  const { sender, telegram } = makeSender(db, BUDGET, { globalPerSecond: 30, perChatPerSecond: 1, latencyMs: 30 });
  const t0 = performance.now();
  await sender.runUntilIdle();
  const seconds = (performance.now() - t0) / 1000;
  if (telegram.delivered.length !== 10_000) throw new Error(`drained ${telegram.delivered.length} of 10000`);
  return { seconds, rateLimited: telegram.rateLimited.length };
}

async function mixed(db: Db) {
  await db.execute(sql`truncate outbox, delivery_senders, delivery_chats`);
  // 50 chats × 10 (digests with a chart and a file, seminar changes), queued first, then 1,000 singles.
  await db.execute(sql`
    insert into outbox (chat_id, kind, template_key, params, priority, not_before)
    select 6000000 + (g % 50), 'bench', 'common-error', '{}'::jsonb, 'normal', now() - interval '2 minutes' + g * interval '1 millisecond'
    from generate_series(0, 499) g`);
  await db.execute(sql`
    insert into outbox (chat_id, kind, template_key, params, priority, not_before)
    select 7000000 + g, 'bench', 'common-error', '{}'::jsonb, 'normal', now() - interval '1 minute'
    from generate_series(0, 999) g`);
  await db.execute(sql`vacuum analyze outbox`);
  const total = 1500;
  const { sender, telegram } = makeSender(db, BUDGET, { globalPerSecond: 30, perChatPerSecond: 1, latencyMs: 30 });
  const started = Date.now();
  sender.start();
  const urgentDelays: number[] = [];
  let urgentChat = 6_000_000; // one of the crowded chats first, then fresh ones
  for (let t = 4; telegram.delivered.length < total * 0.9; t += 8) {
    await sleep(started + t * 1000 - Date.now());
    const chatId = urgentChat;
    urgentChat = urgentChat === 6_000_000 ? 9_500_000 : urgentChat + 1;
    const enqueuedAt = Date.now();
    const before = telegram.delivered.length;
    await enqueueMessages(db, [{ chatId, kind: "bench-urgent", templateKey: "common-error", priority: "urgent", dedupKey: `urgent-${t}` }]);
    while (!telegram.delivered.slice(before).some((m) => m.chatId === chatId)) await sleep(5);
    urgentDelays.push(telegram.delivered.slice(before).find((m) => m.chatId === chatId)!.at - enqueuedAt);
  }
  while (telegram.delivered.length < total + urgentDelays.length) await sleep(50);
  const drained = Date.now();
  await sender.stop();
  const times = telegram.delivered.map((m) => m.at);
  const steadyFrom = started + WARMUP_SECONDS * 1000;
  const steady = times.filter((t) => t >= steadyFrom);
  let worstWindow = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= 1000) j++;
    worstWindow = Math.max(worstWindow, i - j + 1);
  }
  // The slowest 5-second stretch after warm-up (a stall would show here, not in the average).
  let slowest5s = Infinity;
  for (let from = steadyFrom; from + 5000 <= times.at(-1)!; from += 1000) {
    slowest5s = Math.min(slowest5s, times.filter((t) => t >= from && t < from + 5000).length / 5);
  }
  return {
    seconds: (drained - started) / 1000,
    rate: steady.length / ((times.at(-1)! - steadyFrom) / 1000),
    slowest5s,
    sent: telegram.delivered.length,
    rateLimited: telegram.rateLimited.length,
    worstWindow,
    urgentDelays,
  };
}

async function claimCost(db: Db, pending: number) {
  const rounds = 300;
  const samples: number[] = [];
  for (let i = 0; i < rounds + 20; i++) {
    const t0 = performance.now();
    await db
      .transaction(async (tx) => {
        const rows = await claimDueMessages(tx, { limit: BUDGET, now: new Date(), leaseMs: 60_000, senderId: "bench" });
        if (rows.length !== BUDGET) throw new Error(`claimed ${rows.length}`);
        tx.rollback();
      })
      .catch((e) => {
        if (!String(e).includes("Rollback")) throw e;
      });
    if (i >= 20) samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const query = claimStatement(db, { limit: BUDGET, now: new Date(), leaseMs: 60_000, senderId: "bench" }).toSQL();
  const plan = (await rawClient!.unsafe(`explain ${query.sql}`, query.params as never[])) as unknown as { "QUERY PLAN": string }[];
  return {
    pending,
    median: samples[Math.floor(samples.length / 2)]!,
    p95: samples[Math.floor(samples.length * 0.95)]!,
    plan: plan.map((r) => r["QUERY PLAN"]),
  };
}

async function main() {
  const name = `erte_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = connectPostgres(url.toString(), { max: 8 });
  rawClient = postgres(url.toString(), { max: 1, onnotice: () => {} });
  const benchStarted = Date.now();
  try {
    await database.migrate();
    const db = database.db;
    console.log(`delivery benchmark on PostgreSQL (${name}), budget ${BUDGET}/s\n`);

    const s = await sustained(db);
    console.log(`sustained, 100,000-message backlog, ${SUSTAIN_SECONDS} s against the flood-limit double (30/s global, 1/s per chat, 30 ms latency):`);
    console.log(`  steady rate after ${WARMUP_SECONDS} s: ${fmt(s.rate, 2)} msg/s = ${fmt((s.rate / BUDGET) * 100)} % of the budget (target ≥ 95 %)`);
    console.log(`  sent ${s.sent}; busiest 1-second window ${s.worstWindow}; 429 answers: ${s.rateLimited} in total, ${s.rateLimitedSteady} once steady (target 0)`);
    const sortedDelays = [...s.urgentDelays].sort((a, b) => a - b);
    console.log(
      `  urgent message behind the 100,000 backlog, enqueue → at Telegram: ${s.urgentDelays.map((d) => `${d} ms`).join(", ")} (max ${sortedDelays.at(-1)} ms, target < 2000 ms)`,
    );

    const m = await mixed(db);
    console.log(`\nmixed backlog (50 chats × 10 messages queued first, then 1,000 single messages) against the same double:`);
    console.log(`  drained ${m.sent} in ${fmt(m.seconds)} s; rate after ${WARMUP_SECONDS} s: ${fmt(m.rate, 2)} msg/s = ${fmt((m.rate / BUDGET) * 100)} % of the budget (target ≥ 95 %)`);
    console.log(`  slowest 5-second stretch: ${fmt(m.slowest5s, 1)} msg/s; busiest 1-second window ${m.worstWindow}; 429 answers: ${m.rateLimited} (target 0)`);
    console.log(`  urgent message behind it (the first to a crowded chat), enqueue → at Telegram: ${m.urgentDelays.map((d) => `${d} ms`).join(", ")} (max ${Math.max(...m.urgentDelays)} ms, target < 2000 ms)`);

    const drain = await drainCeiling(db);
    console.log(`\ndrain 10,000 messages:`);
    console.log(`  at the 30/s budget: ${fmt(10_000 / s.rate)} s (10,000 / the measured steady rate; Telegram's limit, not the engine, sets this)`);
    console.log(`  budget lifted, double without limits: ${fmt(drain, 2)} s = ${fmt(10_000 / drain, 0)} msg/s (the engine's own ceiling)`);
    if (process.env.BENCH_DRAIN_AT_BUDGET === "1") {
      const real = await drainAtBudget(db);
      console.log(`  measured at the 30/s budget against the flood-limit double: ${fmt(real.seconds)} s = ${fmt(10_000 / real.seconds, 2)} msg/s, 429 answers: ${real.rateLimited}`);
    }

    await db.execute(sql`truncate outbox`);
    await fillPending(db, 1_000, 3_000_000);
    const small = await claimCost(db, 1_000);
    const fillStarted = Date.now();
    await fillPending(db, 999_000, 4_000_000);
    const fillSeconds = (Date.now() - fillStarted) / 1000;
    const large = await claimCost(db, 1_000_000);
    console.log(`\nclaim of ${BUDGET} rows (one transaction, rolled back), 300 rounds:`);
    console.log(`  1,000 pending:     median ${fmt(small.median, 3)} ms, p95 ${fmt(small.p95, 3)} ms`);
    console.log(`  1,000,000 pending: median ${fmt(large.median, 3)} ms, p95 ${fmt(large.p95, 3)} ms  (filled in ${fmt(fillSeconds)} s)`);
    console.log(`  ratio (median): ${fmt(large.median / small.median, 2)} (target ≤ 2)`);
    console.log(`  plan of the claim with 1,000 pending:\n${small.plan.map((l) => `    ${l}`).join("\n")}`);
    console.log(`  plan of the claim with 1,000,000 pending:\n${large.plan.map((l) => `    ${l}`).join("\n")}`);
    console.log(`\ntotal ${fmt((Date.now() - benchStarted) / 1000)} s`);
  } finally {
    await database.close();
    await rawClient?.end();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
