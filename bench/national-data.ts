/**
 * The national-scale data of the benchmarks (bench:digest, bench:dashboard), seeded with
 * generate_series in a minute or two: 10,000 kindergartens in 20 regions, 1,000,000 parents
 * (1 % unreachable), a head for 98 % of kindergartens, two or three groups each, 40,000 reports
 * (four quarters of 2026) with answers, 20 regional coordinators (20000000 + 3i + 3), 40
 * methodologists (20000000 + 3i + 1, + 2), 2 national coordinators (20000061, 20000062); seminars
 * of the fourth quarter.
 */
import { sql } from "drizzle-orm";
import type { Db } from "../src/db/client.js";

export const KINDERGARTENS = 10_000;
export const PARENTS = 1_000_000;
export const NOW = new Date("2026-11-23T04:00:00Z"); // Monday 09:00 in Almaty, three days after the Q4 due day


export async function seed(db: Db) {
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

export async function counts(db: Db) {
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

/**
 * The tips "dose" of a year at national scale, as the triggers keep it (tip_dose): 500,000 parents
 * of experimental groups, about 13 weeks a quarter.
 */
export async function seedTipDose(db: Db) {
  await db.execute(sql`
    insert into tip_dose (organization_id, arm, quarter_start, sent, done)
    select o.id, 'experimental', q.d::date, 650 + o.id % 50, 300 + o.id % 40
    from organizations o, generate_series('2026-01-01'::date, '2026-10-01'::date, '3 months') q(d)
    on conflict do nothing`);
}
