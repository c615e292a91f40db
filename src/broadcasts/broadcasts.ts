import { and, eq, gte, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { broadcasts, memberships, outbox, regions } from "../db/schema/index.js";
import { enqueueForRecipients } from "../delivery/enqueue-select.js";
import { enqueueMessages } from "../delivery/outbox.js";
import type { MessageParams, OutboxMessage } from "../delivery/message.js";
import { almatyDay, atAlmaty } from "../shared/local-date.js";
import { audienceQuery, countAudience } from "../outreach/audience.js";
import { audienceRoles, needsApproval, type BroadcastTarget } from "./targets.js";
import { broadcastCallbacks } from "./broadcast-callbacks.js";

export type Broadcast = typeof broadcasts.$inferSelect;
export type BroadcastStep = "target" | "organizations" | "text-kk" | "text-ru" | "attachment" | "preview";

export const TEXT_MAX = 3500;
/** With a photo or document the text is its caption (Telegram: 1,024 characters). */
export const CAPTION_TEXT_MAX = 1000;
export const BROADCAST_TEMPLATE = "broadcast-message";
/** Announcements an author may send (or submit for approval) per day in Almaty; BROADCAST_DAILY_LIMIT. */
export const DEFAULT_BROADCAST_DAILY_LIMIT = 5;
/** From this many recipients an announcement is logged as a warning (who reached how many, for operators). */
export const LARGE_BROADCAST_RECIPIENTS = 1000;
export const BROADCAST_APPROVAL_KIND = "announcement-approval";

export function broadcastKind(id: number): string {
  return `broadcast-${id}`;
}

export async function getBroadcast(db: Db, id: number): Promise<Broadcast | undefined> {
  const [row] = await db.select().from(broadcasts).where(eq(broadcasts.id, id));
  return row;
}

export async function activeBroadcastStep(db: Db, authorId: number): Promise<Broadcast | undefined> {
  const [row] = await db.select().from(broadcasts).where(and(eq(broadcasts.authorId, authorId), isNotNull(broadcasts.step))).limit(1);
  return row;
}

/** A new draft; an unfinished one of the same author is dropped (one wizard at a time). */
export async function startBroadcast(db: Db, authorId: number): Promise<Broadcast> {
  return db.transaction(async (tx) => {
    await tx.delete(broadcasts).where(and(eq(broadcasts.authorId, authorId), eq(broadcasts.status, "draft")));
    const [row] = await tx.insert(broadcasts).values({ authorId, scopeKey: "national", step: "target" }).returning();
    return row!;
  });
}

export async function abandonBroadcast(db: Db, authorId: number): Promise<boolean> {
  const rows = await db.delete(broadcasts).where(and(eq(broadcasts.authorId, authorId), eq(broadcasts.status, "draft"))).returning({ id: broadcasts.id });
  return rows.length > 0;
}

type Patch = Partial<Pick<Broadcast, "audience" | "scopeKey" | "organizationIds" | "textKk" | "textRu" | "attachmentType" | "attachmentFileId">>;

/** Saves an answer and moves on, only if the draft is still at `expected` (a stale button changes nothing). */
export async function saveBroadcastStep(db: Db, input: { id: number; authorId: number; expected: BroadcastStep; next: BroadcastStep; patch: Patch }): Promise<Broadcast | null> {
  const [row] = await db
    .update(broadcasts)
    .set({ ...input.patch, step: input.next })
    .where(and(eq(broadcasts.id, input.id), eq(broadcasts.authorId, input.authorId), eq(broadcasts.status, "draft"), eq(broadcasts.step, input.expected)))
    .returning();
  return row ?? null;
}

export async function toggleBroadcastOrganization(db: Db, input: { id: number; authorId: number; organizationId: number }): Promise<Broadcast | null> {
  const one = JSON.stringify([input.organizationId]);
  const [row] = await db
    .update(broadcasts)
    .set({
      organizationIds: sql`case when coalesce(${broadcasts.organizationIds}, '[]'::jsonb) @> ${one}::jsonb
        then coalesce((select jsonb_agg(e) from jsonb_array_elements(${broadcasts.organizationIds}) e where e <> ${String(input.organizationId)}::jsonb), '[]'::jsonb)
        else coalesce(${broadcasts.organizationIds}, '[]'::jsonb) || ${one}::jsonb end`,
    })
    .where(and(eq(broadcasts.id, input.id), eq(broadcasts.authorId, input.authorId), eq(broadcasts.step, "organizations")))
    .returning();
  return row ?? null;
}

export function targetOf(b: Broadcast): BroadcastTarget | null {
  return b.audience ? { audience: b.audience, scopeKey: b.scopeKey } : null;
}

function filterOf(b: Broadcast) {
  return { scopeKey: b.scopeKey, organizationIds: b.organizationIds ?? null, roles: audienceRoles(b.audience ?? "heads") };
}

export async function countRecipients(db: Db, b: Broadcast): Promise<number> {
  return countAudience(db, filterOf(b));
}

/** Locale keys of what stops the draft from being sent; empty → ready. */
export function missingForSending(b: Broadcast): string[] {
  const missing: string[] = [];
  if (!b.audience) missing.push("broadcast-field-audience");
  if (!b.textKk) missing.push("broadcast-field-text-kk");
  if (!b.textRu) missing.push("broadcast-field-text-ru");
  if (b.organizationIds && b.organizationIds.length === 0) missing.push("broadcast-field-organizations");
  if (b.attachmentType && ((b.textKk?.length ?? 0) > CAPTION_TEXT_MAX || (b.textRu?.length ?? 0) > CAPTION_TEXT_MAX)) missing.push("broadcast-field-caption");
  return missing;
}

export type SendResult =
  | { kind: "sent"; broadcast: Broadcast; recipients: number }
  | { kind: "awaiting-approval"; broadcast: Broadcast; approvers: number }
  | { kind: "daily-limit"; limit: number }
  | { kind: "incomplete"; missing: string[] }
  | { kind: "stale" };

/** Queues the announcement for its whole audience; each row tagged `broadcast-<id>`, bulk priority, once per person. */
async function enqueueAudience(tx: Db, b: Broadcast, input: { templateKey?: string; params?: MessageParams } = {}): Promise<number> {
  return enqueueForRecipients(
    tx,
    {
      kind: broadcastKind(b.id),
      templateKey: input.templateKey ?? BROADCAST_TEMPLATE,
      params: input.params ?? { text: { kk: b.textKk!, ru: b.textRu! } },
      ...(b.attachmentType && b.attachmentFileId ? { attachment: { type: b.attachmentType, telegramFileId: b.attachmentFileId } } : {}),
      priority: "bulk",
      dedupPrefix: `broadcast:${b.id}:`,
    },
    sql`SELECT a.chat_id, a.organization_id FROM (${audienceQuery(filterOf(b))}) a`,
  );
}

/** Announcements the author pressed "send" on today (Almaty), best-practice shares aside. */
async function submittedToday(tx: Db, authorId: number, now: Date, exceptId: number): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(broadcasts)
    .where(and(eq(broadcasts.authorId, authorId), isNull(broadcasts.reportId), ne(broadcasts.id, exceptId), gte(broadcasts.submittedAt, atAlmaty(almatyDay(now), 0))));
  return Number(row?.n ?? 0);
}

