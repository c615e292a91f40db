import { and, eq, inArray, sql } from "drizzle-orm";
import { organizations, quarterlyReports, reportingPeriods } from "../../db/schema/index.js";
import { SUBMITTED_STATUSES } from "../../reminders/report-reminders.js";
import { percent, signed } from "../format.js";
import { organizationsOf } from "../scope.js";
import type { Db } from "../../db/client.js";
import type { ReportingPeriod } from "../../reports/periods.js";
import { defineSection, rowsOf } from "../section.js";

export const skillArms = ["experimental", "control"] as const;
export type SkillArm = (typeof skillArms)[number];
const prefix: Record<SkillArm, "exp" | "ctl"> = { experimental: "exp", control: "ctl" };

/** Children at each skill level in one arm (answers exp_high/middle/low, ctl_high/middle/low). */
export interface Levels {
  high: number;
  middle: number;
  low: number;
}
export type ArmLevels = Partial<Record<SkillArm, Levels>>;

export interface SkillFacts {
  /** From the handed-in (submitted or accepted) report of the period. */
  current: ArmLevels;
  /** From the handed-in report of the first quarter of the same year (absent when the period is it). */
  first: ArmLevels;
}

interface ArmTotals {
  levels: Levels;
  kindergartens: number;
  /** Kindergartens with figures in both the period and the first quarter: the change is theirs. */
  paired: { kindergartens: number; nowHigh: number; nowAll: number; firstHigh: number; firstAll: number };
}
export interface SkillTotals {
  arms: Record<SkillArm, ArmTotals>;
}

const NUMBER = /^\d+(\.\d+)?$/;

const levelOf = (key: string) => sql<string | null>`${quarterlyReports.answers}->>${key}`;

function levels(row: Record<string, unknown>, arm: SkillArm): Levels | undefined {
  const p = prefix[arm];
  // The same test as the SQL of loadByRegion: a whole or decimal number, nothing else.
  const values = [row[`${p}_high`], row[`${p}_middle`], row[`${p}_low`]].map((v) => (v !== null && v !== undefined && NUMBER.test(String(v)) ? Number(v) : NaN));
  if (values.some((v) => !Number.isFinite(v))) return undefined;
  return { high: values[0]!, middle: values[1]!, low: values[2]! };
}

const all = (l: Levels) => l.high + l.middle + l.low;

const emptyTotals = (): SkillTotals => ({
    arms: Object.fromEntries(
      skillArms.map((arm) => [arm, { levels: { high: 0, middle: 0, low: 0 }, kindergartens: 0, paired: { kindergartens: 0, nowHigh: 0, nowAll: 0, firstHigh: 0, firstAll: 0 } }]),
    ) as Record<SkillArm, ArmTotals>,
});

/** The first quarter of the period's year, unless the period is it. */
async function firstQuarterId(db: Db, period: ReportingPeriod): Promise<number | undefined> {
  if (period.quarter === 1) return undefined;
  const [first] = await db
    .select({ id: reportingPeriods.id })
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.year, period.year), eq(reportingPeriods.quarter, 1)));
  return first?.id;
}

/**
 * Skill levels of experimental vs control groups from the handed-in reports, with the change of
 * the high level since the first quarter of the year (the programme observes at the start and the
 * end of the year; the change is measured on kindergartens that reported both times).
 */
