import { sql } from "drizzle-orm";
import { bigint, boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organizations, regions } from "./registry.js";
import { armEnum, kindergartenGroups } from "./reports.js";
import { memberships, users } from "./users.js";

/**
 * Weekly home activities for parents. Seeded from the library shipped with the code
 * (src/tips/library), editable from the chat: `source` tells which rows a deployment may refresh.
 * `content` holds both languages: { kk: ActivityText, ru: ActivityText }.
 */
export const tipSourceEnum = pgEnum("tip_source", ["library", "chat"]);

export const activities = pgTable(
  "activities",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull(),
    direction: text("direction").notNull(),
    season: text("season").notNull(),
    /** Age bands of the groups (src/reports/groups.ts) whose parents may get it: 3–6 unless narrower. */
    ageBands: text("age_bands").array().notNull().default(sql`'{middle,senior,preschool}'::text[]`),
    /** 1: a theme's first visit; 2: the theme returns a step harder, sent after the first steps. */
    step: smallint("step").notNull().default(1),
    minutes: smallint("minutes").notNull(),
    content: jsonb("content").$type<unknown>().notNull(),
    /** National order of sending; a region may set its own (region_tip_settings). */
    position: integer("position").notNull(),
    source: tipSourceEnum("source").notNull().default("library"),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    updatedBy: bigint("updated_by", { mode: "number" }),
    /**
     * The number of the approved revision the row holds (activity_revisions.number). The columns
     * above are that revision's copy, the only text the plan and /tip read; a change is written
     * with compare-and-set on this number.
     */
    revision: integer("revision").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("activities_slug").on(t.slug), index("activities_position").on(t.position)],
);

export const activityRevisionStatusEnum = pgEnum("activity_revision_status", ["proposed", "approved", "rejected"]);

/**
 * Every version of an activity, kept for good: the shipped library's (author null), an editor's
 * edit or restore, and a methodologist's proposal, which becomes a numbered revision only when a
 * national editor other than its author approves it. A proposed new activity has no activity yet
 * (activity_id null until approved), so nothing proposed can reach a parent.
 */
