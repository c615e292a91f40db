import type { Db } from "../db/client.js";
import { findPeriod, loadKindergartenReports, type Period } from "../pilot-figures/period-reports.js";
import { programmeEffect } from "../pilot-figures/programme-effect-data.js";
import { organizationsInScope } from "../pilot-figures/scope-filter.js";
import { scopeLabel } from "../pilot-figures/scope-label.js";
import type { ViewScope } from "../registration/permissions.js";
import { mayDraftFor } from "./access.js";
import type { Language } from "../registration/roles.js";
import { buildAnalyticsDocument } from "./analytics-document.js";

export class AnalyticsAccessError extends Error {}

/**
 * The analytical report draft of one region (or, with regionCode null, the national one) for a
 * period. Refuses what the scope may not see; the first quarter of the year is the baseline.
 */
export async function draftAnalytics(
  db: Db,
  input: { scope: ViewScope; period: Period; regionCode: string | null; now: Date; language: Language },
): Promise<{ docx: Buffer; organizations: number; label: string }> {
  if (!mayDraftFor(input.scope, input.regionCode)) throw new AnalyticsAccessError("outside the actor's scope");
  const region = input.regionCode ?? undefined;
  const reports = await loadKindergartenReports(db, input.scope, input.period, input.now, region);
  const baselinePeriod = input.period.quarter === 1 ? undefined : await findPeriod(db, input.period.year, 1);
  const baselineReports = baselinePeriod ? await loadKindergartenReports(db, input.scope, baselinePeriod, input.now, region) : null;
  const label = await scopeLabel(db, input.scope, input.language, region);
  const effect = await programmeEffect(db, organizationsInScope(input.scope, region), input.period);
  const docx = await buildAnalyticsDocument(
    { scopeLabel: label, national: input.regionCode === null, period: input.period, generatedAt: input.now, reports, baselineReports, effect },
    input.language,
  );
  return { docx, organizations: reports.length, label };
}
