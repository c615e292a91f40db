import { and, desc, eq, inArray, lt, or } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { quarterlyReports, reportingPeriods } from "../db/schema/index.js";
import type { Answers } from "../reports/form/types.js";

/**
 * Data-quality rules, as DHIS2's validation rules and outlier detection: figures that are unlikely
 * when set beside the kindergarten's previous report. They are flagged to the methodologist at
 * review and listed in the documents — never refused and never changed. (Children at the three
 * levels not adding up to the arm's children is refused at submission: src/reports/form/rules.ts.)
 *
 * - children-jump: an arm's children (high + middle + low) change by half or more since the previous report;
 * - share-jump: an arm's share of children at a high level moves by 40 percentage points or more;
 * - same-as-previous: every figure of the report equals the previous report's (copied forward?).
 */
export const CHILDREN_JUMP_RATIO = 0.5;
export const SHARE_JUMP_POINTS = 40;
/** The figures compared for "same as previous"; at least this many must be present in both. */
const FIGURES = ["activities", "meetings", "parents", "zones", "exp_high", "exp_middle", "exp_low", "ctl_high", "ctl_middle", "ctl_low"] as const;
const MIN_FIGURES_FOR_SAME = 4;

export type QualityRule = "children-jump" | "share-jump" | "same-as-previous";
export interface QualityFlag {
  rule: QualityRule;
  arm?: "exp" | "ctl";
  before?: number;
  after?: number;
}

const num = (answers: Answers, key: string): number | null => {
  const v = answers[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
};

function armLevels(answers: Answers, arm: "exp" | "ctl"): { children: number; high: number } | null {
  const high = num(answers, `${arm}_high`);
  const middle = num(answers, `${arm}_middle`);
  const low = num(answers, `${arm}_low`);
  if (high === null || middle === null || low === null) return null;
  const children = high + middle + low;
  return children > 0 ? { children, high } : null;
}

/** The flags of a report's answers beside the same kindergarten's previous handed-in answers (null: none). */
export function qualityFlags(current: Answers, previous: Answers | null): QualityFlag[] {
  if (!previous) return [];
  const flags: QualityFlag[] = [];
  for (const arm of ["exp", "ctl"] as const) {
    const now = armLevels(current, arm);
    const before = armLevels(previous, arm);
    if (!now || !before) continue;
    if (Math.abs(now.children - before.children) >= CHILDREN_JUMP_RATIO * before.children) flags.push({ rule: "children-jump", arm, before: before.children, after: now.children });
    const shareNow = (100 * now.high) / now.children;
    const shareBefore = (100 * before.high) / before.children;
    if (Math.abs(shareNow - shareBefore) >= SHARE_JUMP_POINTS) flags.push({ rule: "share-jump", arm, before: Math.round(shareBefore), after: Math.round(shareNow) });
  }
  const compared = FIGURES.filter((k) => num(current, k) !== null && num(previous, k) !== null);
  if (compared.length >= MIN_FIGURES_FOR_SAME && compared.every((k) => num(current, k) === num(previous, k))) flags.push({ rule: "same-as-previous" });
  return flags;
}

/**
 * The latest handed-in answers of each organisation's report for a period before `period` (the
 * comparison point of the rules), for many organisations in one query.
 */
export async function previousAnswers(db: Db, organizationIds: number[], period: { year: number; quarter: number }): Promise<Map<number, Answers>> {
  if (organizationIds.length === 0) return new Map();
  const rows = await db
    .select({ organizationId: quarterlyReports.organizationId, answers: quarterlyReports.answers, year: reportingPeriods.year, quarter: reportingPeriods.quarter })
    .from(quarterlyReports)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, quarterlyReports.periodId))
    .where(
      and(
        inArray(quarterlyReports.organizationId, organizationIds),
        inArray(quarterlyReports.status, ["submitted", "accepted"]),
        or(lt(reportingPeriods.year, period.year), and(eq(reportingPeriods.year, period.year), lt(reportingPeriods.quarter, period.quarter))),
      ),
    )
    .orderBy(desc(reportingPeriods.year), desc(reportingPeriods.quarter));
  const result = new Map<number, Answers>();
  for (const row of rows) if (!result.has(row.organizationId)) result.set(row.organizationId, row.answers as Answers);
  return result;
}

/**
 * The reports among `rows` whose handed-in answers raise a flag beside the same kindergarten's
 * previous report, in the order given: the one list /review, the documents, the weekly digest and
 * the .xlsx export show.
 */
export async function flaggedReports<R extends { organizationId: number; answers: Answers | null }>(
  db: Db,
  rows: R[],
  period: { year: number; quarter: number },
): Promise<{ row: R; flags: QualityFlag[] }[]> {
  const withAnswers = rows.filter((r) => r.answers);
  const previous = await previousAnswers(db, withAnswers.map((r) => r.organizationId), period);
  return withAnswers.map((row) => ({ row, flags: qualityFlags(row.answers!, previous.get(row.organizationId) ?? null) })).filter((q) => q.flags.length > 0);
}

/** A flag as the reader's text: one locale key per rule, with its figures. */
export function qualityFlagText(t: (key: string, params?: Record<string, string | number>) => string, flag: QualityFlag): string {
  return t(`quality-${flag.rule}`, { arm: flag.arm ?? "", before: flag.before ?? 0, after: flag.after ?? 0 });
}