export const activityRevisions = pgTable(
  "activity_revisions",
  {
    id: serial("id").primaryKey(),
    activityId: integer("activity_id").references(() => activities.id),
    /** 1, 2, … per activity once approved; null while proposed or when rejected. */
    number: integer("number"),
    status: activityRevisionStatusEnum("status").notNull(),
    /** The revision an edit was written against (null: a new activity). */
    baseNumber: integer("base_number"),
    /** The revision whose content a restore brought back. */
    restoredFrom: integer("restored_from"),
    direction: text("direction").notNull(),
    season: text("season").notNull(),
    /** The age groups and the step it was written for, as on `activities`. */
    ageBands: text("age_bands").array().notNull().default(sql`'{middle,senior,preschool}'::text[]`),
    step: smallint("step").notNull().default(1),
    minutes: smallint("minutes").notNull(),
    content: jsonb("content").$type<unknown>().notNull(),
    /** Who wrote it; null: the library shipped with the code. */
    authorId: bigint("author_id", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: bigint("decided_by", { mode: "number" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    /** Why a proposal was rejected (the editor's words, shown to its author). */
    reason: text("reason"),
  },
  (t) => [
    uniqueIndex("activity_revisions_number").on(t.activityId, t.number),
    index("activity_revisions_activity").on(t.activityId, t.id),
    index("activity_revisions_status").on(t.status, t.id),
  ],
);

/** A parent's child in a group: one row per child (a parent of two children has two). */
export const parentChildren = pgTable(
  "parent_children",
  {
    id: serial("id").primaryKey(),
    membershipId: integer("membership_id")
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    userId: bigint("user_id", { mode: "number" })
      .notNull()
      .references(() => users.telegramId, { onDelete: "cascade" }),
    groupId: integer("group_id")
      .notNull()
      .references(() => kindergartenGroups.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("parent_children_membership_group").on(t.membershipId, t.groupId), index("parent_children_user").on(t.userId), index("parent_children_group").on(t.groupId)],
);

/** When a parent wants the week's activity (Asia/Almaty), and whether at all. */
export const tipSettings = pgTable("tip_settings", {
  userId: bigint("user_id", { mode: "number" })
    .primaryKey()
    .references(() => users.telegramId, { onDelete: "cascade" }),
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: smallint("weekday").notNull().default(6),
  hour: smallint("hour").notNull().default(10),
  paused: boolean("paused").notNull().default(false),
  /** Set once a parent who joined before groups were asked has been asked for their child's group. */
  askedChildAt: timestamp("asked_child_at", { withTimezone: true }),
  /** Set once a parent whose children are all under three has been told why no activity comes. */
  underThreeToldAt: timestamp("under_three_told_at", { withTimezone: true }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A region's choices: its own order of activities, and whether control-group parents receive them. */
export const regionTipSettings = pgTable("region_tip_settings", {
  regionCode: text("region_code")
    .primaryKey()
    .references(() => regions.code),
  /** Activity ids in the region's order; null = the national order. */
  activityOrder: jsonb("activity_order").$type<number[] | null>(),
  /** End of the pilot: control-group parents in the region receive activities too. */
  controlLiftedAt: timestamp("control_lifted_at", { withTimezone: true }),
  updatedBy: bigint("updated_by", { mode: "number" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const tipFeedbackEnum = pgEnum("tip_feedback", ["done", "too_hard", "not_for_us"]);

/**
 * One activity planned for one parent in one week (the week starts on Monday, Asia/Almaty). Unique
 * per parent and week, and per parent and activity: never twice the same. Kept without the parent
 * when they leave (user_id set to null) so the kindergarten's figures stay right.
 */
export const tipDeliveries = pgTable(
  "tip_deliveries",
  {
    id: serial("id").primaryKey(),
    userId: bigint("user_id", { mode: "number" }).references(() => users.telegramId, { onDelete: "set null" }),
    weekStart: date("week_start", { mode: "string" }).notNull(),
    activityId: integer("activity_id")
      .notNull()
      .references(() => activities.id),
    /** Groups of the parent's children when planned (for figures per group and arm). */
    groupIds: jsonb("group_ids").$type<number[]>().notNull(),
    plannedAt: timestamp("planned_at", { withTimezone: true }).notNull(),
    feedback: tipFeedbackEnum("feedback"),
    feedbackAt: timestamp("feedback_at", { withTimezone: true }),
    /** What the child said, or a photo's file_id, after "We did it". */
    comment: text("comment"),
    photoFileId: text("photo_file_id"),
    commentAskedAt: timestamp("comment_asked_at", { withTimezone: true }),
    /**
     * When the midweek follow-up (a word of encouragement and the answer buttons again) is due to
     * go out; set once, with its outbox row, by planFollowUps (src/tips/plan-follow-ups.ts). Never
     * set again: one follow-up per week's activity.
     */
    followUpAt: timestamp("follow_up_at", { withTimezone: true }),
    /**
     * Set when the activity never reached the parent (blocked bot, dropped at send time: paused,
     * left, its week over): it stays available for a later week (migration tip_undelivered).
     */
    undeliveredAt: timestamp("undelivered_at", { withTimezone: true }),
    /**
     * Where the activity was counted when it went out (set by the tip_dose trigger): per
     * kindergarten, arm and quarter, how many of the delivery's groups. A later answer is added to
     * exactly these, even if a group has changed its arm since. Null until sent.
     */
    doseParts: jsonb("dose_parts").$type<{ o: number; a: "experimental" | "control"; q: string; n: number }[]>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("tip_deliveries_user_week").on(t.userId, t.weekStart),
    uniqueIndex("tip_deliveries_user_activity").on(t.userId, t.activityId).where(sql`undelivered_at IS NULL`),
    index("tip_deliveries_week").on(t.weekStart),
    index("tip_deliveries_groups").using("gin", t.groupIds),
    index("tip_deliveries_follow_up").on(t.followUpAt).where(sql`follow_up_at IS NOT NULL`),
  ],
);

/**
 * The "dose" the digests count: per kindergarten, arm and calendar quarter (Asia/Almaty, by the
 * planned time), activities that went out and how many of those parents marked "We did it". Kept
 * by database triggers (migration tip_dose) when a tip's outbox row is sent and when a parent's
 * answer changes, so the country's /status reads 20,000 rows instead of joining millions of
 * deliveries to the outbox. A parent with children in two groups counts in both; the arm is the
 * group's when the activity went out.
 */
export const tipDose = pgTable(
  "tip_dose",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id),
    arm: armEnum("arm").notNull(),
    /** First day of the quarter. */
    quarterStart: date("quarter_start", { mode: "string" }).notNull(),
    sent: integer("sent").notNull().default(0),
    done: integer("done").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.arm, t.quarterStart] }), index("tip_dose_quarter").on(t.quarterStart)],
);

/**
 * An administrator's or methodologist's activity being written or edited in the chat: one per
 * person, kept until saved or cancelled, so a restart loses nothing typed.
 */
export const activityDrafts = pgTable("activity_drafts", {
  userId: bigint("user_id", { mode: "number" })
    .primaryKey()
    .references(() => users.telegramId, { onDelete: "cascade" }),
  /** null: a new activity. */
  activityId: integer("activity_id").references(() => activities.id),
  direction: text("direction"),
  kk: jsonb("kk").$type<unknown>(),
  ru: jsonb("ru").$type<unknown>(),
  /** The revision an edit started from: saving over a newer one is refused as stale. */
  baseRevision: integer("base_revision"),
  /** The language whose text the next message is, or "reason" while a rejection's reason is typed. */
  awaiting: text("awaiting"),
  /** The proposal being rejected while awaiting = "reason". */
  rejectingId: integer("rejecting_id").references(() => activityRevisions.id, { onDelete: "cascade" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
