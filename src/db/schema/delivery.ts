import { sql } from "drizzle-orm";
import { bigint, bigserial, customType, index, integer, jsonb, pgEnum, pgTable, serial, smallint, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** Claim order: enum values sort in declaration order, so `ORDER BY priority` puts urgent first. */
export const deliveryPriorityEnum = pgEnum("delivery_priority", ["urgent", "normal", "bulk"]);
export const deliveryStatusEnum = pgEnum("delivery_status", ["pending", "sending", "sent", "failed", "unreachable", "cancelled"]);

/**
 * Every message not sent as a direct reply. The text is rendered at send time from `templateKey`
 * and `params` in the recipient's language then; `buttons` is a zod-validated description.
 * `sending` rows are leased by one sender until `leaseUntil`; an expired lease returns to `pending`.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** Recipient: the Telegram user id (= private chat id). */
    chatId: bigint("chat_id", { mode: "number" }).notNull(),
    /** The kindergarten the message is about, for per-organisation ledgers; null when none. */
    organizationId: integer("organization_id"),
    kind: text("kind").notNull(),
    priority: deliveryPriorityEnum("priority").notNull().default("normal"),
    templateKey: text("template_key").notNull(),
    params: jsonb("params").$type<Record<string, unknown>>().notNull().default({}),
    buttons: jsonb("buttons").$type<unknown>(),
    /** A photo or document sent with the rendered text as its caption (see delivery/message.ts). */
    attachment: jsonb("attachment").$type<unknown>(),
    dedupKey: text("dedup_key"),
    notBefore: timestamp("not_before", { withTimezone: true }).notNull().defaultNow(),
    status: deliveryStatusEnum("status").notNull().default("pending"),
    attempts: smallint("attempts").notNull().default(0),
    lastError: text("last_error"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    claimedBy: text("claimed_by"),
    telegramMessageId: bigint("telegram_message_id", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("outbox_dedup_key").on(t.dedupKey),
    // The claim walks this index in order and stops after the batch: cost independent of backlog size.
    index("outbox_claim").on(t.priority, t.notBefore, t.id).where(sql`status = 'pending'`),
    index("outbox_lease").on(t.leaseUntil).where(sql`status = 'sending'`),
    index("outbox_ledger_kind_org").on(t.kind, t.organizationId, t.chatId),
    index("outbox_chat").on(t.chatId),
    // "Is an earlier message of this chat still pending?" for each claim candidate.
    index("outbox_pending_chat").on(t.chatId, t.priority, t.notBefore, t.id).where(sql`status = 'pending'`),
  ],
);

/**
 * One row per scheduler slot ever run (`task:slot`); the primary key makes each slot run once.
 * A run in progress holds a lease its instance renews; an unfinished row whose lease ran out (the
 * process died) may be taken over, and a failed run may be taken again from `retryAt`.
 */
export const schedulerRuns = pgTable(
  "scheduler_runs",
  {
    key: text("key").primaryKey(),
    task: text("task").notNull(),
    slot: timestamp("slot", { withTimezone: true }).notNull(),
    instance: text("instance").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    error: text("error"),
    /** Null on rows written before leases existed: such an unfinished row counts as abandoned. */
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    attempts: smallint("attempts").notNull().default(1),
    /** Set when a run failed and may be tried again; null once given up or when it succeeded. */
    retryAt: timestamp("retry_at", { withTimezone: true }),
  },
  (t) => [index("scheduler_runs_task_slot").on(t.task, t.slot)],
);

/**
 * Live senders (one per replica), so that they share the global budget: each sends at
 * budget ÷ (senders seen alive in the last few heartbeats).
 */
export const deliverySenders = pgTable("delivery_senders", {
  id: text("id").primaryKey(),
  heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }).notNull(),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
});

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * Files the bot generates and sends through the outbox (charts, calendar files, spreadsheets).
 * Uploaded once: Telegram's file_id is kept after the first send and reused for every later one.
 */
export const deliveryFiles = pgTable("delivery_files", {
  id: serial("id").primaryKey(),
  filename: text("filename").notNull(),
  mimeType: text("mime_type").notNull(),
  content: bytea("content").notNull(),
  telegramFileId: text("telegram_file_id"),
  /** While one replica uploads the file: the others wait for its file_id until this passes. */
  uploadLeaseUntil: timestamp("upload_lease_until", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The per-chat pace, shared by every replica: a chat takes its next outbox message only once
 * `nextAt` has passed. The claim sets it atomically (to the lease's end while a message is in
 * flight); recording the outcome sets it to one per-chat interval after Telegram answered.
 */
export const deliveryChats = pgTable(
  "delivery_chats",
  {
    chatId: bigint("chat_id", { mode: "number" }).primaryKey(),
    nextAt: timestamp("next_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("delivery_chats_next_at").on(t.nextAt)],
);
