import { and, asc, eq, gt, inArray, like, lt, lte, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { deliveryChats, outbox, users } from "../db/schema/index.js";
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
 * How many index entries the claim may look at per row it wants: rows of chats already claimed in
 * this batch (a digest's chart and file, a seminar change) are passed over, not returned.
 */
const CLAIM_SCAN_FACTOR = 4;

/**
 * Leases up to `limit` due rows, urgent first, at most ONE per chat and none for a chat that is
 * paced (`delivery_chats.next_at` in the future: a message of it is in flight, or went out less
 * than the per-chat interval ago, by any replica). So every claimed row can go out at once, and a
 * backlog concentrated on a few chats never holds back the others.
 *
 * A chat's messages go out in the order they were queued (a digest's chart before its text): a
 * row is passed over while an earlier due row of its chat is pending, even one another sender has
 * locked for a moment (`outbox_pending_chat`).
 *
 * One statement: `candidates` walks the partial index `outbox_claim` in order (skipping rows
 * another sender holds, `FOR UPDATE SKIP LOCKED`, and rows of paced chats) and stops after
 * `limit × 4` rows; `picked` keeps each chat's first; `paced` marks those chats busy until the
 * lease ends, atomically: `ON CONFLICT … DO UPDATE … WHERE next_at <= now` sees the latest committed
 * pace, so when two replicas race for one chat only one gets it and the other's row stays pending.
 */
export async function claimDueMessages(db: Db, options: ClaimOptions): Promise<ClaimedMessage[]> {
  const rows = await claimStatement(db, options);
  const order = { urgent: 0, normal: 1, bulk: 2 } as const;
  // RETURNING does not keep the CTE's order.
  return rows.sort(
    (a, b) => order[a.priority] - order[b.priority] || a.notBefore.getTime() - b.notBefore.getTime() || a.id - b.id,
  );
}

/** The claim as one statement (for claimDueMessages, and for EXPLAIN in the benchmark). */
export function claimStatement(db: Db, options: ClaimOptions) {
  const now = options.now.toISOString();
  const leaseUntil = new Date(options.now.getTime() + options.leaseMs);
  const busyUntil = leaseUntil.toISOString();
  const scan = Math.max(1, options.limit) * CLAIM_SCAN_FACTOR;
  const candidates = db.$with("candidates", { id: sql<number>`id` }).as(sql`
    select o.id, o.chat_id, o.priority, o.not_before from ${outbox} o
    where o.status = 'pending' and o.not_before <= ${now}::timestamptz
      ${options.urgentOnly ? sql`and o.priority = 'urgent'` : sql``}
      and not exists (select 1 from ${deliveryChats} c where c.chat_id = o.chat_id and c.next_at > ${now}::timestamptz)
      and not exists (
        select 1 from ${outbox} e
        where e.chat_id = o.chat_id and e.status = 'pending' and e.not_before <= ${now}::timestamptz
          ${options.urgentOnly ? sql`and e.priority = 'urgent'` : sql``}
          and (e.priority, e.not_before, e.id) < (o.priority, o.not_before, o.id))
    order by o.priority, o.not_before, o.id
    limit ${scan}
    for update of o skip locked`);
  const picked = db.$with("picked", { id: sql<number>`id` }).as(sql`
    select id, chat_id from (
      select distinct on (chat_id) id, chat_id, priority, not_before from candidates order by chat_id, priority, not_before, id
    ) first_per_chat
    order by priority, not_before, id
    limit ${options.limit}`);
  const paced = db.$with("paced", { chatId: sql<number>`chat_id` }).as(sql`
    insert into ${deliveryChats} as c (chat_id, next_at)
    select chat_id, ${busyUntil}::timestamptz from picked order by chat_id
    on conflict (chat_id) do update set next_at = excluded.next_at where c.next_at <= ${now}::timestamptz
    returning chat_id`);
  return db
    .with(candidates, picked, paced)
    .update(outbox)
    .set({
      status: "sending",
      leaseUntil,
      claimedBy: options.senderId,
      updatedAt: options.now,
    })
    .where(sql`${outbox.id} in (select id from picked where chat_id in (select chat_id from paced))`)
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
}

/** Is anything due now (paced chats included)? Walks `outbox_claim`; for "idle" checks. */
export async function hasDueMessages(db: Db, now: Date, urgentOnly = false): Promise<boolean> {
  const rows = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, "pending"), lte(outbox.notBefore, now), urgentOnly ? eq(outbox.priority, "urgent") : undefined))
    .limit(1);
  return rows.length > 0;
}

/**
 * The chats may take their next message at `at`: one per-chat interval after Telegram answered,
 * the end of a 429 pause, or at once when no request was made. A chat of which another sender
 * holds a row meanwhile (this one's lease was taken over) keeps that sender's pace.
 */
export async function paceChats(db: Db, chatIds: number[], senderId: string, at: Date): Promise<void> {
  await paceChatsAt(db, new Map(chatIds.map((chatId) => [chatId, at])), senderId);
}

/** `paceChats` with a time per chat, in one statement (the sender batches its paces). */
export async function paceChatsAt(db: Db, paces: Map<number, Date>, senderId: string): Promise<void> {
  if (paces.size === 0) return;
  await db
    .insert(deliveryChats)
    // In chat order, as the claim does: two statements locking the same chats never deadlock.
    .values([...paces].sort(([a], [b]) => a - b).map(([chatId, nextAt]) => ({ chatId, nextAt })))
    .onConflictDoUpdate({
      target: deliveryChats.chatId,
      set: { nextAt: sql`excluded.next_at` },
      setWhere: sql`not exists (select 1 from ${outbox} o where o.chat_id = ${deliveryChats.chatId} and o.status = 'sending' and o.claimed_by <> ${senderId})`,
    });
}

