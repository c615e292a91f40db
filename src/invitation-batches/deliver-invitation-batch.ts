import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Db } from "../db/client.js";
import { storeDeliveryFile } from "../delivery/files.js";
import type { LocalizedText } from "../delivery/message.js";
import { enqueueMessages } from "../delivery/outbox.js";
import type { OutboxMessage } from "../delivery/message.js";
import type { InvitationBatch } from "./invitation-batch.js";
import type { Language } from "../registration/roles.js";
import { BOT_UPLOAD_LIMIT_BYTES } from "../shared/message-limits.js";
import { formatDate } from "../shared/time.js";
import { writeInvitationBatchFiles, type BatchFile } from "./invitation-batch-files.js";

export const INVITATION_BATCH_FILE_KIND = "invite-batch-file";

export interface DeliveredBatchFiles {
  pdfs: number;
  /** Files over the bot's 50 MB upload limit: not sent, the person is told to ask the operator. */
  tooLarge: string[];
}

/**
 * Sends a batch's files to the person who asked, as documents through the outbox (so they survive a
 * restart and keep Telegram's pace): one PDF of cards per region, in parts of at most 2,000 cards,
 * and the .xlsx of every link. The files are built in a temporary folder, stored, then removed; one
 * over the bot's 50 MB limit is not sent and its name is reported in its place. Dedup keys per batch
 * and file: building them again for the same batch sends nothing twice.
 */
export async function deliverInvitationBatchFiles(
  db: Db,
  input: { batch: InvitationBatch; now: Date; chatId: number; botUsername: string; language: Language; scope: LocalizedText; regionNames?: Map<string, LocalizedText> },
): Promise<DeliveredBatchFiles> {
  const { batch, chatId } = input;
  const dir = await mkdtemp(join(tmpdir(), `invite-batch-${batch.id}-`));
  try {
    const files = await writeInvitationBatchFiles(db, { batch, botUsername: input.botUsername, dir, language: input.language, split: true });
    const messages: OutboxMessage[] = [];
    const tooLarge: string[] = [];
    for (const [i, file] of files.entries()) {
      const dedupKey = `${INVITATION_BATCH_FILE_KIND}:${batch.id}:${i}`;
      if (file.bytes > BOT_UPLOAD_LIMIT_BYTES) {
        tooLarge.push(basename(file.path));
        messages.push({ chatId, kind: INVITATION_BATCH_FILE_KIND, templateKey: "invite-batch-file-too-large", params: { file: basename(file.path) }, priority: "urgent", dedupKey, notBefore: input.now });
        continue;
      }
      const fileId = await storeDeliveryFile(db, { filename: basename(file.path), mimeType: mimeType(file), content: await readFile(file.path) });
      messages.push({
        chatId,
        kind: INVITATION_BATCH_FILE_KIND,
        templateKey: file.kind === "pdf" ? "invite-batch-file-pdf" : "invite-batch-file-xlsx",
        params: {
          scope: (file.kind === "pdf" && file.regionCode && input.regionNames?.get(file.regionCode)) || input.scope,
          count: file.cards,
          part: file.part,
          parts: file.parts,
          until: formatDate(batch.expiresAt),
        },
        attachment: { type: "document", fileId },
        // Asked for and waited for: not held back by quiet hours.
        priority: "urgent",
        dedupKey,
        notBefore: input.now,
      });
    }
    await enqueueMessages(db, messages);
    return { pdfs: files.filter((f) => f.kind === "pdf").length, tooLarge };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function mimeType(file: BatchFile): string {
  return file.kind === "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