/** Everyone who may approve the announcement (see mayApproveBroadcast), its author excluded. */
async function approversOf(tx: Db, b: Broadcast, adminIds: ReadonlySet<number>): Promise<number[]> {
  const coordinators = await tx
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.role, "coordinator"), or(eq(memberships.scopeKey, "national"), eq(memberships.scopeKey, b.scopeKey))));
  return [...new Set([...coordinators.map((c) => c.userId), ...adminIds])].filter((id) => id !== b.authorId).sort((x, y) => x - y);
}

/** The region's names for the approval request (the country when national). */
async function scopeParams(tx: Db, scopeKey: string): Promise<MessageParams> {
  const code = scopeKey.startsWith("region:") ? scopeKey.slice("region:".length) : null;
  const [region] = code ? await tx.select().from(regions).where(eq(regions.code, code)) : [];
  return region ? { national: "no", region: { kk: region.nameKk, ru: region.nameRu } } : { national: "yes", region: "" };
}

/**
 * The author's "send". Compare-and-set on the draft: sent once, however often the button is pressed.
 * Counted against the author's daily limit. An announcement that needs approval (needsApproval)
 * waits, and each possible approver gets it exactly as parents would, then "approve" / "decline";
 * any other goes out at once in one set-based INSERT … SELECT (bulk priority, so urgent messages
 * overtake it), each row tagged with kind `broadcast-<id>` for the delivery status.
 */
