import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { deliveryFiles } from "../db/schema/index.js";

export interface StoredFileInput {
  filename: string;
  mimeType: string;
  content: Buffer;
}

/** Keeps a generated file for the outbox; returns the id an attachment refers to (`fileId`). */
export async function storeDeliveryFile(db: Db, file: StoredFileInput): Promise<number> {
  const [row] = await db
    .insert(deliveryFiles)
    .values({ filename: file.filename, mimeType: file.mimeType, content: file.content })
    .returning({ id: deliveryFiles.id });
  return row!.id;
}

/** What the sender needs to send a stored file: Telegram's file_id once known, otherwise the bytes. */
export type DeliveryFileSource = { telegramFileId: string } | { filename: string; content: Buffer };

export async function loadDeliveryFile(db: Db, id: number): Promise<DeliveryFileSource | null> {
  const [known] = await db.select({ telegramFileId: deliveryFiles.telegramFileId }).from(deliveryFiles).where(eq(deliveryFiles.id, id));
  if (!known) return null;
  if (known.telegramFileId) return { telegramFileId: known.telegramFileId };
  const [file] = await db.select({ filename: deliveryFiles.filename, content: deliveryFiles.content }).from(deliveryFiles).where(eq(deliveryFiles.id, id));
  return file ?? null;
}

/**
 * Takes the right to upload a file nobody has a file_id for, for `leaseMs` (database time): one
 * replica uploads, the others wait for its file_id; a dead uploader's lease runs out and another
 * takes over. False when the file_id is known or another replica holds the lease.
 */
export async function claimUpload(db: Db, id: number, leaseMs: number): Promise<boolean> {
  const rows = await db
    .update(deliveryFiles)
    .set({ uploadLeaseUntil: sql`now() + ${leaseMs} * interval '1 millisecond'` })
    .where(
      and(
        eq(deliveryFiles.id, id),
        isNull(deliveryFiles.telegramFileId),
        or(isNull(deliveryFiles.uploadLeaseUntil), lt(deliveryFiles.uploadLeaseUntil, sql`now()`)),
      ),
    )
    .returning({ id: deliveryFiles.id });
  return rows.length > 0;
}

/** An upload that failed: the next sender (of any replica) may try at once. */
export async function releaseUpload(db: Db, id: number): Promise<void> {
  await db.update(deliveryFiles).set({ uploadLeaseUntil: null }).where(and(eq(deliveryFiles.id, id), isNull(deliveryFiles.telegramFileId)));
}

/** After the first upload: later recipients get the same file by its Telegram file_id. */
export async function rememberTelegramFileId(db: Db, id: number, telegramFileId: string): Promise<void> {
  await db
    .update(deliveryFiles)
    .set({ telegramFileId, uploadLeaseUntil: null })
    .where(and(eq(deliveryFiles.id, id), isNull(deliveryFiles.telegramFileId)));
}
