/**
 * npm run bench:tips — a week's planning of home activities for 1,000,000 parents on the machine's
 * PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; a database
 * of its own is created and dropped). BENCH_TIPS_PARENTS changes the size, BENCH_TIPS_HISTORY_WEEKS
 * the weeks of earlier activities in the mid-year scenario (default 20; 0 leaves it out).
 *
 * Seeds 10,000 kindergartens in the 20 regions with two groups each (experimental and control),
 * the parents spread over the groups (so about half are in experimental groups), the shipped
 * library (src/tips/library), half of the regions with their own order of activities (the national
 * order reversed), 10 % of parents with their own day and hour, 2 % paused. Then, at the delivery
 * budget's tips share (half of 25 msg/s):
 *  - the first week of the year: the previous planner (bench/tips-legacy-plan.ts: full text in both
 *    languages in every outbox row; the baseline in the same process), then planWeek on the same
 *    data (a reference to the activity, rendered at send time), a second run (nothing to add), the
 *    bytes each planned row takes, and the busiest hour against the share, also with a midweek
 *    follow-up three days later at the same hour for every parent (the most it could add, were
 *    they not planned), and with the follow-ups as planFollowUps queues them hour by hour (every
 *    activity marked sent, none answered: the most there can be);
 *  - the middle of the year: every parent already received BENCH_TIPS_HISTORY_WEEKS activities;
 *    the baseline and planWeek again, for the cost of "never a repeat" over a long history;
 *  - and the same plan for 10,000 parents, to show how the time grows.
 */
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { connectPostgres, type Db } from "../src/db/client.js";
import { planWeek } from "../src/tips/plan-week.js";
import { planFollowUps } from "../src/tips/plan-follow-ups.js";
import { DEFAULT_QUIET_HOURS, openHours } from "../src/delivery/quiet-hours.js";
import { addDays, atAlmaty } from "../src/shared/local-date.js";
import { rowsOf } from "../src/db/rows-of.js";
import { syncActivityLibrary } from "../src/tips/library-sync.js";
import { activityLibrary } from "../src/tips/library/activities.js";
import { legacyPlanWeek } from "./tips-legacy-plan.js";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PARENTS = Number(process.env.BENCH_TIPS_PARENTS ?? 1_000_000);
const HISTORY_WEEKS = Number(process.env.BENCH_TIPS_HISTORY_WEEKS ?? 20);
const KINDERGARTENS = 10_000;
const RATE = 25;
const PER_HOUR = 0.5 * RATE * 3600;
const monday = new Date("2036-11-24T01:00:00Z"); // 06:00 Almaty

