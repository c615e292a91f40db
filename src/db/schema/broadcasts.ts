import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgEnum, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export const broadcastStatusEnum = pgEnum("broadcast_status", ["draft", "awaiting_author", "declined", "sent", "awaiting_approval"]);
export const broadcastAudienceEnum = pgEnum("broadcast_audience", ["heads", "methodologists", "parents"]);

/**
 * An announcement. The draft row is the /broadcast wizard's place (`step`). Outbox rows of a sent
 * broadcast have kind `broadcast-<id>`, which is how its delivery status is counted.
 * A best-practice share starts as `awaiting_author` until the head who submitted the report agrees.
 * An announcement to parents of more than one kindergarten waits as `awaiting_approval` until a
 * second person who may send the same announcement approves it (never its author).
 */
export const broadcasts = pgTable(
  "broadcasts",
  {
    id: serial("id").primaryKey(),
    authorId: bigint("author_id", { mode: "number" }).notNull(),
    /** `national`, `region:<code>` or `org:<id>`: the reach the audience is drawn from. */
    scopeKey: text("scope_key").notNull(),
    audience: broadcastAudienceEnum("audience"),
    /** Null → the whole scope; otherwise the chosen kindergartens. */
    organizationIds: jsonb("organization_ids").$type<number[]>(),
    status: broadcastStatusEnum("status").notNull().default("draft"),
    step: text("step"),
    textKk: text("text_kk"),
    textRu: text("text_ru"),
    attachmentType: text("attachment_type").$type<"photo" | "document">(),
    attachmentFileId: text("attachment_file_id"),
    /** Best practice: the accepted report it comes from and the head asked to agree. */
    reportId: integer("report_id"),
    consentUserId: bigint("consent_user_id", { mode: "number" }),
    recipients: integer("recipients"),
    /** When the author pressed "send" (the daily quota counts these). */
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** Who approved an announcement that needed a second person; who declined it, when declined. */
    decidedBy: bigint("decided_by", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("broadcasts_author_step").on(t.authorId).where(sql`step is not null`)],
);
