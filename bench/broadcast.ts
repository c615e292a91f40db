/**
 * npm run bench:broadcast — a national announcement to 100,000 parents on the machine's PostgreSQL
 * (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; a database of its own
 * is created and dropped). Bounded: about a minute.
 *
 * 1. Accepting it: /broadcast's sendBroadcast writes the 100,000 outbox rows in one set-based
 *    INSERT … SELECT; baseline in the same process: the same rows through enqueueMessages (one
 *    multi-row INSERT per 1,000, each message validated), timed on 10,000 and scaled.
 * 2. Sending at the 30/s budget against the flood-limit double (30/s global, 1/s per chat, 30 ms
 *    latency) for BENCH_SEND_SECONDS (25): the rate, 429s, and urgent messages queued right after
 *    the announcement was accepted and then every few seconds — their delay until Telegram has them.
 */
import { eq, sql } from "drizzle-orm";
import { Api } from "grammy";
import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { sendBroadcast } from "../src/broadcasts/broadcasts.js";
import { connectPostgres, type Db } from "../src/db/client.js";
import { broadcasts, outbox } from "../src/db/schema/index.js";
import { enqueueMessages } from "../src/delivery/outbox.js";
import { Sender } from "../src/delivery/sender.js";
import { telegramSendMessage } from "../src/delivery/telegram.js";
import { renderMessage } from "../tests/helpers/delivery.js";
import { TEST_TOKEN } from "../tests/helpers/test-bot.js";
import { createTelegramDouble } from "../tests/helpers/telegram-double.js";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SEND_SECONDS = Number(process.env.BENCH_SEND_SECONDS ?? 25);
const WARMUP_SECONDS = 3;
const BUDGET = 30;
const RECIPIENTS = 100_000;
const COORDINATOR = 1;
const FIRST_PARENT = 10_000_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number, digits = 1) => n.toFixed(digits);

const textKk = "Құрметті ата-аналар! ".concat("Жексенбі күні «Кәсіптер әлемі» отбасылық фестивалі өтеді: балалармен бірге мамандықтармен танысып, шеберлік сабақтарына қатысыңыздар. ".repeat(3));
const textRu = "Уважаемые родители! ".concat("В воскресенье пройдёт семейный фестиваль «Мир профессий»: знакомьтесь с профессиями вместе с детьми, участвуйте в мастер-классах. ".repeat(3));

/** 100,000 parents spread over the registry's kindergartens (half Kazakh-, half Russian-speaking), and a national coordinator. */
async function seed(db: Db) {
  await db.execute(sql`insert into users (telegram_id, language, language_confirmed) values (${COORDINATOR}, 'kk', true)`);
  await db.execute(sql`insert into memberships (user_id, role, scope_key) values (${COORDINATOR}, 'coordinator', 'national')`);
  await db.execute(sql`
    insert into users (telegram_id, language, language_confirmed, consent_at)
    select ${FIRST_PARENT} + g, (case when g % 2 = 0 then 'kk' else 'ru' end)::language, true, now() from generate_series(0, ${RECIPIENTS - 1}) g`);
  await db.execute(sql`
    with orgs as (select id, row_number() over (order by id) - 1 as n, count(*) over () as total from organizations)
    insert into memberships (user_id, role, organization_id, scope_key)
    select ${FIRST_PARENT} + g, 'parent', o.id, 'org:' || o.id
    from generate_series(0, ${RECIPIENTS - 1}) g join orgs o on o.n = g % o.total`);
  await db.execute(sql`vacuum analyze`);
}

async function newDraft(db: Db): Promise<number> {
  const [b] = await db
    .insert(broadcasts)
    .values({ authorId: COORDINATOR, scopeKey: "national", audience: "parents", status: "draft", step: "preview", textKk, textRu })
    .returning({ id: broadcasts.id });
  return b!.id;
}

async function baselinePerRow(db: Db): Promise<number> {
  const n = 10_000;
  const messages = Array.from({ length: n }, (_, i) => ({
    chatId: FIRST_PARENT + i,
    kind: "broadcast-baseline",
    templateKey: "broadcast-message",
    params: { text: { kk: textKk, ru: textRu } },
    priority: "bulk" as const,
    dedupKey: `baseline:${i}`,
  }));
  const t0 = performance.now();
  await enqueueMessages(db, messages);
  const ms = performance.now() - t0;
  await db.delete(outbox).where(eq(outbox.kind, "broadcast-baseline"));
  return ms / n;
}

