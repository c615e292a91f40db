/**
 * npm run bench:digest — /status and the weekly digest at national scale, on the machine's
 * PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; a database
 * of its own is created and dropped).
 *
 * Seeds (generate_series, a minute or two): 10,000 kindergartens in 20 regions, 1,000,000 parents
 * (1 % unreachable), a head for 98 % of kindergartens, two or three groups each, 40,000 reports
 * (four quarters of 2026) with answers, 20 regional coordinators, 40 methodologists, 2 national
 * coordinators; seminars of the fourth quarter: two national webinars for every head (one held, one
 * announced), a seminar per region for its heads, Aktobe's with its parents too. Then prints,
 * each with the rows it read:
 *   - /status of a national coordinator, of a regional methodologist (a page of 500) and a head's
 *     card: p50/p95 of the whole update through the bot (fake Telegram at the fetch level);
 *   - the weekly fan-out preparation for every coordinator and methodologist, texts only and
 *     with the charts (drawn per scope in the languages its recipients read, stored once);
 *   - EXPLAIN ANALYZE summaries of the queries of one national digest.
 */
import { programmeEffect } from "../src/figures/programme-effect-data.js";
import { organizationsInScope } from "../src/figures/scope-filter.js";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { createI18n } from "../src/bot/i18n.js";
import { migrationsFolder, type Db } from "../src/db/client.js";
import * as schema from "../src/db/schema/index.js";
import { buildDigest } from "../src/outputs/digests/build-digest.js";
import { prepareWeeklyDigest } from "../src/outputs/digests/weekly.js";
import { listPeriods } from "../src/reports/periods.js";
import { createTestBot } from "../testing/test-bot.js";
import type { TestUser } from "../testing/updates.js";
import { ms, timeRuns } from "./lib.js";
import { chainStatesOfPeriod, countChainStates } from "../src/approvals/chain-state.js";
import { draftAnalytics } from "../src/outputs/analytics/draft-analytics.js";
import { counts, NOW, seed, seedTipDose } from "./national-data.js";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const RUNS = Number(process.env.BENCH_DIGEST_RUNS ?? 40);


