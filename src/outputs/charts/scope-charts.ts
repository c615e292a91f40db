import type { Db } from "../../db/client.js";
import { findPeriod, loadKindergartenReports, type KindergartenReport, type Period } from "../../figures/period-reports.js";
import { scopeLabel } from "../../figures/scope-label.js";
import { skillsChartInput, skillTotals, statusBars } from "../../figures/summaries.js";
import type { Scope } from "../../registration/permissions.js";
import type { Language } from "../../registration/roles.js";
import { textsFor } from "../../shared/locale-text.js";
import { renderSkillsChart } from "./skills-chart.js";
import { renderStatusChart } from "./status-chart.js";

interface ChartRequest {
  scope: Scope;
  period: Period;
  now: Date;
  language: Language;
  regionCode?: string;
  /** Already loaded rows of this scope and period (saves a query when the caller has them). */
  reports?: KindergartenReport[];
}

/** The status chart of a scope and period: a bar per region, or per kindergarten of one region. */
export async function statusChartFor(db: Db, request: ChartRequest): Promise<{ png: Buffer; rows: number }> {
  const reports = request.reports ?? (await loadKindergartenReports(db, request.scope, request.period, request.now, request.regionCode, { answers: false }));
  const t = textsFor(request.language);
  const label = await scopeLabel(db, request.scope, request.language, request.regionCode);
  const title = t("chart-status-title", { scope: label, year: String(request.period.year), quarter: request.period.quarter });
  const png = await renderStatusChart({ title, bars: statusBars(reports, request.language, t) }, request.language);
  return { png, rows: reports.length };
}

/** Experimental vs control skill levels of a scope and period (first quarter beside); null without figures. */
export async function skillsChartFor(db: Db, request: ChartRequest): Promise<{ png: Buffer; rows: number } | null> {
  const reports = request.reports ?? (await loadKindergartenReports(db, request.scope, request.period, request.now, request.regionCode));
  const baselinePeriod = request.period.quarter === 1 ? undefined : await findPeriod(db, request.period.year, 1);
  const baseline = baselinePeriod ? await loadKindergartenReports(db, request.scope, baselinePeriod, request.now, request.regionCode) : [];
  const label = await scopeLabel(db, request.scope, request.language, request.regionCode);
  const input = skillsChartInput(textsFor(request.language)("chart-skills-title", { scope: label }), request.period.quarter, skillTotals(reports), skillTotals(baseline));
  if (!input) return null;
  return { png: await renderSkillsChart(input, request.language), rows: reports.length + baseline.length };
}
