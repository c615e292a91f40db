/**
 * npm run bench:tips — a week's planning of home activities for 1,000,000 parents on the machine's
 * PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; a database
 * of its own is created and dropped). BENCH_TIPS_PARENTS changes the size.
 *
 * Seeds 10,000 kindergartens in the 20 regions with two groups each (experimental and control),
 * the parents spread over the groups (so about half are in experimental groups), 40 activities,
 * 10 % of parents with their own day and hour, 2 % paused; then times planWeek for the week at the
 * delivery budget's tips share (half of 25 msg/s), a second run (nothing to add), and prints rows
 * written and the planned sends per hour against that share, plus a baseline: the same plan for
 * 10,000 parents, to show how the time grows.
 */
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { connectPostgres, type Db } from "../src/db/client.js";
import { planWeek } from "../src/tips/plan-week.js";
import { rowsOf } from "../src/db/rows-of.js";
import { syncActivityLibrary } from "../src/tips/library-sync.js";
import { activityLibrary } from "../src/tips/library/activities.js";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PARENTS = Number(process.env.BENCH_TIPS_PARENTS ?? 1_000_000);
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
  await step("seed 1", () => db.execute(sql`truncate tip_deliveries, tip_settings, parent_children, memberships, users, outbox, kindergarten_groups restart identity cascade`));
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
  await step("seed 9", () => db.execute(sql`vacuum analyze`));
}

async function timePlan(db: Db) {
  const started = performance.now();
  const result = await planWeek(db, { now: monday, perHour: PER_HOUR });
  return { ...result, ms: performance.now() - started };
}

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
    const baseline = await timePlan(db);

    const seedStarted = performance.now();
    await seed(db, PARENTS);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const first = await timePlan(db);
    const second = await timePlan(db);
    const counts = rowsOf<{ deliveries: number; outbox: number; eligible: number }>(
      await db.execute(sql`select
        (select count(*) from tip_deliveries)::int as deliveries,
        (select count(*) from outbox where kind = 'tip')::int as outbox,
        (select count(distinct pc.user_id) from parent_children pc join kindergarten_groups g on g.id = pc.group_id where g.arm = 'experimental')::int as eligible`),
    )[0]!;
    const perHour = rowsOf<{ hour: string; n: number }>(
      await db.execute(sql`select to_char(planned_at at time zone 'Asia/Almaty', 'Dy HH24":00"') as hour, count(*)::int as n
        from tip_deliveries group by 1, date_trunc('hour', planned_at) order by date_trunc('hour', planned_at)`),
    );
    const busiest = Math.max(...perHour.map((h) => h.n));

    console.log(`weekly activities plan, PostgreSQL, tips share ${PER_HOUR} per hour (half of ${RATE} msg/s)`);
    console.log(`  seeded ${PARENTS.toLocaleString("en")} parents, ${KINDERGARTENS.toLocaleString("en")} kindergartens × 2 groups, ${activityLibrary.length} activities in ${(seedSeconds).toFixed(1)} s`);
    console.log(`  baseline, 10,000 parents: ${baseline.planned.toLocaleString("en")} planned in ${(baseline.ms / 1000).toFixed(2)} s`);
    console.log(`  ${PARENTS.toLocaleString("en")} parents (${counts.eligible.toLocaleString("en")} in experimental groups, 2 % of the 10 % with settings paused):`);
    console.log(`    first run:  ${first.planned.toLocaleString("en")} planned in ${(first.ms / 1000).toFixed(2)} s (${(first.ms / baseline.ms).toFixed(1)}× the baseline for ${(PARENTS / 10_000).toFixed(0)}× the parents)`);
    console.log(`    second run: ${second.planned} added in ${(second.ms / 1000).toFixed(2)} s`);
    console.log(`    rows written: ${counts.deliveries.toLocaleString("en")} tip_deliveries + ${counts.outbox.toLocaleString("en")} outbox`);
    console.log(`  planned sends per hour (Asia/Almaty), busiest ${busiest.toLocaleString("en")} = ${((100 * busiest) / PER_HOUR).toFixed(1)} % of the tips share, ${((100 * busiest) / (RATE * 3600)).toFixed(1)} % of the whole budget:`);
    for (const h of perHour) console.log(`    ${h.hour.padEnd(10)} ${String(h.n).padStart(8)}`);
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
