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
import { programmeEffect } from "../src/pilot-figures/programme-effect-data.js";
import { organizationsInScope } from "../src/pilot-figures/scope-filter.js";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { createI18n } from "../src/bot/i18n.js";
import { migrationsFolder, type Db } from "../src/db/client.js";
import * as schema from "../src/db/schema/index.js";
import { buildDigest } from "../src/digests/build-digest.js";
import { prepareWeeklyDigest } from "../src/digests/weekly.js";
import { listPeriods } from "../src/reports/periods.js";
import { createTestBot } from "../tests/helpers/test-bot.js";
import type { TestUser } from "../tests/helpers/updates.js";
import { percentile } from "./lib.js";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const KINDERGARTENS = 10_000;
const PARENTS = 1_000_000;
const RUNS = Number(process.env.BENCH_DIGEST_RUNS ?? 40);
const NOW = new Date("2026-11-23T04:00:00Z"); // Monday 09:00 in Almaty, three days after the Q4 due day

const ms = (n: number) => n.toFixed(1).padStart(7);

async function seed(db: Db) {
  const t0 = performance.now();
  // Kindergartens 101..10,000 beside the ministry's 100, spread over the 20 regions.
  await db.execute(sql`
    insert into organizations (registry_no, region_code, name, legal_form)
    select g, r.code, '«Бөбекжай-бақша № ' || g || '» ' || repeat('ұзын атау ', (g % 25)), 'МКҚК'
    from generate_series(101, ${KINDERGARTENS}) g
    join (select code, row_number() over (order by code) - 1 as i from regions) r on r.i = g % 20`);
  // Users: heads 1..10,000 (98 %), parents from 10,000,001, staff from 20,000,001.
  // Bulk load as a migration would: the per-row counting trigger off, the counts filled once after.
  await db.execute(sql`alter table memberships disable trigger memberships_count`);
  await db.execute(sql`
    insert into users (telegram_id, language, language_confirmed, first_name, consent_at, unreachable_at)
    select o.id, case when o.id % 3 = 0 then 'ru' else 'kk' end::language, true, 'Head ' || o.id, now(),
           case when o.id % 97 = 0 then now() end
    from organizations o where o.id % 50 <> 7`);
  await db.execute(sql`
    insert into memberships (user_id, role, organization_id, scope_key)
    select o.id, 'head', o.id, 'org:' || o.id from organizations o where o.id % 50 <> 7`);
  await db.execute(sql`
    insert into users (telegram_id, language, language_confirmed, first_name, consent_at, unreachable_at)
    select 10000000 + g, case when g % 2 = 0 then 'ru' else 'kk' end::language, true, 'Parent', now(),
           case when g % 100 = 0 then now() end
    from generate_series(1, ${PARENTS}) g`);
  await db.execute(sql`
    insert into memberships (user_id, role, organization_id, scope_key)
    select 10000000 + g, 'parent', o.id, 'org:' || o.id
    from generate_series(1, ${PARENTS}) g
    join organizations o on o.registry_no = 1 + ((g::bigint * 7919) % ${KINDERGARTENS})::int`);
  // Staff: per region 2 methodologists and a coordinator; 2 national coordinators.
  await db.execute(sql`
    insert into users (telegram_id, language, language_confirmed, first_name)
    select 20000000 + g, case when g % 2 = 0 then 'ru' else 'kk' end::language, true, 'Staff' from generate_series(1, 62) g`);
  await db.execute(sql`
    insert into memberships (user_id, role, region_code, scope_key)
    select 20000000 + r.i * 3 + k, case when k = 3 then 'coordinator' else 'methodologist' end::role, r.code, 'region:' || r.code
    from (select code, row_number() over (order by code) - 1 as i from regions) r, generate_series(1, 3) k`);
  await db.execute(sql`
    insert into memberships (user_id, role, scope_key) values (20000061, 'coordinator', 'national'), (20000062, 'coordinator', 'national')`);
  await db.execute(sql`
    insert into organization_member_counts (organization_id, role, members, unreachable)
    select m.organization_id, m.role, count(*), count(*) filter (where u.unreachable_at is not null)
    from memberships m join users u on u.telegram_id = m.user_id where m.organization_id is not null group by m.organization_id, m.role`);
  await db.execute(sql`alter table memberships enable trigger memberships_count`);
  // Groups: an experimental and a control group each, a third (experimental) in every other one.
  await db.execute(sql`
    insert into kindergarten_groups (organization_id, name, age_band, children_count, arm)
    select o.id, 'Топ ' || k, 'senior', 15 + (o.id + k) % 10, case when k = 2 then 'control' else 'experimental' end::arm
    from organizations o, generate_series(1, 3) k where k < 3 or o.id % 2 = 0`);
  // Reports: four quarters; Q1–Q3 accepted (a few returned), Q4 a mix; answers with skill levels.
  await db.execute(sql`
    insert into quarterly_reports (organization_id, period_id, status, form_version, answers, submitted_at, submitted_late, accepted_at, returned_fields)
    select o.id, p.id,
      (case when p.quarter < 4 then (case when o.id % 40 = 0 then 'returned' else 'accepted' end)
            else (array['accepted','submitted','submitted','returned','draft','accepted','draft','submitted'])[1 + o.id % 8] end)::report_status,
      '2026.1',
      jsonb_build_object(
        'directions', jsonb_build_array('agriculture', 'medicine'),
        'activities', 5 + (o.id * p.quarter) % 30, 'meetings', (o.id + p.quarter) % 8, 'parents', 10 + o.id % 90, 'zones', o.id % 4,
        'exp_high', 8 + p.quarter * 2 + o.id % 5, 'exp_middle', 12, 'exp_low', 10 - p.quarter,
        'ctl_high', 7 + o.id % 4, 'ctl_middle', 6, 'ctl_low', 4,
        'best_practice', repeat('Тәжірибе. ', 30), 'difficulties', 'Жоқ'),
      now(), o.id % 11 = 0, case when p.quarter < 4 then now() end,
      case when o.id % 40 = 0 or (p.quarter = 4 and o.id % 8 = 3) then '{"activities": "Нақтылаңыз"}'::jsonb end
    from organizations o cross join reporting_periods p where p.year = 2026`);
  // Seminars of the fourth quarter; answers, attendance and ratings on the held ones.
  await db.execute(sql`
    insert into seminars (organizer_id, scope_key, status, kind, title_kk, title_ru, description_kk, description_ru, starts_at, duration_minutes, online_url, include_parents, published_at, closed_at)
    select 20000061, 'national', s.status::seminar_status, 'webinar'::seminar_kind, 'Вебинар', 'Вебинар', '-', '-', s.starts_at::timestamptz, 90, 'https://zoom.us/j/1', false, now(), case when s.status = 'closed' then now() end
    from (values ('closed', '2026-10-20T05:00:00Z'), ('published', '2026-12-10T05:00:00Z')) s(status, starts_at)
    union all
    select 20000000 + r.i * 3 + 1, 'region:' || r.code, 'closed'::seminar_status, 'seminar'::seminar_kind, 'Семинар', 'Семинар', '-', '-', timestamptz '2026-11-12T05:00:00Z', 120, 'https://zoom.us/j/2', r.code = 'aktobe', now(), now()
    from (select code, row_number() over (order by code) - 1 as i from regions) r`);
  // Heads for every event of their region or the country; Aktobe's parents for its event.
  const invite = (who: ReturnType<typeof sql>) => sql`
    insert into seminar_participants (seminar_id, user_id, organization_id, region_code, as_parent, response, attended, rating)
    select s.id, m.user_id, m.organization_id, o.region_code, m.role = 'parent',
      (case when m.user_id % 4 = 0 then 'not_coming' when m.user_id % 4 <> 3 then 'coming' end)::seminar_response,
      case when s.status = 'closed' and m.user_id % 4 in (1, 2) then m.user_id % 8 <> 1 end,
      case when s.status = 'closed' and m.user_id % 4 in (1, 2) and m.user_id % 8 <> 1 then 1 + (m.user_id % 5)::int end
    from memberships m
    join organizations o on o.id = m.organization_id
    ${who}`;
  await db.execute(invite(sql`join seminars s on s.scope_key = 'national' or s.scope_key = 'region:' || o.region_code where m.role = 'head'`));
  await db.execute(invite(sql`join seminars s on s.include_parents and s.scope_key = 'region:' || o.region_code where m.role = 'parent'`));
  await db.execute(sql`vacuum analyze`);
  return (performance.now() - t0) / 1000;
}

