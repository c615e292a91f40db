import type { SkillLevels, SkillsChartInput, } from "../outputs/charts/skills-chart.js";
import type { StatusChartInput } from "../outputs/charts/status-chart.js";
import type { Language } from "../registration/roles.js";
import type { Translate } from "../shared/locale-text.js";
import { byRegionName, sortRegionsByName } from "../shared/region-order.js";
import { countsInFigures, type KindergartenReport } from "./period-reports.js";
import { countReportStatuses, type DeadlineCounts, type StatusCounts } from "./report-status.js";

/** Up to this many kindergartens get a bar each; above it they are grouped by registry number. */
export const KINDERGARTEN_BARS_MAX = 60;
const GROUPED_BARS = 30;

export function regionName(row: Pick<KindergartenReport, "regionKk" | "regionRu">, language: Language): string {
  return language === "kk" ? row.regionKk : row.regionRu;
}

/** The regions of `rows`, alphabetically in the reader's language (the one order of regions). */
export function regionCodesInOrder(rows: Pick<KindergartenReport, "regionCode" | "regionKk" | "regionRu">[], language: Language): string[] {
  const names = new Map(rows.map((r) => [r.regionCode, { kk: r.regionKk, ru: r.regionRu }]));
  return sortRegionsByName([...names.keys()], language, (code) => names.get(code)!);
}

/** Rows in the reader's order of regions (a stable sort: each region's rows keep their own order). */
export function inRegionOrder<T extends { regionKk: string; regionRu: string }>(rows: T[], language: Language): T[] {
  return [...rows].sort(byRegionName(language, (r) => ({ kk: r.regionKk, ru: r.regionRu })));
}

/** Reports per status category, and on time / late among the handed-in ones (see reportStatus). */
export function countStatuses(rows: KindergartenReport[]): DeadlineCounts {
  return countReportStatuses(rows);
}

/** Reports per status category only: a chart's bar. */
function categoryCounts(rows: KindergartenReport[]): StatusCounts {
  const { onTime: _onTime, late: _late, ...counts } = countReportStatuses(rows);
  return counts;
}

/**
 * Bars for the status chart: a bar per region when the rows span several regions; otherwise a bar
 * per kindergarten up to 60, and above that about 30 bars of consecutive registry numbers (a region
 * of 700 kindergartens still fits a phone screen, and a cluster of overdue ones still shows).
 */
export function statusBars(rows: KindergartenReport[], language: Language, t: Translate): StatusChartInput["bars"] {
  const regionCodes = regionCodesInOrder(rows, language);
  if (regionCodes.length > 1) {
    return regionCodes.map((code) => {
      const inRegion = rows.filter((r) => r.regionCode === code);
      return { label: regionName(inRegion[0]!, language), counts: categoryCounts(inRegion) };
    });
  }
  if (rows.length <= KINDERGARTEN_BARS_MAX) return rows.map((r) => ({ label: `${r.registryNo}. ${r.name}`, counts: categoryCounts([r]) }));
  const size = Math.ceil(rows.length / GROUPED_BARS);
  const bars: StatusChartInput["bars"] = [];
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    bars.push({ label: t("chart-status-group", { from: chunk[0]!.registryNo, to: chunk.at(-1)!.registryNo }), counts: categoryCounts(chunk) });
  }
  return bars;
}

const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const answered = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v);

/** Children per skill level and arm over the reports that count; null when no report has levels. */
export function skillTotals(rows: KindergartenReport[]): { experimental: SkillLevels; control: SkillLevels; reports: number } | null {
  const experimental = { high: 0, middle: 0, low: 0 };
  const control = { high: 0, middle: 0, low: 0 };
  let reports = 0;
  for (const r of rows) {
    if (!countsInFigures(r)) continue;
    const a = r.answers!;
    const hasExp = answered(a.exp_high) || answered(a.exp_middle) || answered(a.exp_low);
    const hasCtl = answered(a.ctl_high) || answered(a.ctl_middle) || answered(a.ctl_low);
    if (!hasExp && !hasCtl) continue;
    reports += 1;
    experimental.high += num(a.exp_high);
    experimental.middle += num(a.exp_middle);
    experimental.low += num(a.exp_low);
    control.high += num(a.ctl_high);
    control.middle += num(a.ctl_middle);
    control.low += num(a.ctl_low);
  }
  return reports === 0 ? null : { experimental, control, reports };
}

export function skillsChartInput(title: string, quarter: number, current: ReturnType<typeof skillTotals>, baseline: ReturnType<typeof skillTotals> | null): SkillsChartInput | null {
  if (!current) return null;
  return {
    title,
    current: { quarter, experimental: current.experimental, control: current.control },
    baseline: baseline && quarter !== 1 ? { quarter: 1, experimental: baseline.experimental, control: baseline.control } : null,
  };
}

/** Totals of the activity figures over the reports that count. */
export function activityTotals(rows: KindergartenReport[]): { reports: number; activities: number; meetings: number; parents: number; zones: number } {
  const totals = { reports: 0, activities: 0, meetings: 0, parents: 0, zones: 0 };
  for (const r of rows) {
    if (!countsInFigures(r)) continue;
    totals.reports += 1;
    totals.activities += num(r.answers!.activities);
    totals.meetings += num(r.answers!.meetings);
    totals.parents += num(r.answers!.parents);
    totals.zones += num(r.answers!.zones);
  }
  return totals;
}

/** How many of the counted reports chose each value of a multi-choice field, most frequent first. */
export function choiceFrequency(rows: KindergartenReport[], field: string): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  // Organisations, not reports: one that chose an option in several quarters (January–November) counts once.
  const seen = new Set<string>();
  for (const r of rows) {
    if (!countsInFigures(r)) continue;
    const v = r.answers![field];
    if (!Array.isArray(v)) continue;
    for (const item of new Set(v)) {
      if (seen.has(`${r.organizationId}:${item}`)) continue;
      seen.add(`${r.organizationId}:${item}`);
      counts.set(item, (counts.get(item) ?? 0) + 1);
    }
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** Non-empty texts of a field with the kindergarten they come from (registry order). */
export function quotes(rows: KindergartenReport[], field: string): { text: string; row: KindergartenReport }[] {
  const result: { text: string; row: KindergartenReport }[] = [];
  for (const r of rows) {
    if (!countsInFigures(r)) continue;
    const v = r.answers![field];
    if (typeof v === "string" && v.trim().length > 0) result.push({ text: v.trim(), row: r });
  }
  return result;
}
