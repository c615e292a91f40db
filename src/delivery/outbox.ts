import { and, asc, eq, inArray, like, lt, lte, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { outbox, users } from "../db/schema/index.js";
import type { Language } from "../registration/roles.js";
import { outboxMessageSchema, type OutboxMessage } from "./message.js";

export type OutboxRow = typeof outbox.$inferSelect;
export type DeliveryStatus = OutboxRow["status"];

const INSERT_CHUNK = 1000;

/**
 * Writes messages to the outbox; a message whose dedup key already exists is skipped.
 * Returns how many rows were actually added.
 */
export async function enqueueMessages(db: Db, messages: OutboxMessage[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < messages.length; i += INSERT_CHUNK) {
    const values = messages.slice(i, i + INSERT_CHUNK).map((m) => {
      const v = outboxMessageSchema.parse(m);
      return {
        chatId: v.chatId,
        kind: v.kind,
        templateKey: v.templateKey,
        params: v.params,
        buttons: v.buttons ?? null,
        attachment: v.attachment ?? null,
        priority: v.priority,
        dedupKey: v.dedupKey ?? null,
        organizationId: v.organizationId ?? null,
        ...(v.notBefore ? { notBefore: v.notBefore } : {}),
      };
    });
    if (values.length === 0) continue;
    const rows = await db.insert(outbox).values(values).onConflictDoNothing({ target: outbox.dedupKey }).returning({ id: outbox.id });
    added += rows.length;
  }
  return added;
}

export interface ClaimedMessage {
  id: number;
  chatId: number;
  kind: string;
  priority: OutboxRow["priority"];
  templateKey: string;
  params: Record<string, unknown>;
  buttons: unknown;
  attachment: unknown;
  attempts: number;
  notBefore: Date;
  dedupKey: string | null;
  organizationId: number | null;
  /** The recipient's language now (null when the user row is gone). */
  language: Language | null;
  /** The recipient was already marked unreachable: do not spend a request on them. */
  recipientUnreachable: boolean;
}

export interface ClaimOptions {
  limit: number;
  now: Date;
  leaseMs: number;
  senderId: string;
  /** During quiet hours only urgent rows are claimed. */
  urgentOnly?: boolean;
}

/**
 * Leases up to `limit` due rows, urgent first, skipping rows another sender holds
 * (`FOR UPDATE SKIP LOCKED`). One statement; walks the partial index `outbox_claim`.
 */
export async function claimDueMessages(db: Db, options: ClaimOptions): Promise<ClaimedMessage[]> {
  const due = db.$with("due").as(
    db
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(
          eq(outbox.status, "pending"),
          lte(outbox.notBefore, options.now),
          options.urgentOnly ? eq(outbox.priority, "urgent") : undefined,
        ),
      )
      .orderBy(asc(outbox.priority), asc(outbox.notBefore), asc(outbox.id))
      .limit(options.limit)
      .for("update", { skipLocked: true }),
  );
  const rows = await db
    .with(due)
    .update(outbox)
    .set({
      status: "sending",
      leaseUntil: new Date(options.now.getTime() + options.leaseMs),
      claimedBy: options.senderId,
      updatedAt: options.now,
    })
    .where(inArray(outbox.id, db.select({ id: due.id }).from(due)))
    .returning({
      id: outbox.id,
      chatId: outbox.chatId,
      kind: outbox.kind,
      priority: outbox.priority,
      templateKey: outbox.templateKey,
      params: outbox.params,
      buttons: outbox.buttons,
      attachment: outbox.attachment,
      attempts: outbox.attempts,
      notBefore: outbox.notBefore,
      dedupKey: outbox.dedupKey,
      organizationId: outbox.organizationId,
      language: sql<Language | null>`(select ${users.language} from ${users} where ${users.telegramId} = ${outbox.chatId})`,
      recipientUnreachable: sql<boolean>`coalesce((select ${users.unreachableAt} is not null from ${users} where ${users.telegramId} = ${outbox.chatId}), false)`,
    });
  const order = { urgent: 0, normal: 1, bulk: 2 } as const;
  // RETURNING does not keep the CTE's order.
  return rows.sort(
    (a, b) => order[a.priority] - order[b.priority] || a.notBefore.getTime() - b.notBefore.getTime() || a.id - b.id,
  );
}

/** Compare-and-set on the lease: a row another sender reclaimed meanwhile is left alone. */
function leasedBy(id: number, senderId: string) {
  return and(eq(outbox.id, id), eq(outbox.status, "sending"), eq(outbox.claimedBy, senderId));
}

export async function markSent(db: Db, id: number, senderId: string, telegramMessageId: number, now: Date): Promise<void> {
  await db
    .update(outbox)
    .set({ status: "sent", sentAt: now, telegramMessageId, leaseUntil: null, lastError: null, attempts: sql`${outbox.attempts} + 1`, updatedAt: now })
    .where(leasedBy(id, senderId));
}

/** A failed attempt that may be retried at `retryAt`; gives up (`failed`) once `maxAttempts` is reached. */
export async function markAttemptFailed(
  db: Db,
  id: number,
  senderId: string,
  options: { error: string; retryAt: Date; maxAttempts: number; now: Date },
): Promise<void> {
  await db
    .update(outbox)
    .set({
      attempts: sql`${outbox.attempts} + 1`,
      status: sql`case when ${outbox.attempts} + 1 >= ${options.maxAttempts} then 'failed'::delivery_status else 'pending'::delivery_status end`,
      notBefore: options.retryAt,
      lastError: options.error.slice(0, 500),
      leaseUntil: null,
      updatedAt: options.now,
    })
    .where(leasedBy(id, senderId));
}

