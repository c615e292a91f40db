import { and, eq, inArray, sql } from "drizzle-orm";
import { organizations, quarterlyReports, reportingPeriods } from "../../../db/schema/index.js";
import { HANDED_IN_STATUSES } from "../../../figures/report-status.js";
import { percent, signed } from "../format.js";
import { organizationsInScope } from "../../../figures/scope-filter.js";
import type { Db } from "../../../db/client.js";
import type { ReportingPeriod } from "../../../reports/periods.js";
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

/** The skill-level columns the database keeps beside the answers (null unless a number). */
const columns = {
  exp_high: quarterlyReports.skillExpHigh,
  exp_middle: quarterlyReports.skillExpMiddle,
  exp_low: quarterlyReports.skillExpLow,
  ctl_high: quarterlyReports.skillCtlHigh,
  ctl_middle: quarterlyReports.skillCtlMiddle,
  ctl_low: quarterlyReports.skillCtlLow,
};

function levels(row: Record<string, unknown>, arm: SkillArm): Levels | undefined {
  const p = prefix[arm];
  const values = [row[`${p}_high`], row[`${p}_middle`], row[`${p}_low`]].map((v) => (v === null || v === undefined ? NaN : Number(v)));
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
  chatOnly: true,
  async load({ db, scope, period }) {
    const firstId = await firstQuarterId(db, period);
    const rows = await db
      .select({
        id: quarterlyReports.organizationId,
        periodId: quarterlyReports.periodId,
        ...columns,
      })
      .from(quarterlyReports)
      .innerJoin(organizations, eq(organizations.id, quarterlyReports.organizationId))
      .where(
        and(
          inArray(quarterlyReports.periodId, firstId ? [period.id, firstId] : [period.id]),
          inArray(quarterlyReports.status, [...HANDED_IN_STATUSES]),
          organizationsInScope(scope),
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
    const names = (a: "e" | "c") => (a === "e" ? ["skill_exp_high", "skill_exp_middle", "skill_exp_low"] : ["skill_ctl_high", "skill_ctl_middle", "skill_ctl_low"]);
    const armColumns = (a: "e" | "c") => {
      const [h, m, l] = names(a).map((c) => sql.raw(c));
      // The columns are null unless the arm's levels are usable, so one test tells it.
      const one = sql`c.${h} is not null`;
      const both = sql`c.${h} is not null and f.${h} is not null`;
      const x = sql.raw(a);
      return sql`
        coalesce(sum(c.${h}), 0) as ${x}_high,
        coalesce(sum(c.${m}), 0) as ${x}_middle,
        coalesce(sum(c.${l}), 0) as ${x}_low,
        count(*) filter (where ${one}) as ${x}_n,
        count(*) filter (where ${both}) as ${x}_pn,
        coalesce(sum(c.${h}) filter (where ${both}), 0) as ${x}_now_high,
        coalesce(sum(c.${h}::bigint + c.${m} + c.${l}) filter (where ${both}), 0) as ${x}_now_all,
        coalesce(sum(f.${h}) filter (where ${both}), 0) as ${x}_first_high,
        coalesce(sum(f.${h}::bigint + f.${m} + f.${l}) filter (where ${both}), 0) as ${x}_first_all`;
    };
    const result = await db.execute(sql`
      select ${organizations.regionCode} as region, ${armColumns("e")}, ${armColumns("c")}
      from quarterly_reports c
      join ${organizations} on ${organizations.id} = c.organization_id
      left join quarterly_reports f on f.organization_id = c.organization_id and f.period_id = ${firstId} and f.status in ('submitted', 'accepted')
      where c.period_id = ${period.id} and c.status in ('submitted', 'accepted') and ${organizationsInScope(scope)}
      group by ${organizations.regionCode}`);
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