/**
 * A live sender renews the leases of the rows it holds (and of their chats) on its heartbeat,
 * so leases can be short: a killed sender's rows are free again a lease after its last heartbeat.
 */
export async function renewLeases(db: Db, senderId: string, leaseUntil: Date, renewBefore: Date = leaseUntil): Promise<void> {
  const until = leaseUntil.toISOString();
  // Only leases that run out before `renewBefore` (e.g. half a lease from now): fewer writes.
  await db.execute(sql`
    with mine as (
      update ${outbox} set lease_until = ${until}::timestamptz
      where status = 'sending' and lease_until < ${renewBefore.toISOString()}::timestamptz and claimed_by = ${senderId}
      returning chat_id
    )
    update ${deliveryChats} set next_at = ${until}::timestamptz
    where chat_id in (
      select chat_id from ${deliveryChats} where chat_id in (select chat_id from mine) and next_at < ${until}::timestamptz
      order by chat_id for update
    )`);
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
  const cancelled = await db
    .update(outbox)
    .set({ status: "cancelled", lastError: reason.slice(0, 500), leaseUntil: null, updatedAt: now })
    .where(and(inArray(outbox.id, ids), eq(outbox.status, "sending"), eq(outbox.claimedBy, senderId)))
    .returning({ chatId: outbox.chatId });
  await paceChats(db, cancelled.map((r) => r.chatId), senderId, now);
}

/** Hands leased rows back untouched (429 pause, shutdown); they are due again at `notBefore`. */
export async function releaseMessages(db: Db, ids: number[], senderId: string, notBefore: Date | null, now: Date): Promise<void> {
  if (ids.length === 0) return;
  const released = await db
    .update(outbox)
    .set({ status: "pending", leaseUntil: null, claimedBy: null, updatedAt: now, ...(notBefore ? { notBefore } : {}) })
    .where(and(inArray(outbox.id, ids), eq(outbox.status, "sending"), eq(outbox.claimedBy, senderId)))
    .returning({ chatId: outbox.chatId });
  await paceChats(db, released.map((r) => r.chatId), senderId, notBefore ?? now);
}

/**
 * Rows whose sender died (its lease was not renewed in time) become pending again, and their chats
 * free. Returns how many. Walks the partial index `outbox_lease` (only rows in flight).
 */
export async function reclaimExpiredLeases(db: Db, now: Date): Promise<number> {
  const rows = await db
    .update(outbox)
    .set({ status: "pending", leaseUntil: null, claimedBy: null, updatedAt: now })
    .where(and(eq(outbox.status, "sending"), lt(outbox.leaseUntil, now)))
    .returning({ chatId: outbox.chatId });
  if (rows.length > 0) {
    await paceChatsAt(db, new Map(rows.map((r) => [r.chatId, now])), "");
  }
  return rows.length;
}

/** Paces that ended long ago are forgotten (a chat with no row here is free). */
export async function forgetOldPaces(db: Db, before: Date): Promise<void> {
  await db.delete(deliveryChats).where(lt(deliveryChats.nextAt, before));
}

/**
 * Cancels not-yet-claimed rows of a kind whose dedup key starts with `dedupPrefix`, optionally only
 * those about some organisations (e.g. reminders of reports just submitted). Returns how many.
 */
/** Rows whose dedup key starts with `prefix` (LIKE's wildcards in it taken literally). */
function dedupKeyStartsWith(prefix: string) {
  return like(outbox.dedupKey, `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

export async function cancelPendingMessages(
  db: Db,
  filter: { kind: string; dedupPrefix: string; organizationIds?: number[] },
  now: Date,
): Promise<number> {
  if (filter.organizationIds && filter.organizationIds.length === 0) return 0;
  const rows = await db
    .update(outbox)
    .set({ status: "cancelled", updatedAt: now })
    .where(
      and(
        eq(outbox.status, "pending"),
        eq(outbox.kind, filter.kind),
        dedupKeyStartsWith(filter.dedupPrefix),
        filter.organizationIds ? inArray(outbox.organizationId, filter.organizationIds) : undefined,
      ),
    )
    .returning({ id: outbox.id });
  return rows.length;
}

/**
 * Gives messages still waiting (not yet claimed by a sender) new values for some of their
 * parameters, e.g. a seminar's new place in its reminders. Claimed ones are in flight and keep theirs.
 */
export async function refreshPendingParams(
  db: Db,
  filter: { kind: string; dedupPrefix: string },
  params: Record<string, unknown>,
  now: Date,
): Promise<number> {
  const rows = await db
    .update(outbox)
    .set({ params: sql`${outbox.params} || ${JSON.stringify(params)}::jsonb`, updatedAt: now })
    .where(and(eq(outbox.status, "pending"), eq(outbox.kind, filter.kind), dedupKeyStartsWith(filter.dedupPrefix)))
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

/** Is a dead sender's lease waiting to be reclaimed? (Rows in flight only: `outbox_lease`.) */
export async function hasExpiredLeases(db: Db, now: Date): Promise<boolean> {
  const rows = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, "sending"), lt(outbox.leaseUntil, now)))
    .limit(1);
  return rows.length > 0;
}