export const skillsSection = defineSection<SkillFacts, SkillTotals>({
  key: "skills",
  async load({ db, scope, period }) {
    const firstId = await firstQuarterId(db, period);
    const rows = await db
      .select({
        id: quarterlyReports.organizationId,
        periodId: quarterlyReports.periodId,
        exp_high: levelOf("exp_high"),
        exp_middle: levelOf("exp_middle"),
        exp_low: levelOf("exp_low"),
        ctl_high: levelOf("ctl_high"),
        ctl_middle: levelOf("ctl_middle"),
        ctl_low: levelOf("ctl_low"),
      })
      .from(quarterlyReports)
      .innerJoin(organizations, eq(organizations.id, quarterlyReports.organizationId))
      .where(
        and(
          inArray(quarterlyReports.periodId, firstId ? [period.id, firstId] : [period.id]),
          inArray(quarterlyReports.status, [...SUBMITTED_STATUSES]),
          organizationsOf(scope),
        ),
      );
    const result = new Map<number, SkillFacts>();
    for (const row of rows) {
      const facts = result.get(row.id) ?? result.set(row.id, { current: {}, first: {} }).get(row.id)!;
      const target = row.periodId === period.id ? facts.current : facts.first;
      for (const arm of skillArms) {
        const l = levels(row, arm);
        if (l && all(l) > 0) target[arm] = l;
      }
    }
    return result;
  },
  async loadByRegion({ db, scope, period }) {
    const firstId = (await firstQuarterId(db, period)) ?? -1;
    const n = (key: string) =>
      sql`case when (${quarterlyReports.answers}->>${key}) ~ '^[0-9]+([.][0-9]+)?$' then (${quarterlyReports.answers}->>${key})::numeric end`;
    const armColumns = (a: "e" | "c") => {
      const both = sql.raw(`c.${a}_ok and f.${a}_ok`);
      const one = sql.raw(`c.${a}_ok`);
      return sql`
        coalesce(sum(c.${sql.raw(a)}h) filter (where ${one}), 0) as ${sql.raw(a)}_high,
        coalesce(sum(c.${sql.raw(a)}m) filter (where ${one}), 0) as ${sql.raw(a)}_middle,
        coalesce(sum(c.${sql.raw(a)}l) filter (where ${one}), 0) as ${sql.raw(a)}_low,
        count(*) filter (where ${one}) as ${sql.raw(a)}_n,
        count(*) filter (where ${both}) as ${sql.raw(a)}_pn,
        coalesce(sum(c.${sql.raw(a)}h) filter (where ${both}), 0) as ${sql.raw(a)}_now_high,
        coalesce(sum(c.${sql.raw(a)}h + c.${sql.raw(a)}m + c.${sql.raw(a)}l) filter (where ${both}), 0) as ${sql.raw(a)}_now_all,
        coalesce(sum(f.${sql.raw(a)}h) filter (where ${both}), 0) as ${sql.raw(a)}_first_high,
        coalesce(sum(f.${sql.raw(a)}h + f.${sql.raw(a)}m + f.${sql.raw(a)}l) filter (where ${both}), 0) as ${sql.raw(a)}_first_all`;
    };
    const result = await db.execute(sql`
      with lv as (
        select ${quarterlyReports.organizationId} as organization_id, ${quarterlyReports.periodId} as period_id, ${organizations.regionCode} as region_code,
          ${n("exp_high")} as eh, ${n("exp_middle")} as em, ${n("exp_low")} as el,
          ${n("ctl_high")} as ch, ${n("ctl_middle")} as cm, ${n("ctl_low")} as cl
        from ${quarterlyReports} inner join ${organizations} on ${organizations.id} = ${quarterlyReports.organizationId}
        where ${quarterlyReports.periodId} in (${period.id}, ${firstId})
          and ${quarterlyReports.status} in ('submitted', 'accepted') and ${organizationsOf(scope)}
      ), ok as (
        select lv.*,
          (eh is not null and em is not null and el is not null and eh + em + el > 0) as e_ok,
          (ch is not null and cm is not null and cl is not null and ch + cm + cl > 0) as c_ok
        from lv
      )
      select c.region_code as region, ${armColumns("e")}, ${armColumns("c")}
      from ok c left join ok f on f.organization_id = c.organization_id and f.period_id = ${firstId}
      where c.period_id = ${period.id}
      group by c.region_code`);
    const totals = new Map<string, SkillTotals>();
    for (const row of rowsOf<Record<string, string | number>>(result)) {
      const t = emptyTotals();
      for (const [arm, a] of [["experimental", "e"], ["control", "c"]] as const) {
        const v = (k: string) => Number(row[`${a}_${k}`] ?? 0);
        t.arms[arm] = {
          levels: { high: v("high"), middle: v("middle"), low: v("low") },
          kindergartens: v("n"),
          paired: { kindergartens: v("pn"), nowHigh: v("now_high"), nowAll: v("now_all"), firstHigh: v("first_high"), firstAll: v("first_all") },
        };
      }
      totals.set(String(row.region), t);
    }
    return totals;
  },
  merge(total, other) {
    for (const arm of skillArms) {
      const t = total.arms[arm];
      const o = other.arms[arm];
      t.kindergartens += o.kindergartens;
      t.levels.high += o.levels.high;
      t.levels.middle += o.levels.middle;
      t.levels.low += o.levels.low;
      for (const k of ["kindergartens", "nowHigh", "nowAll", "firstHigh", "firstAll"] as const) t.paired[k] += o.paired[k];
    }
  },
  empty: emptyTotals,
  add(total, facts) {
    if (!facts) return;
    for (const arm of skillArms) {
      const now = facts.current[arm];
      if (!now) continue;
      const t = total.arms[arm];
      t.kindergartens += 1;
      t.levels.high += now.high;
      t.levels.middle += now.middle;
      t.levels.low += now.low;
      const first = facts.first[arm];
      if (first) {
        t.paired.kindergartens += 1;
        t.paired.nowHigh += now.high;
        t.paired.nowAll += all(now);
        t.paired.firstHigh += first.high;
        t.paired.firstAll += all(first);
      }
    }
  },
  render(total, { t }) {
    const lines = [t("status-skills-title")];
    if (skillArms.every((arm) => total.arms[arm].kindergartens === 0)) return [...lines, t("status-skills-none")];
    for (const arm of skillArms) {
      const a = total.arms[arm];
      const whole = all(a.levels);
      const cell = (n: number) => {
        const p = percent(n, whole);
        return p === null ? "—" : `${String(p).padStart(3, "\u2007")}%`;
      };
      lines.push(t(`status-skills-${arm}`, { high: cell(a.levels.high), middle: cell(a.levels.middle), low: cell(a.levels.low), kindergartens: a.kindergartens }));
    }
    const changes = skillArms
      .map((arm) => {
        const p = total.arms[arm].paired;
        const now = percent(p.nowHigh, p.nowAll);
        const first = percent(p.firstHigh, p.firstAll);
        return now === null || first === null ? null : { arm, change: signed(now - first), kindergartens: p.kindergartens };
      })
      .filter((c) => c !== null);
    for (const c of changes) lines.push(t(`status-skills-change-${c.arm}`, { change: c.change, kindergartens: c.kindergartens }));
    return lines;
  },
});
