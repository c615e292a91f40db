/**
 * npm run bench:exports — the national .xlsx export and the charts at national scale, on the
 * machine's PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres;
 * a database of its own is created and dropped). Seeds 10,000 kindergartens in 20 regions, two
 * groups each, 40,000 quarterly reports with answers (four quarters of 2026), their versions and
 * review decisions, with generate_series. Targets (2 cores): national export < 10 s, a chart < 300 ms.
 */
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { renderStatusChart } from "../src/outputs/charts/status-chart.js";
import { statusChartFor } from "../src/outputs/charts/scope-charts.js";
import { connectPostgres, type Db } from "../src/db/client.js";
import { buildReportWorkbook } from "../src/outputs/exports/report-workbook.js";
import { findPeriod, kindergartenReportsQuery, loadKindergartenReports } from "../src/figures/period-reports.js";
import { loadReviewHistory } from "../src/figures/review-history.js";
import { loadScopeGroups } from "../src/figures/scope-groups.js";
import { statusBars } from "../src/figures/summaries.js";
import type { Scope } from "../src/registration/permissions.js";
import { currentForm } from "../src/reports/form/forms.js";
import { textsFor } from "../src/shared/locale-text.js";
import { percentile } from "./lib.js";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const NOW = new Date("2026-11-28T06:00:00Z");
const national: Scope = { national: true, regions: [], organizationIds: [] };
const fmt = (n: number, digits = 0) => n.toFixed(digits);

async function seed(db: Db): Promise<void> {
  // 9,900 more kindergartens beside the ministry's 100, spread over the 20 regions.
  await db.execute(sql`
    insert into organizations (registry_no, region_code, name, legal_form, in_pilot)
    select 1000 + g, r.codes[1 + (g % 20)], format('№%s «Балапан» бөбекжай-бақшасы» МКҚК', g), 'МКҚК', true
    from generate_series(1, 9900) g, (select array_agg(code order by code) codes from regions) r`);
  await db.execute(sql`
    insert into kindergarten_groups (organization_id, name, age_band, children_count, arm, arm_confirmed_at)
    select o.id, a.name, a.band, a.children, a.arm::arm, case when o.id % 3 = 0 then null else now() end
    from organizations o
    cross join (values ('Айгөлек', 'senior', 20, 'experimental'), ('Ботақан', 'preschool', 18, 'control')) a(name, band, children, arm)`);
  // Four quarters × 10,000: Q1–Q3 handed in; Q4 a mix (10 % not started, 10 % draft, 10 % returned, 20 % submitted, 50 % accepted).
  await db.execute(sql`
    insert into quarterly_reports (organization_id, period_id, status, form_version, answers, submitted_at, submitted_late, accepted_at, accepted_by)
    select o.id, p.id, s.status::report_status, '2026.1',
      jsonb_build_object(
        'directions', jsonb_build_array('medicine', 'digital', case when o.id % 2 = 0 then 'construction' else 'agriculture' end),
        'activities', 5 + o.id % 20, 'meetings', o.id % 6, 'parents', 10 + o.id % 40, 'zones', o.id % 3,
        'zones_description', case when o.id % 3 > 0 then 'Уголок «Юный врач» и мини-огород' end,
        'exp_high', 2 + p.quarter * 2, 'exp_middle', 10 - p.quarter, 'exp_low', 8 - p.quarter,
        'ctl_high', 3, 'ctl_middle', 9, 'ctl_low', 6,
        'best_practice', repeat('Неделя профессий: дети примеряли роли врача и строителя. ', 1 + o.id % 8),
        'best_practice_photos', jsonb_build_array('photo-a', 'photo-b'),
        'difficulties', 'Не хватает костюмов и наглядных пособий',
        'help_topics', jsonb_build_array('materials'),
        'help_text', case when o.id % 4 = 0 then 'Нужны пособия на казахском языке' end),
      case when s.status = 'draft' then null else (p.due_on::timestamp - interval '1 day' + (o.id % 3) * interval '1 day') at time zone 'Asia/Almaty' end,
      s.status <> 'draft' and o.id % 3 = 2,
      case when s.status = 'accepted' then p.due_on::timestamp + interval '3 days' end,
      case when s.status = 'accepted' then 1 end
    from organizations o
    cross join reporting_periods p
    cross join lateral (select case
      when p.quarter < 4 then 'accepted'
      when o.id % 10 = 1 then 'draft'
      when o.id % 10 = 2 then 'returned'
      when o.id % 10 in (3, 4) then 'submitted'
      else 'accepted' end as status) s
    where p.year = 2026 and not (p.quarter = 4 and o.id % 10 = 0)`);
  await db.execute(sql`
    insert into report_versions (report_id, version, form_version, answers, submitted_by, submitted_at, late)
    select id, v, form_version, answers, 1, submitted_at, submitted_late
    from quarterly_reports, generate_series(1, case when id % 5 = 0 then 2 else 1 end) v
    where status <> 'draft'`);
  await db.execute(sql`
    insert into report_reviews (report_id, version, reviewer_id, decision, comment, field_comments, created_at)
    select id, 1, 1, case when status = 'returned' then 'returned' else 'accepted' end::review_decision,
      case when status = 'returned' then 'Уточните цифры' end,
      case when status = 'returned' then '{"parents": "Проверьте число родителей"}'::jsonb end,
      coalesce(accepted_at, now())
    from quarterly_reports where status in ('accepted', 'returned')`);
  await db.execute(sql`vacuum analyze`);
}

