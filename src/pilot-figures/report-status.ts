import { OVERDUE_FLAG_AFTER_DAYS } from "../reminders/report-reminders.js";
import { periodDueEnd } from "../reports/periods.js";
import { DAY_MS } from "../shared/clock.js";

/** Where a kindergarten's report stands, as charts, exports and the analytical report count it. */
export const statusCategories = ["not-started", "in-progress", "submitted", "returned", "accepted", "overdue"] as const;
export type StatusCategory = (typeof statusCategories)[number];
export type StatusCounts = Record<StatusCategory, number>;

export function emptyCounts(): StatusCounts {
  return { "not-started": 0, "in-progress": 0, submitted: 0, returned: 0, accepted: 0, overdue: 0 };
}

/**
 * A report not handed in (none or a draft) becomes overdue once the due day is OVERDUE_FLAG_AFTER_DAYS
 * days behind — the same flag the reminders raise for the coordinators. A returned report stays
 * "returned": it was handed in once and waits for corrections.
 */
export function statusCategory(status: "draft" | "submitted" | "returned" | "accepted" | null, period: { dueOn: string }, now: Date): StatusCategory {
  if (status === "submitted" || status === "returned" || status === "accepted") return status;
  if (now.getTime() >= periodDueEnd(period).getTime() + (OVERDUE_FLAG_AFTER_DAYS - 1) * DAY_MS) return "overdue";
  return status === "draft" ? "in-progress" : "not-started";
}
