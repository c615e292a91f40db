import { and, eq, inArray, sql } from "drizzle-orm";
import { organizations, quarterlyReports, reportingPeriods } from "../../db/schema/index.js";
import { SUBMITTED_STATUSES } from "../../reminders/report-reminders.js";
import { percent, signed } from "../format.js";
import { organizationsOf } from "../scope.js";
import { defineSection } from "../section.js";

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

const levelOf = (key: string) => sql<string | null>`${quarterlyReports.answers}->>${key}`;

function levels(row: Record<string, unknown>, arm: SkillArm): Levels | undefined {
  const p = prefix[arm];
  const values = [row[`${p}_high`], row[`${p}_middle`], row[`${p}_low`]].map((v) => (v === null || v === undefined ? NaN : Number(v)));
  if (values.some((v) => !Number.isFinite(v))) return undefined;
  return { high: values[0]!, middle: values[1]!, low: values[2]! };
}

const all = (l: Levels) => l.high + l.middle + l.low;

/**
 * Skill levels of experimental vs control groups from the handed-in reports, with the change of
 * the high level since the first quarter of the year (the programme observes at the start and the
 * end of the year; the change is measured on kindergartens that reported both times).
 */
export const skillsSection = defineSection<SkillFacts, SkillTotals>({
  key: "skills",
  async load({ db, scope, period }) {
    const periods = await db
      .select({ id: reportingPeriods.id, quarter: reportingPeriods.quarter })
      .from(reportingPeriods)
      .where(and(eq(reportingPeriods.year, period.year), inArray(reportingPeriods.quarter, [1, period.quarter])));
    const firstId = period.quarter === 1 ? undefined : periods.find((p) => p.quarter === 1)?.id;
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
  empty: () => ({
    arms: Object.fromEntries(
      skillArms.map((arm) => [arm, { levels: { high: 0, middle: 0, low: 0 }, kindergartens: 0, paired: { kindergartens: 0, nowHigh: 0, nowAll: 0, firstHigh: 0, firstAll: 0 } }]),
    ) as Record<SkillArm, ArmTotals>,
  }),
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