async function main() {
  const name = `erte_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = connectPostgres(url.toString(), { max: 8 });
  const benchStarted = Date.now();
  try {
    await database.migrate();
    const db = database.db;
    console.log(`broadcast benchmark on PostgreSQL (${name}), budget ${BUDGET}/s\n`);
    const seedStarted = Date.now();
    await seed(db);
    console.log(`seeded ${RECIPIENTS.toLocaleString("en")} parents in ${fmt((Date.now() - seedStarted) / 1000)} s`);

    const perRow = await baselinePerRow(db);
    const id = await newDraft(db);
    const t0 = performance.now();
    const result = await sendBroadcast(db, { id, authorId: COORDINATOR, now: new Date() });
    const acceptedMs = performance.now() - t0;
    if (result.kind !== "sent" || result.recipients !== RECIPIENTS) throw new Error(`accepted ${JSON.stringify(result).slice(0, 200)}`);
    const [{ rows } = { rows: 0 }] = await db.select({ rows: sql<number>`count(*)::int` }).from(outbox).where(eq(outbox.kind, `broadcast-${id}`));
    console.log(`\naccepting a national announcement (parents, both languages, ~${textKk.length} characters):`);
    console.log(`  sendBroadcast, one INSERT … SELECT: ${fmt(acceptedMs / 1000, 2)} s for ${Number(rows).toLocaleString("en")} outbox rows (target < 10 s)`);
    console.log(
      `  baseline enqueueMessages (1,000 rows per INSERT), measured on 10,000: ${fmt(perRow, 3)} ms/row → ${fmt((perRow * RECIPIENTS) / 1000, 1)} s for 100,000; set-based is ${fmt((perRow * RECIPIENTS) / acceptedMs, 1)}× faster`,
    );

    await db.execute(sql`vacuum analyze outbox`);
    const telegram = createTelegramDouble({ globalPerSecond: 30, perChatPerSecond: 1, latencyMs: 30 });
    const sender = new Sender({ db, send: telegramSendMessage(new Api(TEST_TOKEN, { fetch: telegram.fetch }), db), render: renderMessage, ratePerSecond: BUDGET, log: (m, e) => console.error(m, e ?? "") });
    const started = Date.now();
    sender.start();
    const delays: number[] = [];
    let urgentChat = 9_000_000;
    for (const at of [0, 5, 10, 15, 20].filter((s) => s < SEND_SECONDS - 2)) {
      await sleep(started + at * 1000 - Date.now());
      const chatId = urgentChat++;
      const queuedAt = Date.now();
      await enqueueMessages(db, [{ chatId, kind: "bench-urgent", templateKey: "common-error", priority: "urgent" }]);
      while (!telegram.delivered.some((m) => m.chatId === chatId)) await sleep(5);
      delays.push(telegram.delivered.find((m) => m.chatId === chatId)!.at - queuedAt);
    }
    await sleep(started + SEND_SECONDS * 1000 - Date.now());
    await sender.stop();
    const ended = Date.now();
    const steadyFrom = started + WARMUP_SECONDS * 1000;
    const steady = telegram.delivered.filter((m) => m.at >= steadyFrom).length;
    const rate = steady / ((ended - steadyFrom) / 1000);
    const kk = telegram.delivered.filter((m) => m.text.startsWith("📢 Құрметті")).length;
    const ru = telegram.delivered.filter((m) => m.text.startsWith("📢 Уважаемые")).length;
    console.log(`\nsending for ${SEND_SECONDS} s against the flood-limit double (30/s global, 1/s per chat, 30 ms latency):`);
    console.log(`  steady rate after ${WARMUP_SECONDS} s: ${fmt(rate, 2)} msg/s = ${fmt((rate / BUDGET) * 100)} % of the budget (target ≥ 95 %)`);
    console.log(`  sent ${telegram.delivered.length} (${kk} in Kazakh, ${ru} in Russian); 429 answers: ${telegram.rateLimited.length}`);
    console.log(
      `  urgent message queued behind the announcement (first right after it was accepted), queue → at Telegram: ${delays.map((d) => `${d} ms`).join(", ")} (max ${Math.max(...delays)} ms, target < 2000 ms)`,
    );
    console.log(`  the rest of the 100,000 at this rate: ${fmt((RECIPIENTS - telegram.delivered.length) / rate / 3600, 2)} h (Telegram's 30/s, not the engine, sets this)`);
    console.log(`\ntotal ${fmt((Date.now() - benchStarted) / 1000)} s`);
  } finally {
    await database.close();
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
