import type { Language } from "../../registration/roles.js";
import { textsFor } from "../../shared/locale-text.js";
import { renderChartPng, shortLabel, type ChartSpec } from "./render-png.js";
import { decimalComma } from "../digests/format.js";

export interface SkillLevels {
  high: number;
  middle: number;
  low: number;
}

export interface SkillsChartInput {
  title: string;
  /** Children per level in the period shown. */
  current: { experimental: SkillLevels; control: SkillLevels; quarter: number };
  /** The first quarter of the same year, for comparison, when it has figures. */
  baseline?: { experimental: SkillLevels; control: SkillLevels; quarter: number } | null;
}

const levels = ["high", "middle", "low"] as const;
const colours = { high: "#43a047", middle: "#fdd835", low: "#e53935" };

export function total(levelsOf: SkillLevels): number {
  return levelsOf.high + levelsOf.middle + levelsOf.low;
}

/** Shares in percent with one decimal; zeros when there are no children. */
export function shares(levelsOf: SkillLevels): SkillLevels {
  const sum = total(levelsOf);
  const pct = (n: number) => (sum === 0 ? 0 : Math.round((n / sum) * 1000) / 10);
  return { high: pct(levelsOf.high), middle: pct(levelsOf.middle), low: pct(levelsOf.low) };
}

/**
 * Experimental vs control groups side by side: each column is 100 % of the arm's observed children
 * split into high / middle / low; with the first quarter's columns beside when there is a baseline.
 */
export async function renderSkillsChart(input: SkillsChartInput, language: Language): Promise<Buffer> {
  const { option, size } = skillsChartSpec(input, language);
  return renderChartPng(option, size);
}

/** The skills chart's echarts option and size (renderSkillsChart draws it; the weekly picture stacks it). */
export function skillsChartSpec(input: SkillsChartInput, language: Language): ChartSpec {
  const t = textsFor(language);
  const columns: { label: string; levels: SkillLevels }[] = [];
  for (const arm of ["experimental", "control"] as const) {
    const armLabel = t(`chart-skills-${arm}`);
    if (input.baseline) columns.push({ label: `${armLabel}\n${t("chart-skills-quarter", { quarter: input.baseline.quarter })}`, levels: input.baseline[arm] });
    columns.push({ label: `${armLabel}\n${t("chart-skills-quarter", { quarter: input.current.quarter })}`, levels: input.current[arm] });
  }
  const percent = columns.map((c) => shares(c.levels));
  return {
    option: {
      title: { text: shortLabel(input.title, 90), left: "center", top: 10, textStyle: { fontSize: 17 } },
      legend: { top: 40, textStyle: { fontSize: 13 } },
      grid: { left: 16, right: 24, top: 84, bottom: 24, containLabel: true },
      xAxis: { type: "category", data: columns.map((c) => `${c.label}\n${t("chart-skills-children", { count: total(c.levels) })}`), axisLabel: { interval: 0, fontSize: 13, lineHeight: 18 } },
      yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value} %", fontSize: 12 } },
      series: levels.map((level) => ({
        name: t(`chart-skills-${level}`),
        type: "bar",
        stack: "levels",
        barMaxWidth: 90,
        itemStyle: { color: colours[level] },
        label: { show: true, fontSize: 12, color: "#212121", formatter: (p: { value: number }) => (p.value >= 4 ? `${decimalComma(p.value)} %` : "") },
        data: percent.map((p) => p[level]),
      })),
    },
    size: { width: 1000, height: 600 },
  };
}
