import type { Db } from "../../db/client.js";
import { findPeriod, loadKindergartenReports, type Period } from "../../figures/period-reports.js";
import { scopeLabel } from "../../figures/scope-label.js";
import { skillsChartInput, skillTotals, statusBars } from "../../figures/summaries.js";
import type { Scope } from "../../registration/permissions.js";
import type { Language } from "../../registration/roles.js";
import { textsFor } from "../../shared/locale-text.js";
import { renderChartSvg, stackChartsPng } from "./render-png.js";
import { skillsChartSpec } from "./skills-chart.js";
import { statusChartSpec } from "./status-chart.js";

export interface WeeklyChartRequest {
  scope: Scope;
  regionCode?: string;
  period: Period;
  now: Date;
  /** Only the languages someone will receive it in. */
  languages: Language[];
}

/**
 * The picture beside the weekly digest, one PNG per language asked: report status as stacked bars
 * (a bar per region for the country; per kindergarten for a region, grouped into about 30 bars of
 * consecutive registry numbers above 60 — see statusBars), and under it experimental vs control
 * skill levels (with the first quarter beside) when the reports give any (`skills`). The scope's
 * reports are read once for all languages.
 */
export async function weeklyDigestCharts(db: Db, request: WeeklyChartRequest): Promise<{ pngs: Map<Language, Buffer>; rows: number; skills: boolean }> {
  const { scope, regionCode, period, now } = request;
  const reports = await loadKindergartenReports(db, scope, period, now, regionCode);
  const baselinePeriod = period.quarter === 1 ? undefined : await findPeriod(db, period.year, 1);
  const baseline = baselinePeriod ? await loadKindergartenReports(db, scope, baselinePeriod, now, regionCode) : [];
  const current = skillTotals(reports);
  const first = skillTotals(baseline);
  const pngs = new Map<Language, Buffer>();
  for (const language of new Set(request.languages)) {
    const t = textsFor(language);
    const label = await scopeLabel(db, scope, language, regionCode);
    const status = statusChartSpec(
      { title: t("chart-status-title", { scope: label, year: String(period.year), quarter: period.quarter }), bars: statusBars(reports, language, t) },
      language,
    );
    const skills = skillsChartInput(t("chart-skills-title", { scope: label }), period.quarter, current, first);
    const charts = [renderChartSvg(status), ...(skills ? [renderChartSvg(skillsChartSpec(skills, language))] : [])];
    pngs.set(language, await stackChartsPng(charts));
  }
  return { pngs, rows: reports.length + baseline.length, skills: current !== null };
}