async function main() {
  // BENCH_DIGEST_KEEP=<name>: seed a database of that name once and keep it (for looking at plans).
  const keep = process.env.BENCH_DIGEST_KEEP;
  const name = keep ?? `bench_digest_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const exists = keep ? (await admin`select 1 from pg_database where datname = ${keep}`).length > 0 : false;
  if (!exists) await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const captured: { query: string; params: unknown[] }[] = [];
  let capture = false;
  const client = postgres(url.toString(), {
    max: 10,
    onnotice: () => {},
    debug: (_connection, query, params) => {
      if (capture) captured.push({ query, params: params as unknown[] });
    },
  });
  const db = drizzle(client, { schema }) as unknown as Db;
  try {
    await migrate(drizzle(client, { schema }), { migrationsFolder });
    // A kept database remembers the updates of the last run, and the test bot numbers from 1 again.
    if (exists) await db.execute(sql`delete from processed_updates`);
    if (!exists) {
      const seconds = await seed(db);
      console.log(`seeded in ${seconds.toFixed(1)} s: ${await counts(db)}`);
    }
    await seedTipDose(db);

    const periods = await listPeriods(db);
    const q4 = periods.find((p) => p.year === 2026 && p.quarter === 4)!;
    const t = createTestBot(db, { now: NOW });
    const user = (id: number): TestUser => ({ id, first_name: "Bench", language_code: "ru" });
    const national = user(20000061);
    const methodologists = Array.from({ length: 20 }, (_, i) => user(20000000 + i * 3 + 1));
    const heads = [1, 2, 3, 4, 5, 6, 8, 9].map((id) => user(id * 101));

    // Warm up (plans, caches, the bot's first update).
    await t.send(national, "/status");
    await t.send(methodologists[0]!, "/status");

    const nationalDigest = await buildDigest(db, { kind: "national" }, q4, NOW);
    const regionalDigest = await buildDigest(db, { kind: "region", regionCode: "aktobe" }, q4, NOW);
    const rows = (d: typeof nationalDigest) => Object.entries(d.rowsRead).map(([k, n]) => `${k} ${n.toLocaleString("en")}`).join(", ");

    const baseline = await timeRuns(RUNS, async () => {
      await t.send(national, "/help");
    });
    console.log(`\n/status, ${RUNS} runs each, whole update through the bot (ms)     p50     p95     max   ÷ /help p50`);
    console.log(`baseline: /help of the same user (one user lookup)         ${ms(baseline.p50)} ${ms(baseline.p95)} ${ms(baseline.max)}`);
    const ratio = (x: { p50: number }) => `${(x.p50 / baseline.p50).toFixed(1).padStart(6)}×`;
    const n = await timeRuns(RUNS, async () => {
      const out = await t.send(national, "/status");
      if (!out.text.includes("📊")) throw new Error(`national /status failed: ${out.text.slice(0, 200)}`);
    });
    console.log(`national coordinator (20 region lines)                     ${ms(n.p50)} ${ms(n.p95)} ${ms(n.max)} ${ratio(n)}   rows read: ${rows(nationalDigest)}`);
    const r = await timeRuns(RUNS, async (i) => {
      const out = await t.send(methodologists[i % 20]!, "/status");
      if (!out.text.includes("📊")) throw new Error(`regional /status failed: ${out.text.slice(0, 200)}`);
    });
    console.log(`regional methodologist (~500 kindergartens, page 1)        ${ms(r.p50)} ${ms(r.p95)} ${ms(r.max)} ${ratio(r)}   rows read: ${rows(regionalDigest)}`);
    const h = await timeRuns(RUNS, async (i) => {
      const out = await t.send(heads[i % heads.length]!, "/status");
      if (!out.text.includes("🏫")) throw new Error(`head /status failed: ${out.text.slice(0, 200)}`);
    });
    console.log(`head's card (with region and country medians)              ${ms(h.p50)} ${ms(h.p95)} ${ms(h.max)} ${ratio(h)}`);
    const d = await timeRuns(RUNS, async () => {
      await buildDigest(db, { kind: "national" }, q4, NOW);
    });
    console.log(`  of which buildDigest(national) alone                     ${ms(d.p50)} ${ms(d.p95)} ${ms(d.max)} ${ratio(d)}`);
    let effect: Awaited<ReturnType<typeof programmeEffect>> = null;
    const e = await timeRuns(5, async () => {
      effect = await programmeEffect(db, organizationsInScope({ kind: "national" }), q4);
    });
    const pairs = effect && (effect as { experimental: { kindergartens: number } }).experimental.kindergartens;
    console.log(`  the country's programme effect (DiD, 2,000 resamples)    ${ms(e.p50)} ${ms(e.p95)} ${ms(e.max)} ${ratio(e)}   kindergartens paired: ${pairs}; target < 2,000`);

    // Issue #19: the approval chain in the national /status, and the documents a department signs.
    const regionCodes = (await db.select({ code: schema.regions.code }).from(schema.regions)).map((row) => row.code);
    const a = await timeRuns(RUNS, async () => {
      countChainStates((await chainStatesOfPeriod(db, q4.id, regionCodes, NOW)).values());
    });
    console.log(`  of which the approval state of 20 regions (chain)       ${ms(a.p50)} ${ms(a.p95)} ${ms(a.max)} ${ratio(a)}   target p95 < 200 (the whole national /status above includes it)`);
    const nationalScope = { national: true, regions: [], organizationIds: [] };
    const regionDoc = await timeRuns(3, async () => {
      await draftAnalytics(db, { scope: nationalScope, period: q4, regionCode: "aktobe", now: NOW, language: "ru" });
    });
    console.log(`a region's quarterly document (.docx, Aktobe)              ${ms(regionDoc.p50)} ${ms(regionDoc.p95)} ${ms(regionDoc.max)} ${ratio(regionDoc)}   3 runs; target < 3,000`);
    const finalDoc = await timeRuns(3, async () => {
      await draftAnalytics(db, { scope: nationalScope, period: q4, regionCode: "aktobe", now: NOW, language: "ru", kind: "final" });
    });
    console.log(`a region's January–November report (.docx, Aktobe)         ${ms(finalDoc.p50)} ${ms(finalDoc.p95)} ${ms(finalDoc.max)} ${ratio(finalDoc)}   3 runs`);
    // Every region accepted by the Institute for the summary's run (the worst case: the whole country), then as before.
    await db.insert(schema.regionApprovals).values(regionCodes.map((regionCode) => ({ regionCode, periodId: q4.id, level: "institute" as const }))).onConflictDoNothing();
    const ministry = await timeRuns(3, async () => {
      await draftAnalytics(db, { scope: nationalScope, period: q4, regionCode: null, now: NOW, language: "ru", kind: "ministry" });
    });
    await db.delete(schema.regionApprovals).where(sql`${schema.regionApprovals.periodId} = ${q4.id}`);
    console.log(`the national summary for the Ministry (.docx, 20 regions)  ${ms(ministry.p50)} ${ms(ministry.p95)} ${ms(ministry.max)} ${ratio(ministry)}   3 runs, all regions accepted; target < 10,000`);

    const i18n = createI18n();
    const translate = (locale: "kk" | "ru", key: string, params?: Record<string, string | number>) => i18n.t(locale, key, params);
    const load = (await import("node:os")).loadavg()[0]!.toFixed(1);
    console.log(`(machine load average while measuring: ${load} on ${(await import("node:os")).cpus().length} cores)`);
    const f0 = performance.now();
    const fanOut = await prepareWeeklyDigest(db, NOW, translate);
    const fanOutMs = performance.now() - f0;
    const longest = Math.max(...fanOut.messages.map((m) => Math.max(...Object.values((m.params as { body: { kk: string; ru: string } }).body).map((s) => s.length))));
    console.log(
      `\nweekly fan-out preparation: ${fanOutMs.toFixed(0)} ms for ${fanOut.recipients} recipients, ${fanOut.scopes} digests, ${fanOut.messages.length} outbox rows ` +
        `(longest part ${longest} chars); rows read: ${Object.entries(fanOut.rowsRead).map(([k, v]) => `${k} ${v.toLocaleString("en")}`).join(", ")}`,
    );

    const c0 = performance.now();
    const withCharts = await prepareWeeklyDigest(db, NOW, translate, { charts: { log: (message, error) => console.error(message, error) } });
    const withChartsMs = performance.now() - c0;
    const perChart = (withChartsMs - fanOutMs) / Math.max(1, withCharts.charts.drawn);
    console.log(
      `weekly fan-out preparation with charts: ${withChartsMs.toFixed(0)} ms (${(withChartsMs / fanOutMs).toFixed(1)}× the texts alone) for ${withCharts.messages.length} outbox rows; ` +
        `${withCharts.charts.drawn} charts drawn and stored (~${perChart.toFixed(0)} ms each beyond the texts), ${withCharts.charts.failed} failed; ` +
        `report rows the charts read: ${withCharts.charts.rowsRead.toLocaleString("en")}`,
    );

    // The plans of one national digest.
    capture = true;
    await buildDigest(db, { kind: "national" }, q4, NOW);
    capture = false;
    console.log("\nEXPLAIN ANALYZE of the national digest's queries:");
    for (const q of captured) {
      // postgres.js hands `debug` the serialized parameters: booleans as "t"/"f" strings that bind back correctly only as text.
      const params = q.params.map((p) => (p === "t" ? true : p === "f" ? false : p));
      const plan = await client.unsafe(`explain (analyze, buffers) ${q.query}`, params as never[]);
      const lines = plan.map((row) => String(Object.values(row)[0]));
      const first = q.query.replace(/\s+/g, " ").slice(0, 110);
      const nodes = lines.filter((l) => /Scan|Join|Aggregate|Sort/.test(l)).slice(0, 6).map((l) => l.trim().replace(/\s*\(cost=[^)]*\)/, ""));
      console.log(`- ${first}…\n    ${nodes.join("\n    ")}\n    ${lines.filter((l) => /Execution Time/.test(l)).join("")}`);
    }
  } finally {
    await client.end({ timeout: 5 });
    if (!keep) await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
