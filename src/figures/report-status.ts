import { sql, type SQL } from "drizzle-orm";
import { organizations, quarterlyReports } from "../db/schema/index.js";
import { isLate } from "../reports/periods.js";

/**
 * The one definition of where a kindergarten's report stands, used by every output (/status, the
 * weekly digest, the charts, the .xlsx, the analytical .docx). It follows the due day the
 * administrator sets for the period, and only it: a report is overdue from the first moment after
 * the due day (Asia/Almaty) while it is not handed in. The reminders' later nudges (day +1, +3, +5)
 * are when to remind, not a status.
 *
 * A kindergarten added to the pilot after a period's due day (`organizations.joined_on` later than
 * the due day) owes nothing for that period: its report is never overdue, no reminder asks for it,
 * and /report does not open it ("no period is open" until the next one opens).
 * The registry the pilot started with has no joining day and owes every period.
 *
 * Categories, mutually exclusive (each report is in exactly one):
 * - before the due day has ended, not handed in: "not-started" (nothing yet) or "in-progress" (a draft);
 * - "overdue": the due day has ended and nothing was handed in (none, or still a draft);
 * - "returned": handed in, sent back for corrections and not yet resubmitted (not overdue: it was handed in);
 * - "submitted" (waiting for review) or "accepted": handed in, on time or late (`late`).
 */
export const statusCategories = ["not-started", "in-progress", "submitted", "returned", "accepted", "overdue"] as const;
export type StatusCategory = (typeof statusCategories)[number];
export type StatusCounts = Record<StatusCategory, number>;
export type StoredReportStatus = "draft" | "submitted" | "returned" | "accepted";

/** A report counts as handed in in these stored states ('returned' needs handing in again). */
export const HANDED_IN_STATUSES = ["submitted", "accepted"] as const satisfies readonly StoredReportStatus[];

/**
 * Where a report is in the review workflow, whatever the due day says: the stored status, with
 * "not-started" for no report and "in-progress" for a draft. /status shows it beside the deadline
 * flags (a kindergarten's card says "a draft" and "overdue" at once).
 */
export type ReportStage = Exclude<StatusCategory, "overdue">;
export const reportStages = ["not-started", "in-progress", "submitted", "returned", "accepted"] as const satisfies readonly ReportStage[];

export function reportStage(status: StoredReportStatus | null): ReportStage {
  if (status === null) return "not-started";
  return status === "draft" ? "in-progress" : status;
}

export interface ReportStatus {
  category: StatusCategory;
  /** Handed in (submitted or accepted) after its due day; false for every other category. */
  late: boolean;
}

export function emptyCounts(): StatusCounts {
  return { "not-started": 0, "in-progress": 0, submitted: 0, returned: 0, accepted: 0, overdue: 0 };
}

export function isHandedIn(category: StatusCategory): boolean {
  return category === "submitted" || category === "accepted";
}

/** Whether a kindergarten owes the period's report: it was in the pilot by the end of the due day. */
export function owesReport(organization: { joinedOn: string | null }, period: { dueOn: string }): boolean {
  return organization.joinedOn === null || organization.joinedOn <= period.dueOn;
}

/** The same rule as owesReport, as an SQL condition on `organizations` (reminders, the digest's counts). */
export function owesReportSql(period: { dueOn: string }): SQL<boolean> {
  return sql<boolean>`(${organizations.joinedOn} is null or ${organizations.joinedOn} <= ${period.dueOn})`;
}

/**
 * Where a report stands at `now`; `report` is null when the kindergarten has not started one. A
 * report the kindergarten does not owe (it joined after the due day) stays "not-started" or
 * "in-progress", never "overdue".
 */
export function reportStatus(
  report: { status: StoredReportStatus | null; submittedLate: boolean | null } | null,
  period: { dueOn: string },
  now: Date,
  organization: { joinedOn: string | null },
): ReportStatus {
  const status = report?.status ?? null;
  if (status === "submitted" || status === "accepted") return { category: status, late: report?.submittedLate === true };
  if (status === "returned") return { category: "returned", late: false };
  if (isLate(period, now) && owesReport(organization, period)) return { category: "overdue", late: false };
  return { category: status === "draft" ? "in-progress" : "not-started", late: false };
}

/** Counts of a set of reports: per category, and how many of the handed-in ones were on time or late. */
export interface DeadlineCounts extends StatusCounts {
  onTime: number;
  late: number;
}

export function countReportStatuses(statuses: Iterable<ReportStatus>): DeadlineCounts {
  const counts: DeadlineCounts = { ...emptyCounts(), onTime: 0, late: 0 };
  for (const s of statuses) {
    counts[s.category] += 1;
    if (isHandedIn(s.category)) counts[s.late ? "late" : "onTime"] += 1;
  }
  return counts;
}

/**
 * The same rule as reportStatus, as SQL over `quarterly_reports` left-joined to the organisations
 * (a missing row is "not-started"), for the counts the digest adds up in the database.
 */
export function reportStatusSql(period: { dueOn: string }, now: Date): { category: SQL<StatusCategory>; late: SQL<boolean> } {
  const status = quarterlyReports.status;
  const pastDue = sql.raw(String(isLate(period, now)));
  const owed = owesReportSql(period);
  return {
    category: sql<StatusCategory>`(case
      when ${status} in ('submitted', 'accepted', 'returned') then ${status}::text
      when ${pastDue} and ${owed} then 'overdue'
      when ${status} = 'draft' then 'in-progress'
      else 'not-started' end)`,
    late: sql<boolean>`(${quarterlyReports.submittedLate} and ${status} in ('submitted', 'accepted'))`,
  };
}
