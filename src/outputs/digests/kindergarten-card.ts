import { and, eq, inArray, sql } from "drizzle-orm";
import { activeOrganization } from "../../registration/active-organizations.js";
import type { Db } from "../../db/client.js";
import { organizations, quarterlyReports } from "../../db/schema/index.js";
import { HANDED_IN_STATUSES } from "../../figures/report-status.js";
import { formContextFor, formOf } from "../../reports/report-draft.js";
import { currentForm } from "../../reports/form/forms.js";
import { missingForSubmission } from "../../reports/form/rules.js";
import type { Answers } from "../../reports/form/types.js";
import type { ReportingPeriod } from "../../reports/periods.js";
import { percent } from "./format.js";

/** Figures a kindergarten compares with its region and the country. */
export const comparedMetrics = ["activities", "meetings", "parents", "exp-high", "ctl-high"] as const;
export type ComparedMetric = (typeof comparedMetrics)[number];

/**
 * How many other kindergartens must stand behind a figure before it is shown beside a
 * kindergarten's own: the minimum and maximum of a handful are other kindergartens' exact figures,
 * and a median of two is their average. The kindergarten itself is not counted (its own figure is
 * known to the reader and would let them take it back out).
 */
export const RANGE_MIN_OTHERS = 5;
export const MEDIAN_MIN_OTHERS = 3;

export interface Spread {
  /** Null when fewer than MEDIAN_MIN_OTHERS other kindergartens have the figure. */
  median: number | null;
  /** Null (both) when fewer than RANGE_MIN_OTHERS other kindergartens have the figure. */
  min: number | null;
  max: number | null;
  /** Kindergartens with the figure. */
  n: number;
}

export interface Comparison {
  metric: ComparedMetric;
  own: number | null;
  region: Spread | null;
  country: Spread | null;
}

export interface OpenReportGaps {
  /** Fluent keys of the questions still unanswered (empty when nothing is missing). */
  missingLabelKeys: string[];
  /** The report can still be handed in (not accepted, not submitted and waiting). */
  open: boolean;
}

/**
 * The kindergarten's figures. Shares are exact (`exact`) for the medians and ranges of others, so a
 * median is not taken of rounded values; the reader's own share is shown as a whole percentage.
 */
function metricsOf(answers: Record<string, unknown>, exact = false): Record<ComparedMetric, number | null> {
  const n = (key: string) => {
    const v = answers[key];
    return typeof v === "number" ? v : typeof v === "string" && v !== "" && Number.isFinite(Number(v)) ? Number(v) : null;
  };
  const share = (p: string) => {
    const [h, m, l] = [n(`${p}_high`), n(`${p}_middle`), n(`${p}_low`)];
    if (h === null || m === null || l === null) return null;
    return exact ? (h + m + l > 0 ? (h / (h + m + l)) * 100 : null) : percent(h, h + m + l);
  };
  return { activities: n("activities"), meetings: n("meetings"), parents: n("parents"), "exp-high": share("exp"), "ctl-high": share("ctl") };
}

/** The median and range of `values`, each only where enough `others` (kindergartens but the one compared) stand behind it. */
export function spreadOf(values: number[], others: number): Spread | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const wide = others >= RANGE_MIN_OTHERS;
  return {
    median: others >= MEDIAN_MIN_OTHERS ? Math.round(median * 10) / 10 : null,
    min: wide ? Math.round(sorted[0]! * 10) / 10 : null,
    max: wide ? Math.round(sorted.at(-1)! * 10) / 10 : null,
    n: sorted.length,
  };
}

const answerText = (key: string) => sql<string | null>`${quarterlyReports.answers}->>${key}`;

/**
 * A kindergarten's report figures next to its region's and the country's median and range, from
 * the handed-in reports of the period. Only figures leave this function — never another
 * kindergarten's name or id — and only those enough other kindergartens stand behind (spreadOf).
 */
export async function compareKindergarten(
  db: Db,
  organization: { id: number; regionCode: string },
  period: ReportingPeriod,
): Promise<Comparison[]> {
  const [rows, [ownRow]] = await Promise.all([
    db
      .select({
        organizationId: quarterlyReports.organizationId,
        regionCode: organizations.regionCode,
        activities: answerText("activities"),
        meetings: answerText("meetings"),
        parents: answerText("parents"),
        // Skill levels as the database keeps them beside the answers (null unless usable).
        exp_high: quarterlyReports.skillExpHigh,
        exp_middle: quarterlyReports.skillExpMiddle,
        exp_low: quarterlyReports.skillExpLow,
        ctl_high: quarterlyReports.skillCtlHigh,
        ctl_middle: quarterlyReports.skillCtlMiddle,
        ctl_low: quarterlyReports.skillCtlLow,
      })
      .from(quarterlyReports)
      .innerJoin(organizations, eq(organizations.id, quarterlyReports.organizationId))
      .where(and(eq(quarterlyReports.periodId, period.id), inArray(quarterlyReports.status, [...HANDED_IN_STATUSES]), activeOrganization)),
    db
      .select({ answers: quarterlyReports.answers })
      .from(quarterlyReports)
      .where(and(eq(quarterlyReports.periodId, period.id), eq(quarterlyReports.organizationId, organization.id))),
  ]);
  const own = metricsOf(ownRow?.answers ?? {});
  const country: Record<ComparedMetric, number[]> = { activities: [], meetings: [], parents: [], "exp-high": [], "ctl-high": [] };
  const region: Record<ComparedMetric, number[]> = { activities: [], meetings: [], parents: [], "exp-high": [], "ctl-high": [] };
  // Whether the kindergarten's own figure is among the values: the others are the rest.
  const ownCounted: Record<ComparedMetric, number> = { activities: 0, meetings: 0, parents: 0, "exp-high": 0, "ctl-high": 0 };
  for (const row of rows) {
    const m = metricsOf(row, true);
    for (const metric of comparedMetrics) {
      const v = m[metric];
      if (v === null) continue;
      country[metric].push(v);
      if (row.regionCode === organization.regionCode) region[metric].push(v);
      if (row.organizationId === organization.id) ownCounted[metric] = 1;
    }
  }
  return comparedMetrics.map((metric) => ({
    metric,
    own: own[metric],
    region: spreadOf(region[metric], region[metric].length - ownCounted[metric]),
    country: spreadOf(country[metric], country[metric].length - ownCounted[metric]),
  }));
}

/** What is still missing in the kindergarten's report of the period (every question when not started). */
export async function openReportGaps(db: Db, organizationId: number, period: ReportingPeriod): Promise<OpenReportGaps> {
  const [report] = await db
    .select()
    .from(quarterlyReports)
    .where(and(eq(quarterlyReports.organizationId, organizationId), eq(quarterlyReports.periodId, period.id)));
  // Handed in: nothing is missing (a submitted report waits for review; an accepted one is closed).
  if (report && (report.status === "accepted" || report.status === "submitted")) return { missingLabelKeys: [], open: false };
  const form = report ? formOf(report) : currentForm;
  const context = await formContextFor(db, organizationId, period);
  if (report?.status === "returned") {
    return { missingLabelKeys: Object.keys(report.returnedFields ?? {}).map((key) => form.fields.find((f) => f.key === key)?.labelKey).filter((k): k is string => !!k), open: true };
  }
  const { missing } = missingForSubmission(form, (report?.answers ?? {}) as Answers, context);
  return { missingLabelKeys: missing.map((f) => f.labelKey), open: true };
}
