import { sql } from "drizzle-orm";
import { bigint, boolean, date, integer, jsonb, pgEnum, pgTable, serial, smallint, text, timestamp, uniqueIndex, index } from "drizzle-orm/pg-core";
import { organizations } from "./registry.js";

/**
 * Reporting periods are data administrators set (CLI and bot). Dates are calendar days in
 * Asia/Almaty: a period is open from the start of `opensOn` to the end of `dueOn`.
 */
export const reportingPeriods = pgTable(
  "reporting_periods",
  {
    id: serial("id").primaryKey(),
    year: smallint("year").notNull(),
    quarter: smallint("quarter").notNull(),
    opensOn: date("opens_on", { mode: "string" }).notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("reporting_periods_year_quarter").on(t.year, t.quarter)],
);

export const armEnum = pgEnum("arm", ["experimental", "control"]);

/** A kindergarten's group (топ) taking part, with its arm for the comparative monitoring. */
export const kindergartenGroups = pgTable(
  "kindergarten_groups",
  {
    id: serial("id").primaryKey(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id),
    name: text("name").notNull(),
    ageBand: text("age_band").notNull(),
    childrenCount: integer("children_count").notNull(),
    arm: armEnum("arm").notNull(),
    /** Set when the region's methodologist confirmed or changed the arm. */
    armConfirmedBy: bigint("arm_confirmed_by", { mode: "number" }),
    armConfirmedAt: timestamp("arm_confirmed_at", { withTimezone: true }),
    createdBy: bigint("created_by", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [index("kindergarten_groups_org").on(t.organizationId)],
);

/**
 * A skill level of one arm (children at the level: answers `exp_high` … `ctl_low` of the form) as a
 * number the database keeps beside the answers: null unless the arm's three levels are all whole or
 * decimal numbers (whole, as the form asks, at most 9 digits) adding up to more than nothing, so "the arm has figures" is one null test. The
 * country's /status adds these up for 10,000 kindergartens; reading them out of the jsonb answers
 * at query time was the national digest's slowest part.
 */
const skillLevel = (arm: "exp" | "ctl", level: "high" | "middle" | "low") => {
  const v = (l: string) => `(answers->>'${arm}_${l}')`;
  const isNumber = (l: string) => `${v(l)} ~ '^[0-9]{1,9}$'`;
  return integer(`skill_${arm}_${level}`).generatedAlwaysAs(
    sql.raw(
      `case when not (${isNumber("high")} and ${isNumber("middle")} and ${isNumber("low")}) then null ` +
        `when ${v("high")}::bigint + ${v("middle")}::bigint + ${v("low")}::bigint > 0 then ${v(level)}::integer end`,
    ),
  );
};

export const reportStatusEnum = pgEnum("report_status", ["draft", "submitted", "returned", "accepted"]);

/**
 * One report per organisation and period. The draft's answers live here (not in conversation
 * state), so a restart or a second staff member never loses what was typed.
 */
export const quarterlyReports = pgTable(
  "quarterly_reports",
  {
    id: serial("id").primaryKey(),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id),
    periodId: integer("period_id")
      .notNull()
      .references(() => reportingPeriods.id),
    status: reportStatusEnum("status").notNull().default("draft"),
    formVersion: text("form_version").notNull(),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull().default({}),
    /** Who is filling it in now (Telegram id); the second person is told. */
    editorId: bigint("editor_id", { mode: "number" }),
    /** Field keys a methodologist returned with comments; the head is walked through exactly these. */
    returnedFields: jsonb("returned_fields").$type<Record<string, string>>(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedLate: boolean("submitted_late").notNull().default(false),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedBy: bigint("accepted_by", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    skillExpHigh: skillLevel("exp", "high"),
    skillExpMiddle: skillLevel("exp", "middle"),
    skillExpLow: skillLevel("exp", "low"),
    skillCtlHigh: skillLevel("ctl", "high"),
    skillCtlMiddle: skillLevel("ctl", "middle"),
    skillCtlLow: skillLevel("ctl", "low"),
  },
  (t) => [
    uniqueIndex("quarterly_reports_org_period").on(t.organizationId, t.periodId),
    index("quarterly_reports_period_status").on(t.periodId, t.status),
    // /status reads every kindergarten's state for a period from the index alone (index-only scan).
    index("quarterly_reports_period_org_state").on(t.periodId, t.organizationId, t.status, t.submittedLate),
  ],
);

/** Every submitted version is kept, with the form version it answered. */
export const reportVersions = pgTable(
  "report_versions",
  {
    id: serial("id").primaryKey(),
    reportId: integer("report_id")
      .notNull()
      .references(() => quarterlyReports.id),
    version: integer("version").notNull(),
    formVersion: text("form_version").notNull(),
    answers: jsonb("answers").$type<Record<string, unknown>>().notNull(),
    submittedBy: bigint("submitted_by", { mode: "number" }).notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().default(sql`now()`),
    late: boolean("late").notNull().default(false),
  },
  (t) => [uniqueIndex("report_versions_report_version").on(t.reportId, t.version)],
);

export const reviewDecisionEnum = pgEnum("review_decision", ["accepted", "returned"]);

export const reportReviews = pgTable("report_reviews", {
  id: serial("id").primaryKey(),
  reportId: integer("report_id")
    .notNull()
    .references(() => quarterlyReports.id),
  version: integer("version").notNull(),
  reviewerId: bigint("reviewer_id", { mode: "number" }).notNull(),
  decision: reviewDecisionEnum("decision").notNull(),
  comment: text("comment"),
  fieldComments: jsonb("field_comments").$type<Record<string, string>>(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const reportSessionModeEnum = pgEnum("report_session_mode", ["fill", "single", "returned"]);

/**
 * Where a person is in a report: the field being asked (null → the summary). Kept in the database so
 * a restart or a redeploy continues exactly there; the answers themselves are in the draft.
 */
export const reportSessions = pgTable("report_sessions", {
  userId: bigint("user_id", { mode: "number" }).primaryKey(),
  reportId: integer("report_id")
    .notNull()
    .references(() => quarterlyReports.id, { onDelete: "cascade" }),
  fieldKey: text("field_key"),
  /** fill: walk every open field; single: change one answer then back to the summary; returned: walk the returned fields. */
  mode: reportSessionModeEnum("mode").notNull().default("fill"),
  /**
   * Telegram message id of the question asked now (or the summary). Its buttons are retired when the
   * next one is shown, and a message the person sent before it (a smaller id in the same private
   * chat) answered an earlier question: it is not taken as an answer to this one.
   */
  questionMessageId: integer("question_message_id"),
  /** Whether that question has buttons, so they are removed only when there are some (Telegram refuses an edit that changes nothing). */
  questionHasButtons: boolean("question_has_buttons").notNull().default(false),
  /** False after /cancel: the place is kept, but messages are no longer taken as answers. */
  active: boolean("active").notNull().default(true),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
