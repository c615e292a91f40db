import type { Language } from "../../registration/roles.js";
import { statusCategories, type StatusCounts } from "../../figures/report-status.js";
import { textsFor } from "../../shared/locale-text.js";
import { renderChartPng, shortLabel, type ChartSpec } from "./render-png.js";

export interface StatusChartInput {
  /** The chart's title line, e.g. the region and the period (already in the user's language). */
  title: string;
  /** One bar per region or kindergarten (or group of kindergartens), top to bottom. */
  bars: { label: string; counts: StatusCounts }[];
}

/** Above this many bars the caller groups them (see groupBarsForChart): a phone screen shows no more. */
export const MAX_STATUS_BARS = 60;

const colours: Record<(typeof statusCategories)[number], string> = {
  "not-started": "#bdbdbd",
  "in-progress": "#64b5f6",
  submitted: "#1e88e5",
  returned: "#ffb300",
  accepted: "#43a047",
  overdue: "#e53935",
};

/**
 * Report status as horizontal stacked bars (not started … overdue), labels in `language`.
 * Readable on a phone with 20 regions or up to 60 kindergartens; more bars are cut to the first 60.
 */
export async function renderStatusChart(input: StatusChartInput, language: Language): Promise<Buffer> {
  const { option, size } = statusChartSpec(input, language);
  return renderChartPng(option, size);
}

/** The status chart's echarts option and size (renderStatusChart draws it; the weekly picture stacks it). */
export function statusChartSpec(input: StatusChartInput, language: Language): ChartSpec {
  const t = textsFor(language);
  const bars = input.bars.slice(0, MAX_STATUS_BARS);
  const rowHeight = bars.length > 30 ? 22 : 30;
  const height = Math.max(360, 150 + rowHeight * bars.length);
  const labels = bars.map((b) => shortLabel(b.label, 38));
  // echarts draws the first category at the bottom of a vertical axis: reverse to read top-down.
  const reversed = [...bars].reverse();
  // A bar per kindergarten holds one report: the bar names its status instead of counting to one.
  const oneEach = bars.every((b) => statusCategories.reduce((a, c) => a + b.counts[c], 0) <= 1);
  return {
    option: {
      title: { text: shortLabel(input.title, 90), left: "center", top: 10, textStyle: { fontSize: 17 } },
      legend: { top: 40, itemGap: 14, textStyle: { fontSize: 13 } },
      grid: { left: 16, right: 32, top: 84, bottom: 28, containLabel: true },
      xAxis: { type: "value", minInterval: 1, max: oneEach ? 1 : undefined, show: !oneEach, axisLabel: { fontSize: 12 } },
      yAxis: { type: "category", data: [...labels].reverse(), axisLabel: { fontSize: bars.length > 30 ? 11 : 13 } },
      series: statusCategories.map((category) => ({
        name: t(`chart-status-${category}`),
        type: "bar",
        stack: "status",
        barMaxWidth: 26,
        itemStyle: { color: colours[category] },
        label: {
          show: bars.length <= 30,
          fontSize: 11,
          color: category === "not-started" || category === "returned" ? "#212121" : "#ffffff",
          formatter: (p: { value: number; seriesName: string }) => (p.value <= 0 ? "" : oneEach ? p.seriesName : String(p.value)),
        },
        data: reversed.map((b) => b.counts[category]),
      })),
    },
    size: { width: 1000, height },
  };
}
