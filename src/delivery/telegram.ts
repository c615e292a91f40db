import { GrammyError, HttpError, InputFile, type Api } from "grammy";
import type { Message } from "grammy/types";
import type { Db } from "../db/client.js";
import { claimUpload, loadDeliveryFile, releaseUpload, rememberTelegramFileId, type DeliveryFileSource } from "./files.js";
import type { RenderedMessage } from "./render.js";

/** How one send attempt ended, in the terms the sender acts on. */
export type SendResult =
  | { ok: true; messageId: number }
  | { ok: false; kind: "rate_limited"; retryAfterSeconds: number; description: string }
  | { ok: false; kind: "unreachable"; description: string }
  | { ok: false; kind: "transient"; description: string }
  | { ok: false; kind: "permanent"; description: string };

/** The one thing the sender needs from Telegram. */
export type SendMessage = (chatId: number, message: RenderedMessage) => Promise<SendResult>;

const unreachable400 = /chat not found|user not found|peer_id_invalid|user is deactivated|bot was blocked/i;

/** Maps a Bot API error (or a network failure) to what the sender should do about it. */
export function classifySendError(error: unknown): Exclude<SendResult, { ok: true }> {
  if (error instanceof GrammyError) {
    const description = `${error.error_code} ${error.description}`;
    if (error.error_code === 429) {
      return { ok: false, kind: "rate_limited", retryAfterSeconds: Math.max(1, error.parameters.retry_after ?? 1), description };
    }
    if (error.error_code === 403) return { ok: false, kind: "unreachable", description };
    if (error.error_code === 400 && unreachable400.test(error.description)) return { ok: false, kind: "unreachable", description };
    if (error.error_code >= 500) return { ok: false, kind: "transient", description };
    return { ok: false, kind: "permanent", description };
  }
  if (error instanceof HttpError) return { ok: false, kind: "transient", description: `network: ${String(error.message)}` };
  return { ok: false, kind: "transient", description: error instanceof Error ? error.message : String(error) };
}

/**
 * sendMessage (or sendPhoto / sendDocument with the text as caption) through a grammY `Api` of its
 * own: give it no auto-retry transformer, the sender handles 429 itself (a global pause) and must
 * see it. Stored files (attachment.fileId) are read from `db`, uploaded once, and sent by
 * Telegram's file_id afterwards.
 */
/** How long one replica may take to upload a file before another may try, and how often the others look. */
const UPLOAD_LEASE_MS = 60_000;
const UPLOAD_POLL_MS = 200;

/**
 * The bytes to upload (this replica holds the upload lease), or the file_id another replica's
 * upload produced meanwhile; null when the file is gone. Waits while another replica uploads.
 */
async function takeUploadOrFileId(db: Db, fileId: number, stored: DeliveryFileSource): Promise<InputFile | string | null> {
  let source: DeliveryFileSource | null = stored;
  for (;;) {
    if (!source) return null;
    if ("telegramFileId" in source) return source.telegramFileId;
    if (await claimUpload(db, fileId, UPLOAD_LEASE_MS)) return new InputFile(source.content, source.filename);
    await new Promise((r) => setTimeout(r, UPLOAD_POLL_MS));
    source = await loadDeliveryFile(db, fileId);
  }
}

export function telegramSendMessage(api: Api, db?: Db): SendMessage {
  /**
   * Stored files being uploaded right now, and the file_ids this process got: the sender sends to
   * many chats at once, and without these every recipient in flight before the first upload
   * returned (or whose read of the file raced it) would upload the same file again. Sends of a file
   * nobody has uploaded yet wait for the one upload, then use its file_id. (A few bytes per file.)
   */
  const uploads = new Map<number, Promise<void>>();
  const known = new Map<number, string>();
  return async (chatId, message) => {
    let finishUpload: (() => void) | undefined;
    let claimed = false;
    try {
      const other = message.replyMarkup ? { reply_markup: message.replyMarkup } : {};
      const attachment = message.attachment;
      if (!attachment) {
        const sent = await api.sendMessage(chatId, message.text, other);
        return { ok: true, messageId: sent.message_id };
      }
      let file: string | InputFile | undefined = attachment.telegramFileId;
      const fileId = attachment.fileId;
      while (file === undefined) {
        if (!db || !fileId) return { ok: false, kind: "permanent", description: `stored file ${fileId} not found` };
        const pending = uploads.get(fileId);
        if (pending) await pending;
        file = known.get(fileId);
        if (file !== undefined || pending) continue;
        const stored = await loadDeliveryFile(db, fileId);
        if (!stored) return { ok: false, kind: "permanent", description: `stored file ${fileId} not found` };
        if ("telegramFileId" in stored) file = stored.telegramFileId;
        // Another send started or finished the upload while the file was being read: look again.
        else if (uploads.has(fileId) || known.has(fileId)) continue;
        else {
          // This send uploads for this process, once the database says no other replica is.
          let resolve!: () => void;
          uploads.set(fileId, new Promise<void>((r) => (resolve = r)));
          finishUpload = () => {
            uploads.delete(fileId);
            resolve();
          };
          const taken = await takeUploadOrFileId(db, fileId, stored);
          if (taken === null) return { ok: false, kind: "permanent", description: `stored file ${fileId} not found` };
          if (typeof taken === "string") known.set(fileId, taken);
          else claimed = true;
          file = taken;
        }
      }
      const options = { ...other, caption: message.text };
      const sent: Message =
        attachment.type === "photo" ? await api.sendPhoto(chatId, file, options) : await api.sendDocument(chatId, file, options);
      if (db && fileId && file instanceof InputFile) {
        const uploaded = attachment.type === "photo" ? sent.photo?.at(-1)?.file_id : sent.document?.file_id;
        if (uploaded) {
          known.set(fileId, uploaded);
          await rememberTelegramFileId(db, fileId, uploaded);
        }
      }
      return { ok: true, messageId: sent.message_id };
    } catch (error) {
      if (claimed && db && message.attachment?.fileId) await releaseUpload(db, message.attachment.fileId).catch(() => {});
      return classifySendError(error);
    } finally {
      // A failed upload lets the next waiter try (it finds no file_id and uploads itself).
      finishUpload?.();
    }
  };
}