async function counts(db: Db) {
  const rows = await db.execute<{ t: string; n: string }>(sql`
    select 'organizations' t, count(*)::text n from organizations union all
    select 'users', count(*)::text from users union all
    select 'memberships', count(*)::text from memberships union all
    select 'kindergarten_groups', count(*)::text from kindergarten_groups union all
    select 'quarterly_reports', count(*)::text from quarterly_reports union all
    select 'seminar_participants', count(*)::text from seminar_participants union all
    select 'seminar_organization_counts', count(*)::text from seminar_organization_counts`);
  return (rows as unknown as { t: string; n: string }[]).map((r) => `${r.t} ${Number(r.n).toLocaleString("en")}`).join(", ");
}

async function timeRuns(runs: number, job: (i: number) => Promise<void>) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await job(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
}

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
    // The tips "dose" of a year at national scale, as the triggers keep it (tip_dose): 500,000 parents
    // of experimental groups, about 13 weeks a quarter.
    await db.execute(sql`
      insert into tip_dose (organization_id, arm, quarter_start, sent, done)
      select o.id, 'experimental', q.d::date, 650 + o.id % 50, 300 + o.id % 40
      from organizations o, generate_series('2026-01-01'::date, '2026-10-01'::date, '3 months') q(d)
      on conflict do nothing`);

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
    console.log(`  the country's programme effect (DiD, 2,000 resamples)    ${ms(e.p50)} ${ms(e.p95)} ${ms(e.max)} ${ratio(e)}   kindergartens paired: ${pairs}`);

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
