import { and, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { organizations } from "../../db/schema/index.js";
import { findPeriod, loadKindergartenReports, type Period } from "../../figures/period-reports.js";
import { programmeEffect } from "../../figures/programme-effect-data.js";
import { organizationsInScope } from "../../figures/scope-filter.js";
import { scopeLabel } from "../../figures/scope-label.js";
import type { Scope } from "../../registration/permissions.js";
import { mayDraftFor } from "./access.js";
import type { Language } from "../../registration/roles.js";
import { buildAnalyticsDocument, type DocumentKind, type YearQuarter } from "./analytics-document.js";
import { chainStatesOfPeriod } from "../../approvals/chain-state.js";
import { listRegions } from "../../registration/registry.js";
import { sortRegionsByName } from "../../shared/region-order.js";
import { flaggedReports } from "../../figures/data-quality.js";

export class AnalyticsAccessError extends Error {}

/**
 * A document of one region (or, with regionCode null, the country) for a period: the quarterly
 * information (default), the January–November analytical report, or the Ministry's summary (national
 * only, from the regions the Institute has accepted). Refuses what the scope may not see; the first
 * quarter of the year is the baseline.
 */
export async function draftAnalytics(
  db: Db,
  input: { scope: Scope; period: Period; regionCode: string | null; now: Date; language: Language; kind?: DocumentKind },
): Promise<{ docx: Buffer; organizations: number; label: string }> {
  if (!mayDraftFor(input.scope, input.regionCode)) throw new AnalyticsAccessError("outside the actor's scope");
  if (input.kind === "ministry" && input.regionCode !== null) throw new AnalyticsAccessError("the Ministry's summary is national");
  const region = input.regionCode ?? undefined;
  let reports = await loadKindergartenReports(db, input.scope, input.period, input.now, region);
  let regionsIncluded: { included: number; total: number; excludedNames: string[] } | undefined;
  if (input.kind === "ministry") {
    const regions = sortRegionsByName(await listRegions(db), input.language, (r) => ({ kk: r.nameKk, ru: r.nameRu }));
    const states = await chainStatesOfPeriod(db, input.period.id, regions.map((r) => r.code), input.now);
    const accepted = new Set(regions.filter((r) => states.get(r.code)?.waitingFor === null).map((r) => r.code));
    reports = reports.filter((r) => accepted.has(r.regionCode));
    regionsIncluded = {
      included: accepted.size,
      total: regions.length,
      excludedNames: regions.filter((r) => !accepted.has(r.code)).map((r) => (input.language === "kk" ? r.nameKk : r.nameRu)),
    };
  }
  const baselinePeriod = input.period.quarter === 1 ? undefined : await findPeriod(db, input.period.year, 1);
  const keptRegions = new Set(reports.map((r) => r.regionCode));
  const included = (rows: typeof reports) => (regionsIncluded ? rows.filter((r) => keptRegions.has(r.regionCode)) : rows);
  const baselineReports = baselinePeriod ? included(await loadKindergartenReports(db, input.scope, baselinePeriod, input.now, region)) : null;
  const label = await scopeLabel(db, input.scope, input.language, region);
  // The Ministry's summary: the estimate over the accepted regions' kindergartens only.
  const acceptedOnly = regionsIncluded ? inArray(organizations.regionCode, [...keptRegions, "-"]) : undefined;
  const effect = await programmeEffect(db, and(organizationsInScope(input.scope, region), acceptedOnly)!, input.period);
  const quality = await flaggedReports(db, reports, input.period);
  const yearQuarters = input.kind === "final" ? await januaryToNovember(db, input.scope, input.period, input.now, region) : undefined;
  const docx = await buildAnalyticsDocument(
    { quality, yearQuarters, kind: input.kind, regionsIncluded, scopeLabel: label, national: input.regionCode === null, period: input.period, generatedAt: input.now, reports, baselineReports, effect },
    input.language,
  );
  return { docx, organizations: reports.length, label };
}

/** Reports handed in for January–November are due on 30 November at the latest. */
export const FINAL_REPORT_LAST_DAY = "11-30";

/**
 * The January–November report's period: every quarter of the year up to `period` whose reports were
 * due by 30 November, each with its kindergartens' reports (the document sums and compares them all).
 */
export async function januaryToNovember(db: Db, scope: Scope, period: Period, now: Date, regionCode?: string): Promise<YearQuarter[]> {
  const quarters: YearQuarter[] = [];
  for (let quarter = 1; quarter <= period.quarter; quarter++) {
    const p = quarter === period.quarter ? period : await findPeriod(db, period.year, quarter);
    if (!p || p.dueOn > `${period.year}-${FINAL_REPORT_LAST_DAY}`) continue;
    quarters.push({ quarter, dueOn: p.dueOn, reports: await loadKindergartenReports(db, scope, p, now, regionCode) });
  }
  return quarters;
}