async function count(db: Db, table: string): Promise<number> {
  const rows = (await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { n: number }[] | { rows: { n: number }[] };
  return (Array.isArray(rows) ? rows : rows.rows)[0]!.n;
}

async function main() {
  const name = `erte_bench_exports_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = connectPostgres(url.toString(), { max: 4 });
  const started = Date.now();
  try {
    await database.migrate();
    const db = database.db;
    const seedStarted = Date.now();
    await seed(db);
    console.log(`exports benchmark on PostgreSQL (${name}); load average now ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} cores`);
    console.log(
      `seeded in ${fmt((Date.now() - seedStarted) / 1000, 1)} s: ${await count(db, "organizations")} kindergartens, ${await count(db, "kindergarten_groups")} groups, ` +
        `${await count(db, "quarterly_reports")} reports, ${await count(db, "report_versions")} versions, ${await count(db, "report_reviews")} review decisions\n`,
    );
    const period = (await findPeriod(db, 2026, 4))!;

    // National .xlsx export of Q4: three runs (the first warms caches and the JIT).
    console.log("national .xlsx export, 2026 Q4 (query → workbook → buffer):");
    const exportTimes: number[] = [];
    for (let run = 1; run <= 3; run++) {
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      const [reports, reviews, groups] = await Promise.all([
        loadKindergartenReports(db, national, period, NOW),
        loadReviewHistory(db, national, period),
        loadScopeGroups(db, national),
      ]);
      const t1 = performance.now();
      const xlsx = await buildReportWorkbook({ form: currentForm, reports, reviews, groups }, "ru");
      const t2 = performance.now();
      const used = process.cpuUsage(cpu);
      exportTimes.push(t2 - t0);
      console.log(
        `  run ${run}: ${fmt(t2 - t0)} ms (queries ${fmt(t1 - t0)} ms, workbook ${fmt(t2 - t1)} ms; CPU of this process ${fmt((used.user + used.system) / 1000)} ms), ${fmt(xlsx.length / 1024 / 1024, 2)} MB; ` +
          `rows read: ${reports.length} kindergartens with their reports, ${reviews.length} review decisions, ${groups.length} groups`,
      );
    }
    console.log(`  best ${fmt(Math.min(...exportTimes))} ms, worst ${fmt(Math.max(...exportTimes))} ms (target < 10,000 ms)\n`);

    // Charts: the national status chart (20 regions), and a region of 500 kindergartens (grouped bars).
    for (const [label, regionCode] of [["national status chart (20 regions)", undefined], ["regional status chart (aktobe, 500 kindergartens → 30 grouped bars)", "aktobe"]] as const) {
      const total: number[] = [];
      const render: number[] = [];
      const renderCpu: number[] = [];
      let rows = 0;
      for (let run = 0; run < 6; run++) {
        const t0 = performance.now();
        const reports = await loadKindergartenReports(db, national, period, NOW, regionCode, { answers: false });
        const t1 = performance.now();
        const cpu = process.cpuUsage();
        await renderStatusChart({ title: "Статус отчётов", bars: statusBars(reports, "ru", textsFor("ru")) }, "ru");
        const t2 = performance.now();
        const used = process.cpuUsage(cpu);
        if (run === 0) continue; // warm-up
        renderCpu.push((used.user + used.system) / 1000);
        total.push(t2 - t0);
        render.push(t2 - t1);
        rows = reports.length;
      }
      total.sort((a, b) => a - b);
      render.sort((a, b) => a - b);
      renderCpu.sort((a, b) => a - b);
      console.log(`${label}: median ${fmt(percentile(total, 50))} ms, worst ${fmt(total.at(-1)!)} ms (render alone: median ${fmt(percentile(render, 50))} ms, CPU ${fmt(percentile(renderCpu, 50))} ms); rows read: ${rows} (target < 300 ms)`);
    }
    const chart = await statusChartFor(db, { scope: national, period, now: NOW, language: "kk" });
    console.log(`  (statusChartFor, kk, end to end once more: ${chart.png.length} bytes, ${chart.rows} rows)\n`);

    const plan = (await db.execute(sql.raw(`explain (analyze, costs off, timing off) ${kindergartenReportsQuery(db, national, period).toSQL().sql.replace(/\$(\d+)/g, (_, i) => literal(kindergartenReportsQuery(db, national, period).toSQL().params[Number(i) - 1]))}`))) as unknown;
    const lines = (Array.isArray(plan) ? plan : (plan as { rows: unknown[] }).rows).map((r) => Object.values(r as object)[0] as string);
    console.log("plan of the national report query:");
    for (const line of lines) console.log(`  ${line}`);
    console.log(`\ntotal ${fmt((Date.now() - started) / 1000, 1)} s`);
  } finally {
    await database.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

function literal(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return `'${String(value).replace(/'/g, "''")}'`;
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
