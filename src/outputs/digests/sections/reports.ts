import { and, eq, sql } from "drizzle-orm";
import { organizations, quarterlyReports } from "../../../db/schema/index.js";
import { almatyDay, daysBetween } from "../../../shared/local-date.js";
import { isLate } from "../../../reports/periods.js";
import { reportStage, reportStatus, reportStatusSql, type ReportStage } from "../../../figures/report-status.js";
import { alignedCounts } from "../format.js";
import { organizationsInScope } from "../../../figures/scope-filter.js";
import { defineSection, rowsOf, type AttentionFlag, type DigestQuery } from "../section.js";

/** A kindergarten's report: its stage in the review workflow and, from reportStatus, late / overdue. */
export interface ReportFacts {
  state: ReportStage;
  /** Handed in after the due day. */
  late: boolean;
  /** The due day has ended and nothing was handed in (a returned report is "returned", not overdue). */
  overdue: boolean;
  daysOverdue: number;
}

export type ReportTotals = Record<ReportStage, number> & { late: number; overdue: number; kindergartens: number };

/** The kindergartens of the scope, each with its report of the period (absent: not started). */
const withReports = ({ period }: DigestQuery) => sql`
  ${organizations} left join ${quarterlyReports} on ${quarterlyReports.organizationId} = ${organizations.id} and ${quarterlyReports.periodId} = ${period.id}`;

/** Report status of each kindergarten of the scope for the period (every kindergarten gets a row). */
export const reportsSection = defineSection<ReportFacts, ReportTotals>({
  key: "reports",
  async load({ db, scope, period, now }) {
    const rows = await db
      .select({ id: organizations.id, joinedOn: organizations.joinedOn, status: quarterlyReports.status, late: quarterlyReports.submittedLate })
      .from(organizations)
      .leftJoin(quarterlyReports, and(eq(quarterlyReports.organizationId, organizations.id), eq(quarterlyReports.periodId, period.id)))
      .where(organizationsInScope(scope));
    const days = isLate(period, now) ? daysBetween(period.dueOn, almatyDay(now)) : 0;
    const result = new Map<number, ReportFacts>();
    for (const row of rows) {
      const status = reportStatus({ status: row.status, submittedLate: row.late }, period, now, row);
      const overdue = status.category === "overdue";
      result.set(row.id, { state: reportStage(row.status), late: status.late, overdue, daysOverdue: overdue ? days : 0 });
    }
    return result;
  },
  async loadByRegion(query) {
    const standing = reportStatusSql(query.period, query.now);
    const status = quarterlyReports.status;
    const result = await query.db.execute(sql`
      select ${organizations.regionCode} as region, count(*)::int as kindergartens,
        count(*) filter (where ${status} is null)::int as not_started,
        count(*) filter (where ${status} = 'draft')::int as in_progress,
        count(*) filter (where ${status} = 'submitted')::int as submitted,
        count(*) filter (where ${status} = 'returned')::int as returned,
        count(*) filter (where ${status} = 'accepted')::int as accepted,
        count(*) filter (where ${standing.late})::int as late,
        count(*) filter (where ${standing.category} = 'overdue')::int as overdue
      from ${withReports(query)}
      where ${organizationsInScope(query.scope)}
      group by 1`);
    const totals = new Map<string, ReportTotals>();
    for (const r of rowsOf<Record<string, number | string>>(result)) {
      const n = (k: string) => Number(r[k]);
      totals.set(String(r.region), {
        "not-started": n("not_started"), "in-progress": n("in_progress"), submitted: n("submitted"), returned: n("returned"),
        accepted: n("accepted"), late: n("late"), overdue: n("overdue"), kindergartens: n("kindergartens"),
      });
    }
    return totals;
  },
  merge(total, other) {
    for (const key of Object.keys(total) as (keyof ReportTotals)[]) total[key] += other[key];
  },
  attentionSql(query) {
    const standing = reportStatusSql(query.period, query.now);
    return sql`
      select ${organizations.id} as organization_id, v.flag
      from ${withReports(query)}
      cross join lateral (values ('overdue', ${standing.category} = 'overdue'), ('returned', ${quarterlyReports.status} = 'returned')) as v(flag, raised)
      where ${organizationsInScope(query.scope)} and v.raised`;
  },
  empty: () => ({ "not-started": 0, "in-progress": 0, submitted: 0, returned: 0, accepted: 0, late: 0, overdue: 0, kindergartens: 0 }),
  add(total, facts) {
    total.kindergartens += 1;
    total[facts?.state ?? "not-started"] += 1;
    if (facts?.late) total.late += 1;
    if (facts?.overdue) total.overdue += 1;
  },
  attention(facts) {
    const flags: AttentionFlag[] = [];
    if (facts?.overdue) flags.push("overdue");
    if (facts?.state === "returned") flags.push("returned");
    return flags;
  },
  render(total, { t }, level) {
    if (level === "organization") return [];
    const rows: [string, number][] = [
      ["status-reports-accepted", total.accepted],
      ["status-reports-submitted", total.submitted],
      ["status-reports-returned", total.returned],
      ["status-reports-in-progress", total["in-progress"]],
      ["status-reports-not-started", total["not-started"]],
      ["status-reports-overdue", total.overdue],
      ["status-reports-late", total.late],
    ];
    const numbers = alignedCounts(rows.map(([, n]) => n));
    return [t("status-reports-title", { total: total.kindergartens }), ...rows.map(([key, n], i) => t(key, { n: numbers[i]!, count: n }))];
  },
});
