import { GrammyError, HttpError, type Api } from "grammy";
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
 * sendMessage through a grammY `Api` of its own: give it no auto-retry transformer, the sender
 * handles 429 itself (a global pause) and must see it.
 */
export function telegramSendMessage(api: Api): SendMessage {
  return async (chatId, message) => {
    try {
      const sent = await api.sendMessage(chatId, message.text, message.replyMarkup ? { reply_markup: message.replyMarkup } : {});
      return { ok: true, messageId: sent.message_id };
    } catch (error) {
      return classifySendError(error);
    }
  };
}
