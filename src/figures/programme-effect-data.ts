import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organizations, quarterlyReports, reportingPeriods } from "../db/schema/index.js";
import { HANDED_IN_STATUSES } from "./report-status.js";
import type { ReportingPeriod } from "../reports/periods.js";
import { estimateProgrammeEffect, type ArmCount, type EffectOptions, type KindergartenPair, type ProgrammeEffect } from "./programme-effect.js";

/**
 * Each kindergarten's skill levels in the handed-in reports of the period and of the same year's
 * first quarter (the baseline), per arm: the pairs the programme's effect is estimated from. Only
 * handed-in reports (submitted or accepted) count, as in /status and the digest. `organizationsWhere`
 * is the caller's scope as a condition on `organizations` (the chat's or the export's filter).
 */
export async function loadKindergartenPairs(db: Db, organizationsWhere: SQL, period: ReportingPeriod): Promise<KindergartenPair[]> {
  if (period.quarter === 1) return [];
  const [first] = await db
    .select({ id: reportingPeriods.id })
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.year, period.year), eq(reportingPeriods.quarter, 1)));
  if (!first) return [];
  const r = quarterlyReports;
  const rows = await db
    .select({
      organizationId: r.organizationId,
      periodId: r.periodId,
      expHigh: r.skillExpHigh,
      expMiddle: r.skillExpMiddle,
      expLow: r.skillExpLow,
      ctlHigh: r.skillCtlHigh,
      ctlMiddle: r.skillCtlMiddle,
      ctlLow: r.skillCtlLow,
    })
    .from(r)
    .innerJoin(organizations, eq(organizations.id, r.organizationId))
    .where(and(inArray(r.periodId, [period.id, first.id]), inArray(r.status, [...HANDED_IN_STATUSES]), organizationsWhere));
  // The generated columns are null unless the arm's three levels are whole numbers adding up to more than 0.
  const arm = (high: number | null, middle: number | null, low: number | null): ArmCount | undefined =>
    high === null || middle === null || low === null ? undefined : { high, all: high + middle + low };
  const byOrganization = new Map<number, { first?: typeof rows[number]; now?: typeof rows[number] }>();
  for (const row of rows) {
    const entry = byOrganization.get(row.organizationId) ?? {};
    if (row.periodId === period.id) entry.now = row;
    else entry.first = row;
    byOrganization.set(row.organizationId, entry);
  }
  const pairs: KindergartenPair[] = [];
  for (const [organizationId, { first: f, now: n }] of byOrganization) {
    if (!f || !n) continue;
    const ef = arm(f.expHigh, f.expMiddle, f.expLow);
    const en = arm(n.expHigh, n.expMiddle, n.expLow);
    const cf = arm(f.ctlHigh, f.ctlMiddle, f.ctlLow);
    const cn = arm(n.ctlHigh, n.ctlMiddle, n.ctlLow);
    pairs.push({
      organizationId,
      ...(ef && en ? { experimental: { first: ef, now: en } } : {}),
      ...(cf && cn ? { control: { first: cf, now: cn } } : {}),
    });
  }
  return pairs;
}

/** The programme's effect for a scope and period (null for the first quarter: there is no change yet). */
export async function programmeEffect(db: Db, organizationsWhere: SQL, period: ReportingPeriod, options?: EffectOptions): Promise<ProgrammeEffect | null> {
  if (period.quarter === 1) return null;
  return estimateProgrammeEffect(await loadKindergartenPairs(db, organizationsWhere, period), options);
}
