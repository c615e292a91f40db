import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { broadcasts, outbox } from "../db/schema/index.js";
import { enqueueForRecipients } from "../delivery/enqueue-select.js";
import type { MessageParams } from "../delivery/message.js";
import { audienceQuery, countAudience } from "../seminars/audience.js";
import { audienceRoles, type BroadcastTarget } from "./targets.js";

export type Broadcast = typeof broadcasts.$inferSelect;
export type BroadcastStep = "target" | "organizations" | "text-kk" | "text-ru" | "attachment" | "preview";

export const TEXT_MAX = 3500;
/** With a photo or document the text is its caption (Telegram: 1,024 characters). */
export const CAPTION_TEXT_MAX = 1000;
export const BROADCAST_TEMPLATE = "broadcast-message";

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

export type SendResult = { kind: "sent"; broadcast: Broadcast; recipients: number } | { kind: "incomplete"; missing: string[] } | { kind: "stale" };

/**
 * Queues the announcement for its whole audience in one set-based INSERT … SELECT (bulk priority, so
 * urgent messages overtake it), each row tagged with kind `broadcast-<id>` for the delivery status.
 * Compare-and-set on the draft: sent once, however often the button is pressed.
 */
export async function sendBroadcast(
  db: Db,
  input: { id: number; authorId: number; now: Date; templateKey?: string; params?: MessageParams; allowStatus?: Broadcast["status"] },
): Promise<SendResult> {
  return db.transaction(async (tx) => {
    const [b] = await tx.select().from(broadcasts).where(and(eq(broadcasts.id, input.id), eq(broadcasts.authorId, input.authorId))).for("update");
    if (!b || b.status !== (input.allowStatus ?? "draft")) return { kind: "stale" as const };
    const missing = missingForSending(b);
    if (missing.length > 0) return { kind: "incomplete" as const, missing };
    const recipients = await enqueueForRecipients(
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
    const [sent] = await tx.update(broadcasts).set({ status: "sent", step: null, sentAt: input.now, recipients }).where(eq(broadcasts.id, b.id)).returning();
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