export async function sendBroadcast(
  db: Db,
  input: { id: number; authorId: number; now: Date; dailyLimit?: number; adminIds?: ReadonlySet<number> },
): Promise<SendResult> {
  return db.transaction(async (tx) => {
    const [b] = await tx.select().from(broadcasts).where(and(eq(broadcasts.id, input.id), eq(broadcasts.authorId, input.authorId))).for("update");
    if (!b || b.status !== "draft") return { kind: "stale" as const };
    const missing = missingForSending(b);
    if (missing.length > 0) return { kind: "incomplete" as const, missing };
    const limit = input.dailyLimit ?? DEFAULT_BROADCAST_DAILY_LIMIT;
    if ((await submittedToday(tx, b.authorId, input.now, b.id)) >= limit) return { kind: "daily-limit" as const, limit };
    if (needsApproval(b)) {
      const [waiting] = await tx.update(broadcasts).set({ status: "awaiting_approval", step: null, submittedAt: input.now }).where(eq(broadcasts.id, b.id)).returning();
      const approvers = await approversOf(tx, b, input.adminIds ?? new Set());
      const count = await countAudience(tx, filterOf(b));
      const scope = await scopeParams(tx, b.scopeKey);
      const messages = approvers.flatMap((chatId): OutboxMessage[] => [
        {
          chatId,
          kind: BROADCAST_APPROVAL_KIND,
          templateKey: BROADCAST_TEMPLATE,
          params: { text: { kk: b.textKk!, ru: b.textRu! } },
          ...(b.attachmentType && b.attachmentFileId ? { attachment: { type: b.attachmentType, telegramFileId: b.attachmentFileId } } : {}),
          dedupKey: `broadcast:${b.id}:approval:${chatId}:preview`,
        },
        {
          chatId,
          kind: BROADCAST_APPROVAL_KIND,
          templateKey: "broadcast-approval-ask",
          params: { ...scope, count },
          buttons: [
            { textKey: "broadcast-button-approve", callbackData: broadcastCallbacks.approve.pack(b.id) },
            { textKey: "broadcast-button-decline", callbackData: broadcastCallbacks.decline.pack(b.id) },
          ],
          dedupKey: `broadcast:${b.id}:approval:${chatId}:ask`,
        },
      ]);
      if (messages.length > 0) await enqueueMessages(tx, messages);
      return { kind: "awaiting-approval" as const, broadcast: waiting!, approvers: approvers.length };
    }
    const recipients = await enqueueAudience(tx, b);
    const [sent] = await tx.update(broadcasts).set({ status: "sent", step: null, submittedAt: input.now, sentAt: input.now, recipients }).where(eq(broadcasts.id, b.id)).returning();
    return { kind: "sent" as const, broadcast: sent!, recipients };
  });
}

export type DecisionResult = { kind: "sent"; broadcast: Broadcast; recipients: number } | { kind: "declined"; broadcast: Broadcast } | { kind: "own" } | { kind: "stale" };

/**
 * A second person's answer to an announcement awaiting approval (the caller checked
 * mayApproveBroadcast). The first answer wins; the author is told either way. The author can never
 * approve their own, whatever button they forge.
 */
export async function decideBroadcast(db: Db, input: { id: number; deciderId: number; approve: boolean; now: Date }): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const [b] = await tx.select().from(broadcasts).where(eq(broadcasts.id, input.id)).for("update");
    if (!b || b.status !== "awaiting_approval") return { kind: "stale" as const };
    if (b.authorId === input.deciderId) return { kind: "own" as const };
    if (!input.approve) {
      const [declined] = await tx.update(broadcasts).set({ status: "declined", decidedBy: input.deciderId }).where(eq(broadcasts.id, b.id)).returning();
      await enqueueMessages(tx, [{ chatId: b.authorId, kind: BROADCAST_APPROVAL_KIND, templateKey: "broadcast-approval-author-declined", dedupKey: `broadcast:${b.id}:declined` }]);
      return { kind: "declined" as const, broadcast: declined! };
    }
    const recipients = await enqueueAudience(tx, b);
    const [sent] = await tx.update(broadcasts).set({ status: "sent", sentAt: input.now, recipients, decidedBy: input.deciderId }).where(eq(broadcasts.id, b.id)).returning();
    await enqueueMessages(tx, [
      {
        chatId: b.authorId,
        kind: BROADCAST_APPROVAL_KIND,
        templateKey: "broadcast-approval-author-approved",
        params: { count: recipients },
        buttons: [{ textKey: "broadcast-button-status", callbackData: broadcastCallbacks.status.pack(b.id) }],
        dedupKey: `broadcast:${b.id}:approved`,
      },
    ]);
    return { kind: "sent" as const, broadcast: sent!, recipients };
  });
}

export interface BroadcastDelivery {
  sent: number;
  waiting: number;
  unreachable: number;
  failed: number;
}

/** Delivery of a sent announcement, from its outbox rows (walks the kind index). */
export async function broadcastDelivery(db: Db, id: number): Promise<BroadcastDelivery> {
  const [row] = await db
    .select({
      sent: sql<number>`count(*) filter (where ${outbox.status} = 'sent')::int`,
      waiting: sql<number>`count(*) filter (where ${outbox.status} in ('pending', 'sending'))::int`,
      unreachable: sql<number>`count(*) filter (where ${outbox.status} = 'unreachable')::int`,
      failed: sql<number>`count(*) filter (where ${outbox.status} in ('failed', 'cancelled'))::int`,
    })
    .from(outbox)
    .where(eq(outbox.kind, broadcastKind(id)));
  return { sent: Number(row?.sent ?? 0), waiting: Number(row?.waiting ?? 0), unreachable: Number(row?.unreachable ?? 0), failed: Number(row?.failed ?? 0) };
}