/** A permanent error (bad request): not retried. */
export async function markFailed(db: Db, id: number, senderId: string, error: string, now: Date): Promise<void> {
  await db
    .update(outbox)
    .set({ status: "failed", attempts: sql`${outbox.attempts} + 1`, lastError: error.slice(0, 500), leaseUntil: null, updatedAt: now })
    .where(leasedBy(id, senderId));
}

/**
 * 403 and the like: the row is not retried and the user is marked unreachable (cleared by
 * `touchUser` when they write again). Without `error`, no request was made (already unreachable).
 */
export async function markUnreachable(db: Db, id: number, chatId: number, senderId: string, error: string | null, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(outbox)
      .set({
        status: "unreachable",
        attempts: error ? sql`${outbox.attempts} + 1` : outbox.attempts,
        lastError: error?.slice(0, 500) ?? "recipient unreachable",
        leaseUntil: null,
        updatedAt: now,
      })
      .where(leasedBy(id, senderId));
    if (error) await tx.update(users).set({ unreachableAt: now }).where(eq(users.telegramId, chatId));
  });
}

/** Leased rows a guard found no longer wanted (e.g. the report was handed in meanwhile). */
export async function markCancelled(db: Db, ids: number[], senderId: string, reason: string, now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(outbox)
    .set({ status: "cancelled", lastError: reason.slice(0, 500), leaseUntil: null, updatedAt: now })
    .where(and(inArray(outbox.id, ids), eq(outbox.status, "sending"), eq(outbox.claimedBy, senderId)));
}

/** Hands leased rows back untouched (429 pause, shutdown); they are due again at `notBefore`. */
export async function releaseMessages(db: Db, ids: number[], senderId: string, notBefore: Date | null, now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(outbox)
    .set({ status: "pending", leaseUntil: null, claimedBy: null, updatedAt: now, ...(notBefore ? { notBefore } : {}) })
    .where(and(inArray(outbox.id, ids), eq(outbox.status, "sending"), eq(outbox.claimedBy, senderId)));
}

/** Rows whose sender died (lease expired) become pending again. Returns how many. */
export async function reclaimExpiredLeases(db: Db, now: Date): Promise<number> {
  const rows = await db
    .update(outbox)
    .set({ status: "pending", leaseUntil: null, claimedBy: null, updatedAt: now })
    .where(and(eq(outbox.status, "sending"), lt(outbox.leaseUntil, now)))
    .returning({ id: outbox.id });
  return rows.length;
}

/**
 * Cancels not-yet-claimed rows of a kind whose dedup key starts with `dedupPrefix`, optionally only
 * those about some organisations (e.g. reminders of reports just submitted). Returns how many.
 */
export async function cancelPendingMessages(
  db: Db,
  filter: { kind: string; dedupPrefix: string; organizationIds?: number[] },
  now: Date,
): Promise<number> {
  if (filter.organizationIds && filter.organizationIds.length === 0) return 0;
  const escaped = filter.dedupPrefix.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await db
    .update(outbox)
    .set({ status: "cancelled", updatedAt: now })
    .where(
      and(
        eq(outbox.status, "pending"),
        eq(outbox.kind, filter.kind),
        like(outbox.dedupKey, `${escaped}%`),
        filter.organizationIds ? inArray(outbox.organizationId, filter.organizationIds) : undefined,
      ),
    )
    .returning({ id: outbox.id });
  return rows.length;
}

export interface LedgerEntry {
  chatId: number;
  sent: number;
  pending: number;
  failed: number;
  unreachable: number;
  /** The user is reachable now (not marked unreachable since they last wrote). */
  reachable: boolean;
}

/**
 * The delivery ledger of one kind of message, per recipient (optionally for one organisation):
 * how many were sent, are pending (including in flight), failed, or found the recipient
 * unreachable. Uses the `outbox_ledger_kind_org` index.
 */
export async function deliveryLedger(db: Db, filter: { kind: string; organizationId?: number }): Promise<LedgerEntry[]> {
  const n = (status: string) => sql<number>`count(*) filter (where ${outbox.status} = ${status})::int`;
  const rows = await db
    .select({
      chatId: outbox.chatId,
      sent: n("sent"),
      pending: sql<number>`count(*) filter (where ${outbox.status} in ('pending', 'sending'))::int`,
      failed: n("failed"),
      unreachable: n("unreachable"),
      reachable: sql<boolean>`bool_and(${users.unreachableAt} is null)`,
    })
    .from(outbox)
    .leftJoin(users, eq(users.telegramId, outbox.chatId))
    .where(and(eq(outbox.kind, filter.kind), filter.organizationId === undefined ? undefined : eq(outbox.organizationId, filter.organizationId)))
    .groupBy(outbox.chatId)
    .orderBy(asc(outbox.chatId));
  return rows.map((r) => ({ ...r, sent: Number(r.sent), pending: Number(r.pending), failed: Number(r.failed), unreachable: Number(r.unreachable), reachable: r.reachable !== false }));
}

/** Totals of a ledger: recipients reached, still pending, failed, unreachable. */
export function summarizeLedger(entries: LedgerEntry[]) {
  return {
    recipients: entries.length,
    reached: entries.filter((e) => e.sent > 0 && e.reachable).length,
    pending: entries.filter((e) => e.pending > 0).length,
    failed: entries.filter((e) => e.failed > 0).length,
    unreachable: entries.filter((e) => !e.reachable || e.unreachable > 0).length,
  };
}