async function step(label: string, run: () => Promise<unknown>) {
  const started = performance.now();
  await run();
  if (process.env.BENCH_VERBOSE) console.error(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function seed(db: Db, parents: number) {
  await step("seed 1", () => db.execute(sql`truncate tip_deliveries, tip_settings, parent_children, memberships, organization_member_counts, users, outbox, kindergarten_groups restart identity cascade`));
  await step("seed 2", () => db.execute(sql`delete from organizations where registry_no > 100`));
  await step("seed 3", () => db.execute(sql`
    insert into organizations (registry_no, region_code, name)
    select 1000 + g, (select code from regions order by code offset (g % 20) limit 1), 'Бөбекжай-бақша №' || g
    from generate_series(1, ${KINDERGARTENS}) g`));
  await step("seed 4", () => db.execute(sql`
    insert into kindergarten_groups (organization_id, name, age_band, children_count, arm)
    select o.id, arm || ' group', 'senior', 25, arm::arm
    from organizations o cross join (values ('experimental'), ('control')) a(arm)
    where o.registry_no > 1000`));
  await step("seed 5", () => db.execute(sql`
    insert into users (telegram_id, language, language_confirmed)
    select 10000000 + g, case when g % 3 = 0 then 'ru' else 'kk' end::language, true from generate_series(1, ${parents}) g`));
  // Groups were numbered from 1 (restart identity): parent g goes to group 1 + g mod the count.
  await step("seed 6", () => db.execute(sql`
    insert into memberships (user_id, role, organization_id, scope_key)
    select 10000000 + g, 'parent', kg.organization_id, 'org:' || kg.organization_id
    from generate_series(1, ${parents}) g
    join kindergarten_groups kg on kg.id = 1 + g % ${2 * KINDERGARTENS}`));
  await step("seed 7", () => db.execute(sql`
    insert into parent_children (membership_id, user_id, group_id)
    select m.id, m.user_id, 1 + (m.user_id - 10000000) % ${2 * KINDERGARTENS} from memberships m`));
  await step("seed 8", () => db.execute(sql`
    insert into tip_settings (user_id, weekday, hour, paused)
    select telegram_id, 1 + (telegram_id % 7), 8 + (telegram_id % 13), telegram_id % 50 = 0
    from users where telegram_id % 10 = 0`));
  await syncActivityLibrary(db, activityLibrary);
  // Half of the regions keep their own order: the national one reversed.
  await step("seed 9", () => db.execute(sql`
    insert into region_tip_settings (region_code, activity_order)
    select code, (select jsonb_agg(id order by position desc, id desc) from activities) from regions order by code limit 10
    on conflict (region_code) do update set activity_order = excluded.activity_order`));
  await step("seed 10", () => db.execute(sql`vacuum analyze`));
}

/** Takes this week's plan back out, so the next planner starts from the same data. */
async function unplan(db: Db, weekStart: string) {
  await db.execute(sql`delete from tip_deliveries where week_start = ${weekStart}::date`);
  await db.execute(sql`truncate outbox`);
  await db.execute(sql`vacuum analyze tip_deliveries, outbox`);
}

/**
 * The middle of the year: every parent who gets activities already received the first `weeks` of
 * the national order, one a week in the weeks before `monday`.
 */
async function seedHistory(db: Db, weeks: number) {
  await db.execute(sql`truncate tip_deliveries, outbox`);
  await db.execute(sql`
    insert into tip_deliveries (user_id, week_start, activity_id, group_ids, planned_at)
    select pc.user_id, ${monday.toISOString()}::date - 7 * k, a.id, jsonb_build_array(pc.group_id), ${monday.toISOString()}::timestamptz - make_interval(days => 7 * k)
    from parent_children pc
    join kindergarten_groups g on g.id = pc.group_id and g.arm = 'experimental'
    cross join generate_series(1, ${weeks}) k
    join (select id, row_number() over (order by position, id) as n from activities) a on a.n = ${weeks} + 1 - k`);
  await db.execute(sql`vacuum analyze tip_deliveries`);
}

type Timed = Awaited<ReturnType<typeof planWeek>> & { ms: number };

async function timed(run: () => ReturnType<typeof planWeek>): Promise<Timed> {
  const started = performance.now();
  const result = await run();
  return { ...result, ms: performance.now() - started };
}

/**
 * Planned sends per hour (Asia/Almaty) of this week, and the busiest hour: of the plan alone, and
 * with a follow-up to every parent three days after their activity, at the same time of day (the
 * most the midweek follow-ups could add, were nobody to answer).
 */
async function perHourOf(db: Db, weekStart: string) {
  const rows = rowsOf<{ hour: string; n: number }>(
    await db.execute(sql`select to_char(planned_at at time zone 'Asia/Almaty', 'Dy HH24":00"') as hour, count(*)::int as n
      from tip_deliveries where week_start = ${weekStart}::date group by 1, date_trunc('hour', planned_at) order by date_trunc('hour', planned_at)`),
  );
  const [withFollowUps] = rowsOf<{ busiest: number }>(
    await db.execute(sql`select coalesce(max(n), 0)::int as busiest from (
      select h, count(*) as n from (
        select date_trunc('hour', planned_at) as h from tip_deliveries where week_start = ${weekStart}::date
        union all
        select date_trunc('hour', planned_at) + interval '3 days' from tip_deliveries where week_start = ${weekStart}::date
      ) x group by h) y`),
  );
  return { rows, busiest: Math.max(...rows.map((h) => h.n)), busiestWithFollowUps: withFollowUps!.busiest };
}

/**
 * The midweek follow-ups as the scheduler would queue them (planFollowUps, hour by hour over the
 * ten days after Monday, at the default quiet hours), were every activity sent and none answered:
 * the busiest hour of activities and follow-ups together, against the tips share. The next week's
 * activities are not planned here, so the hours after Sunday hold follow-ups only.
 */
async function followUpHours(db: Db, weekStart: string) {
  await db.execute(sql`update tip_deliveries set dose_parts = '[]'::jsonb where week_start = ${weekStart}::date`);
  await db.execute(sql`vacuum analyze tip_deliveries`);
  const started = performance.now();
  let runs = 0;
  let planned = 0;
  for (let day = 0; day < 10; day++) {
    for (const hour of openHours(DEFAULT_QUIET_HOURS)) {
      planned += (await planFollowUps(db, { now: atAlmaty(addDays(weekStart, day), hour), perHour: PER_HOUR, quietHours: DEFAULT_QUIET_HOURS })).planned;
      runs++;
    }
  }
  const ms = performance.now() - started;
  const [r] = rowsOf<{ busiest: number; late: number }>(
    await db.execute(sql`select coalesce(max(n), 0)::int as busiest,
        (select count(*) from tip_deliveries where week_start = ${weekStart}::date and follow_up_at > planned_at + interval '3 days' + interval '1 hour')::int as late
      from (select h, count(*) as n from (
        select date_trunc('hour', planned_at) as h from tip_deliveries where week_start = ${weekStart}::date
        union all
        select date_trunc('hour', follow_up_at) from tip_deliveries where follow_up_at is not null
      ) x group by h) y`),
  );
  return { planned, runs, ms, busiest: r!.busiest, late: r!.late };
}

/** What one planned activity takes in the outbox: the row as stored (compressed), and the table with its indexes per row. */
async function bytesPerRow(db: Db) {
  const [r] = rowsOf<{ row: number; table: number }>(
    await db.execute(sql`select (select avg(pg_column_size(o.*)) from outbox o where kind = 'tip')::int as row,
      (pg_total_relation_size('outbox') / greatest((select count(*) from outbox where kind = 'tip'), 1))::int as table`),
  );
  return r!;
}

const plan = (db: Db) => () => planWeek(db, { now: monday, perHour: PER_HOUR });
const legacy = (db: Db) => () => legacyPlanWeek(db, { now: monday, perHour: PER_HOUR });
const seconds = (t: Timed) => `${(t.ms / 1000).toFixed(2)} s`;
const share = (n: number) => `${((100 * n) / PER_HOUR).toFixed(1)} %`;

async function main() {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const name = `erte_bench_tips_${randomBytes(4).toString("hex")}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = connectPostgres(url.toString());
  try {
    await database.migrate();
    const db = database.db;

    await seed(db, 10_000);
    const baseline = await timed(plan(db));

    const seedStarted = performance.now();
    await seed(db, PARENTS);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const [{ activities: activityCount }] = rowsOf<{ activities: number }>(await db.execute(sql`select count(*)::int as activities from activities`)) as [{ activities: number }];

    // The first week of the year.
    const before = await timed(legacy(db));
    const weekStart = before.weekStart;
    const beforeHours = await perHourOf(db, weekStart);
    const beforeBytes = await bytesPerRow(db);
    await unplan(db, weekStart);
    const first = await timed(plan(db));
    const second = await timed(plan(db));
    const counts = rowsOf<{ deliveries: number; outbox: number; eligible: number }>(
      await db.execute(sql`select
        (select count(*) from tip_deliveries)::int as deliveries,
        (select count(*) from outbox where kind = 'tip')::int as outbox,
        (select count(distinct pc.user_id) from parent_children pc join kindergarten_groups g on g.id = pc.group_id where g.arm = 'experimental')::int as eligible`),
    )[0]!;
    const hours = await perHourOf(db, weekStart);
    const bytes = await bytesPerRow(db);
    const followUps = await followUpHours(db, weekStart);

    console.log(`weekly activities plan, PostgreSQL, tips share ${PER_HOUR} per hour (half of ${RATE} msg/s)`);
    console.log(`  seeded ${PARENTS.toLocaleString("en")} parents, ${KINDERGARTENS.toLocaleString("en")} kindergartens × 2 groups, ${activityCount} activities (the shipped library), 10 of 20 regions with their own order, in ${seedSeconds.toFixed(1)} s`);
    console.log(`  ${PARENTS.toLocaleString("en")} parents (${counts.eligible.toLocaleString("en")} in experimental groups, 2 % of the 10 % with settings paused):`);
    console.log(`  first week of the year:`);
    console.log(`    previous planner (full text in the outbox): ${before.planned.toLocaleString("en")} planned in ${seconds(before)}, ${beforeBytes.row} B per outbox row (${beforeBytes.table} B with the table and indexes), busiest hour ${beforeHours.busiest.toLocaleString("en")} = ${share(beforeHours.busiest)} of the tips share, with the midweek follow-ups at most ${share(beforeHours.busiestWithFollowUps)}`);
    console.log(`    planWeek (season, age band, a reference):  ${first.planned.toLocaleString("en")} planned in ${seconds(first)} (${(first.ms / before.ms).toFixed(2)}× before), ${bytes.row} B per outbox row (${bytes.table} B with the table and indexes), busiest hour ${hours.busiest.toLocaleString("en")} = ${share(hours.busiest)} of the tips share (${((100 * hours.busiest) / (RATE * 3600)).toFixed(1)} % of the whole budget), with the midweek follow-ups at most ${share(hours.busiestWithFollowUps)}`);
    console.log(`    second run: ${second.planned} added in ${seconds(second)}`);
    console.log(`    midweek follow-ups as queued by planFollowUps (${followUps.runs} hourly runs in ${(followUps.ms / 1000).toFixed(1)} s, every activity sent, none answered): ${followUps.planned.toLocaleString("en")} queued, ${followUps.late.toLocaleString("en")} of them waited for a later hour; busiest hour with the activities ${followUps.busiest.toLocaleString("en")} = ${share(followUps.busiest)} of the tips share (without them ${share(hours.busiest)}; unplanned, all at their moment, it would be ${share(hours.busiestWithFollowUps)})`);
    console.log(`    rows written: ${counts.deliveries.toLocaleString("en")} tip_deliveries + ${counts.outbox.toLocaleString("en")} outbox`);

    // The middle of the year.
    let midYear: { history: number; before: Timed; after: Timed } | null = null;
    if (HISTORY_WEEKS > 0) {
      await seedHistory(db, Math.min(HISTORY_WEEKS, activityCount - 1));
      const [{ history }] = rowsOf<{ history: number }>(await db.execute(sql`select count(*)::int as history from tip_deliveries`)) as [{ history: number }];
      const midBefore = await timed(legacy(db));
      await unplan(db, weekStart);
      const midAfter = await timed(plan(db));
      midYear = { history, before: midBefore, after: midAfter };
    }

    if (midYear) {
      console.log(`  middle of the year (${midYear.history.toLocaleString("en")} earlier deliveries, ${Math.min(HISTORY_WEEKS, activityCount - 1)} per parent):`);
      console.log(`    before:   ${midYear.before.planned.toLocaleString("en")} planned in ${seconds(midYear.before)}`);
      console.log(`    planWeek: ${midYear.after.planned.toLocaleString("en")} planned in ${seconds(midYear.after)} (${(midYear.after.ms / midYear.before.ms).toFixed(2)}× before)`);
    }
    console.log(`  10,000 parents, planWeek: ${baseline.planned.toLocaleString("en")} planned in ${seconds(baseline)}; the first week for ${(PARENTS / 10_000).toFixed(0)}× the parents took ${(first.ms / baseline.ms).toFixed(1)}× as long`);
    console.log(`  planWeek's planned sends per hour (Asia/Almaty), first week:`);
    for (const h of hours.rows) console.log(`    ${h.hour.padEnd(10)} ${String(h.n).padStart(8)}`);
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
