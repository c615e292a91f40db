import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, serial, smallint, text, timestamp } from "drizzle-orm/pg-core";

export const seminarKindEnum = pgEnum("seminar_kind", ["seminar", "webinar", "consultation"]);
export const seminarStatusEnum = pgEnum("seminar_status", ["draft", "published", "cancelled", "closed"]);
export const seminarResponseEnum = pgEnum("seminar_response", ["coming", "not_coming"]);

/**
 * A seminar, webinar or consultation. A draft row is also the /seminar wizard's place (`step`):
 * every answer is saved as it is given, so a restart continues exactly there, and each step costs
 * the same however long the wizard. `step` on a published row is an edit in progress (new time or link).
 * `scopeKey` is the organiser's reach (`national` or `region:<code>`) the audience was drawn from.
 */
export const seminars = pgTable(
  "seminars",
  {
    id: serial("id").primaryKey(),
    organizerId: bigint("organizer_id", { mode: "number" }).notNull(),
    scopeKey: text("scope_key").notNull(),
    status: seminarStatusEnum("status").notNull().default("draft"),
    step: text("step"),
    kind: seminarKindEnum("kind"),
    titleKk: text("title_kk"),
    titleRu: text("title_ru"),
    descriptionKk: text("description_kk"),
    descriptionRu: text("description_ru"),
    /** The instant it starts (entered as Asia/Almaty wall-clock time). */
    startsAt: timestamp("starts_at", { withTimezone: true }),
    /** Day typed in the wizard before the time is known ('YYYY-MM-DD', Almaty). */
    draftDay: text("draft_day"),
    durationMinutes: integer("duration_minutes"),
    onlineUrl: text("online_url"),
    address: text("address"),
    /** Null → every kindergarten in the scope; otherwise the chosen ones. */
    organizationIds: jsonb("organization_ids").$type<number[]>(),
    includeParents: boolean("include_parents").notNull().default(false),
    capacity: integer("capacity"),
    /** Bumped on each change of time or place; the notices' dedup keys carry it. */
    revision: integer("revision").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("seminars_organizer_step").on(t.organizerId).where(sql`step is not null`),
    index("seminars_published_starts").on(t.startsAt).where(sql`status = 'published'`),
    index("seminars_scope").on(t.scopeKey, t.startsAt),
  ],
);

/**
 * The RSVP table, keyed by seminar × user: one row per person told at publishing (so a change
 * reaches exactly them), their answer, and after the event their attendance, rating and comment.
 */
export const seminarParticipants = pgTable(
  "seminar_participants",
  {
    seminarId: integer("seminar_id")
      .notNull()
      .references(() => seminars.id, { onDelete: "cascade" }),
    userId: bigint("user_id", { mode: "number" }).notNull(),
    /** The kindergarten they were invited through (for per-kindergarten figures). */
    organizationId: integer("organization_id"),
    regionCode: text("region_code"),
    asParent: boolean("as_parent").notNull().default(false),
    response: seminarResponseEnum("response"),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    attended: boolean("attended"),
    rating: smallint("rating"),
    comment: text("comment"),
    /** Set while the bot waits for this person's comment on the event. */
    awaitingComment: boolean("awaiting_comment").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.seminarId, t.userId] }),
    index("seminar_participants_user_awaiting").on(t.userId).where(sql`awaiting_comment`),
    index("seminar_participants_org").on(t.organizationId, t.seminarId),
    index("seminar_participants_region").on(t.regionCode, t.seminarId),
  ],
);

/**
 * The figures of each event per kindergarten it invited (heads and parents invited through it):
 * the digests read ~10,000 rows of a national event here instead of a million participants. Kept
 * exact by statement-level triggers on `seminar_participants` (custom migration
 * seminar_counts_trigger): publishing a million invitations is one aggregate, not a million upserts.
 */
export const seminarOrganizationCounts = pgTable(
  "seminar_organization_counts",
  {
    seminarId: integer("seminar_id")
      .notNull()
      .references(() => seminars.id, { onDelete: "cascade" }),
    organizationId: integer("organization_id").notNull(),
    invited: integer("invited").notNull().default(0),
    coming: integer("coming").notNull().default(0),
    attended: integer("attended").notNull().default(0),
    /** Sum and number of ratings, so averages add up exactly across kindergartens and regions. */
    ratingSum: integer("rating_sum").notNull().default(0),
    ratings: integer("ratings").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.seminarId, t.organizationId] })],
);
