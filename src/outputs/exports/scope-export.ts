import type { Db } from "../../db/client.js";
import { loadKindergartenReports, type Period } from "../../figures/period-reports.js";
import { flaggedReports } from "../../figures/data-quality.js";
import { programmeEffect } from "../../figures/programme-effect-data.js";
import { organizationsInScope } from "../../figures/scope-filter.js";
import { loadReviewHistory } from "../../figures/review-history.js";
import { loadScopeGroups } from "../../figures/scope-groups.js";
import type { Scope } from "../../registration/permissions.js";
import type { Language } from "../../registration/roles.js";
import { currentForm } from "../../reports/form/forms.js";
import { buildReportWorkbook } from "./report-workbook.js";

export interface ScopeExport {
  xlsx: Buffer;
  /** Rows read: kindergartens (one report each at most), review decisions, groups. */
  organizations: number;
  reviews: number;
  groups: number;
  reports: Awaited<ReturnType<typeof loadKindergartenReports>>;
}

/** The .xlsx export of what `scope` may see for `period` (optionally one region of it). */
export async function exportScope(
  db: Db,
  input: { scope: Scope; period: Period; now: Date; language: Language; regionCode?: string },
): Promise<ScopeExport> {
  const [reports, reviews, groups, effect] = await Promise.all([
    loadKindergartenReports(db, input.scope, input.period, input.now, input.regionCode),
    loadReviewHistory(db, input.scope, input.period, input.regionCode),
    loadScopeGroups(db, input.scope, input.regionCode),
    programmeEffect(db, organizationsInScope(input.scope, input.regionCode), input.period),
  ]);
  const quality = new Map((await flaggedReports(db, reports, input.period)).map((q) => [q.row.organizationId, q.flags]));
  const xlsx = await buildReportWorkbook({ form: currentForm, reports, reviews, groups, effect, quality, quarter: input.period.quarter }, input.language);
  return { xlsx, organizations: reports.length, reviews: reviews.length, groups: groups.length, reports };
}
