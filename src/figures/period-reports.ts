import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organizations, quarterlyReports, regions, reportingPeriods, reportVersions } from "../db/schema/index.js";
import type { Scope } from "../registration/permissions.js";
import type { Answers } from "../reports/form/types.js";
import { isHandedIn, reportStatus, type StatusCategory } from "./report-status.js";
import { organizationsInScope } from "./scope-filter.js";

export type Period = typeof reportingPeriods.$inferSelect;

export interface KindergartenReport {
  organizationId: number;
  regionCode: string;
  regionKk: string;
  regionRu: string;
  registryNo: number;
  /** Exactly as in the registry. */
  name: string;
  reportId: number | null;
  category: StatusCategory;
  submittedAt: Date | null;
  /** Handed in (submitted or accepted) after the due day, as reportStatus says. */
  late: boolean;
  versionCount: number;
  formVersion: string | null;
  /** What was last handed in (the latest submitted version); null when nothing was. */
  answers: Answers | null;
}

export async function findPeriod(db: Db, year: number, quarter: number): Promise<Period | undefined> {
  const [row] = await db.select().from(reportingPeriods).where(and(eq(reportingPeriods.year, year), eq(reportingPeriods.quarter, quarter)));
  return row;
}

/** Periods that have opened by `today` (YYYY-MM-DD in Asia/Almaty), latest first. */
export async function openedPeriods(db: Db, today: string): Promise<Period[]> {
  const rows = await db.select().from(reportingPeriods).orderBy(desc(reportingPeriods.year), desc(reportingPeriods.quarter));
  return rows.filter((p) => p.opensOn <= today);
}

/**
 * One row per pilot kindergarten in the scope (and region, if given) with its report for the
 * period: status category, when and whether late it was handed in, how many versions, and the
 * answers of the latest submitted version. Ordered by region, then registry number.
 */
export async function loadKindergartenReports(
  db: Db,
  scope: Scope,
  period: Period,
  now: Date,
  regionCode?: string,
  options: { answers: boolean } = { answers: true },
): Promise<KindergartenReport[]> {
  const rows = await kindergartenReportsQuery(db, scope, period, regionCode, options);
  return rows.map((r) => {
    const status = reportStatus({ status: r.status, submittedLate: r.late }, period, now, r);
    return {
      organizationId: r.organizationId,
      regionCode: r.regionCode,
      regionKk: r.regionKk,
      regionRu: r.regionRu,
      registryNo: r.registryNo,
      name: r.name,
      reportId: r.reportId,
      category: status.category,
      submittedAt: r.submittedAt,
      late: status.late,
      versionCount: r.versionCount ?? 0,
      formVersion: r.formVersion,
      answers: typeof r.answers === "string" ? (JSON.parse(r.answers) as Answers) : (r.answers ?? null),
    };
  });
}

/** The query behind loadKindergartenReports (exposed so the benchmark can print its plan). */
export function kindergartenReportsQuery(db: Db, scope: Scope, period: Period, regionCode?: string, options: { answers: boolean } = { answers: true }) {
  // Per report, two probes of report_versions' (report_id, version) index: the latest version's
  // answers and the number of versions (a submitted report may be edited again before the due day,
  // so the draft's answers are not necessarily what was handed in). A status chart skips both.
  const latestAnswers = options.answers
    ? sql<Answers | null>`(select v.answers from ${reportVersions} v where v.report_id = ${quarterlyReports.id} order by v.version desc limit 1)`
    : sql<Answers | null>`null`;
  const versionCount = (options.answers ? sql<number>`(select count(*) from ${reportVersions} v where v.report_id = ${quarterlyReports.id})` : sql<number>`0`).mapWith(Number);
  return db
    .select({
      organizationId: organizations.id,
      regionCode: organizations.regionCode,
      regionKk: regions.nameKk,
      regionRu: regions.nameRu,
      registryNo: organizations.registryNo,
      name: organizations.name,
      joinedOn: organizations.joinedOn,
      reportId: quarterlyReports.id,
      status: quarterlyReports.status,
      submittedAt: quarterlyReports.submittedAt,
      late: quarterlyReports.submittedLate,
      formVersion: quarterlyReports.formVersion,
      versionCount,
      answers: latestAnswers,
    })
    .from(organizations)
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .leftJoin(quarterlyReports, and(eq(quarterlyReports.organizationId, organizations.id), eq(quarterlyReports.periodId, period.id)))
    .where(organizationsInScope(scope, regionCode))
    .orderBy(asc(organizations.regionCode), asc(organizations.registryNo));
}

/** Reports whose figures count: handed in and not sent back for corrections. */
export function countsInFigures(row: KindergartenReport): boolean {
  return isHandedIn(row.category) && row.answers !== null;
}
