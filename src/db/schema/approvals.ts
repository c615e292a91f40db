import { bigint, date, integer, pgEnum, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { regions } from "./registry.js";
import { reportingPeriods } from "./reports.js";

/**
 * The levels of the approval chain above the kindergartens (DHIS2's data approval levels): the
 * methodological centre approves the region's reports after its review, the regional department
 * approves the region's submission upward, the Institute accepts it.
 */
export const approvalLevelEnum = pgEnum("approval_level", ["centre", "department", "institute"]);

/**
 * Where a region's quarter is in the chain: `level` is the highest level that has approved (null:
 * waiting for the centre). A level above that sends it back down leaves its comment here.
 * A missing row is "waiting for the centre", so a region that does not use approval yet keeps working.
 */
export const regionApprovals = pgTable(
  "region_approvals",
  {
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    periodId: integer("period_id")
      .notNull()
      .references(() => reportingPeriods.id),
    level: approvalLevelEnum("level"),
    centreBy: bigint("centre_by", { mode: "number" }),
    centreAt: timestamp("centre_at", { withTimezone: true }),
    departmentBy: bigint("department_by", { mode: "number" }),
    departmentAt: timestamp("department_at", { withTimezone: true }),
    instituteBy: bigint("institute_by", { mode: "number" }),
    instituteAt: timestamp("institute_at", { withTimezone: true }),
    /** The level that last sent the quarter back down, its comment, who and when (cleared by the next approval). */
    returnedFrom: approvalLevelEnum("returned_from"),
    returnComment: text("return_comment"),
    returnedBy: bigint("returned_by", { mode: "number" }),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.periodId] })],
);

/** The day (Asia/Almaty) by which each level should have approved a period: data an administrator sets. */
export const approvalDueDays = pgTable(
  "approval_due_days",
  {
    periodId: integer("period_id")
      .notNull()
      .references(() => reportingPeriods.id),
    level: approvalLevelEnum("level").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.level] })],
);
