/**
 * What the real Bot API refuses, answered with the error code and description Telegram gives, so a
 * test double that calls these rules fails where production would. Stateless rules (lengths,
 * buttons, commands) are here; the rules that need to remember messages and callback queries
 * (not modified, not found, answered twice) live in `TelegramMessageState` below and are used by
 * the fake at grammY's fetch level (fake-telegram.ts).
 */
export interface Refusal {
  ok: false;
  error_code: number;
  description: string;
}

export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;
export const CALLBACK_DATA_LIMIT = 64;
export const BUTTONS_LIMIT = 100;
export const CALLBACK_ANSWER_LIMIT = 200;

export const refusals = {
  textEmpty: "Bad Request: message text is empty",
  textTooLong: "Bad Request: message is too long",
  captionTooLong: "Bad Request: message caption is too long",
  buttonDataInvalid: "Bad Request: BUTTON_DATA_INVALID",
  webAppUrlInvalid: "Bad Request: inline keyboard button Web App URL is invalid: Only HTTPS links are allowed",
  buttonTextEmpty: "Bad Request: BUTTON_TEXT_INVALID",
  buttonKindMissing: "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
  markupTooLong: "Bad Request: REPLY_MARKUP_TOO_LONG",
  commandInvalid: "Bad Request: BOT_COMMAND_INVALID",
  commandDescriptionInvalid: "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID",
  commandsTooMuch: "Bad Request: BOT_COMMANDS_TOO_MUCH",
  notModified:
    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a content and reply markup of the current message",
  editNotFound: "Bad Request: message to edit not found",
  deleteNotFound: "Bad Request: message to delete not found",
  noTextToEdit: "Bad Request: there is no text in the message to edit",
  noCaptionToEdit: "Bad Request: there is no caption in the message to edit",
  queryTooOld: "Bad Request: query is too old and response timeout expired or query ID is invalid",
  callbackAnswerTooLong: "Bad Request: MESSAGE_TOO_LONG",
  mediaGroupSize: "Bad Request: wrong number of messages in the media group",
} as const;

const refuse = (description: string): Refusal => ({ ok: false, error_code: 400, description });

type Payload = Record<string, unknown>;
interface InlineButton {
  text?: unknown;
  callback_data?: unknown;
  url?: unknown;
  [other: string]: unknown;
}

export function parseMarkup(value: unknown): { inline_keyboard?: InlineButton[][] } | undefined {
  if (value === undefined || value === null) return undefined;
  return (typeof value === "string" ? JSON.parse(value) : value) as { inline_keyboard?: InlineButton[][] };
}

/** Telegram counts characters in UTF-16 code units, as JavaScript's `length` does. */
function checkText(text: unknown): Refusal | null {
  const value = text === undefined || text === null ? "" : String(text);
  if (value.trim().length === 0) return refuse(refusals.textEmpty);
  if (value.length > TEXT_LIMIT) return refuse(refusals.textTooLong);
  return null;
}

function checkCaption(caption: unknown): Refusal | null {
  if (caption === undefined || caption === null) return null;
  return String(caption).length > CAPTION_LIMIT ? refuse(refusals.captionTooLong) : null;
}

function checkMarkup(value: unknown): Refusal | null {
  const markup = parseMarkup(value);
  if (!markup?.inline_keyboard) return null;
  let count = 0;
  for (const row of markup.inline_keyboard) {
    for (const button of row) {
      count++;
      if (typeof button.text !== "string" || button.text.trim().length === 0) return refuse(refusals.buttonTextEmpty);
      if ("callback_data" in button) {
        const data = String(button.callback_data ?? "");
        const bytes = Buffer.byteLength(data);
        if (bytes < 1 || bytes > CALLBACK_DATA_LIMIT) return refuse(refusals.buttonDataInvalid);
      } else if ("web_app" in button) {
        const url = (button.web_app as { url?: unknown } | null)?.url;
        if (typeof url !== "string" || !url.startsWith("https://")) return refuse(refusals.webAppUrlInvalid);
      } else if (!Object.keys(button).some((k) => k !== "text")) {
        return refuse(refusals.buttonKindMissing);
      }
    }
  }
  return count > BUTTONS_LIMIT ? refuse(refusals.markupTooLong) : null;
}

function checkCommands(commands: unknown): Refusal | null {
  const list = (typeof commands === "string" ? JSON.parse(commands) : commands) as { command?: unknown; description?: unknown }[];
  if (!Array.isArray(list)) return refuse(refusals.commandInvalid);
  if (list.length > 100) return refuse(refusals.commandsTooMuch);
  for (const c of list) {
    if (typeof c.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command)) return refuse(refusals.commandInvalid);
    const description = typeof c.description === "string" ? c.description : "";
    if (description.trim().length < 1 || description.length > 256) return refuse(refusals.commandDescriptionInvalid);
  }
  return null;
}

/** The rules that need no memory: lengths of texts and captions, buttons, commands. Null when Telegram would accept. */
export function checkRequest(method: string, payload: Payload): Refusal | null {
  switch (method) {
    case "sendMessage":
    case "editMessageText":
      return checkText(payload.text) ?? checkMarkup(payload.reply_markup);
    case "sendPhoto":
    case "sendDocument":
    case "sendVideo":
    case "sendAnimation":
    case "sendAudio":
    case "sendVoice":
    case "editMessageCaption":
      return checkCaption(payload.caption) ?? checkMarkup(payload.reply_markup);
    case "editMessageReplyMarkup":
      return checkMarkup(payload.reply_markup);
    case "sendMediaGroup": {
      const media = (typeof payload.media === "string" ? JSON.parse(payload.media) : payload.media) as { caption?: unknown }[] | undefined;
      if (!Array.isArray(media) || media.length < 1 || media.length > 10) return refuse(refusals.mediaGroupSize);
      for (const item of media) {
        const refused = checkCaption(item.caption);
        if (refused) return refused;
      }
      return null;
    }
    case "answerCallbackQuery":
      return payload.text !== undefined && String(payload.text).length > CALLBACK_ANSWER_LIMIT ? refuse(refusals.callbackAnswerTooLong) : null;
    case "setMyCommands":
      return checkCommands(payload.commands);
    default:
      return null;
  }
}

interface StoredMessage {
  kind: "text" | "media";
  text: string;
  /** Canonical JSON of the inline keyboard; "" when there is none (an empty keyboard is none). */
  markup: string;
  /** Every callback_data the message has ever carried, so a press on a since-retired button finds its message. */
  everData: Set<string>;
}

function canonicalMarkup(value: unknown): string {
  const markup = parseMarkup(value);
  const rows = (markup?.inline_keyboard ?? []).filter((r) => r.length > 0);
  return rows.length === 0 ? "" : JSON.stringify(rows);
}

function callbackDataOf(markup: string): string[] {
  if (!markup) return [];
  return (JSON.parse(markup) as InlineButton[][]).flat().flatMap((b) => (typeof b.callback_data === "string" ? [b.callback_data] : []));
}

/**
 * What a chat shows, as far as the Bot API is concerned: the messages the bot sent (text or
 * caption, keyboard), and the callback queries already answered. Edits are judged against it.
 */
export class TelegramMessageState {
  private readonly chats = new Map<number, Map<number, StoredMessage>>();
  private readonly answeredQueries = new Set<string>();

  private chat(chatId: number): Map<number, StoredMessage> {
    let chat = this.chats.get(chatId);
    if (!chat) this.chats.set(chatId, (chat = new Map()));
    return chat;
  }

  /** Records a message that now exists in the chat (sent by the bot, or put there by a test). */
  remember(chatId: number, messageId: number, message: { kind: "text" | "media"; text?: string; replyMarkup?: unknown }): void {
    const markup = canonicalMarkup(message.replyMarkup);
    this.chat(chatId).set(messageId, { kind: message.kind, text: message.text ?? "", markup, everData: new Set(callbackDataOf(markup)) });
  }

  get(chatId: number, messageId: number): { text: string; replyMarkup?: { inline_keyboard: InlineButton[][] } } | undefined {
    const m = this.chats.get(chatId)?.get(messageId);
    if (!m) return undefined;
    return { text: m.text, ...(m.markup ? { replyMarkup: { inline_keyboard: JSON.parse(m.markup) } } : {}) };
  }

  /** The newest message of the chat that carries (or once carried) a button with this data. */
  findByCallbackData(chatId: number, data: string): number | undefined {
    const chat = this.chats.get(chatId);
    if (!chat) return undefined;
    let current: number | undefined;
    let former: number | undefined;
    for (const [id, m] of chat) {
      if (callbackDataOf(m.markup).includes(data)) current = id;
      else if (m.everData.has(data)) former = id;
    }
    return current ?? former;
  }

  /**
   * Judges a call that depends on what the chat holds; records its effect when accepted.
   * Returns a refusal, or null (accepted).
   */
  apply(method: string, payload: Payload): Refusal | null {
    switch (method) {
      case "answerCallbackQuery": {
        const id = String(payload.callback_query_id);
        if (this.answeredQueries.has(id)) return refuse(refusals.queryTooOld);
        this.answeredQueries.add(id);
        return null;
      }
      case "editMessageText":
      case "editMessageCaption":
      case "editMessageReplyMarkup": {
        if (payload.inline_message_id !== undefined) return null;
        const message = this.chats.get(Number(payload.chat_id))?.get(Number(payload.message_id));
        if (!message) return refuse(refusals.editNotFound);
        // Telegram drops the inline keyboard of an edit that does not repeat it.
        const markup = canonicalMarkup(payload.reply_markup);
        let text = message.text;
        if (method === "editMessageText") {
          if (message.kind !== "text") return refuse(refusals.noTextToEdit);
          text = String(payload.text);
        } else if (method === "editMessageCaption") {
          if (message.kind !== "media") return refuse(refusals.noCaptionToEdit);
          text = String(payload.caption ?? "");
        }
        if (text === message.text && markup === message.markup) return refuse(refusals.notModified);
        message.text = text;
        message.markup = markup;
        for (const data of callbackDataOf(markup)) message.everData.add(data);
        return null;
      }
      case "deleteMessage": {
        const chat = this.chats.get(Number(payload.chat_id));
        if (!chat?.delete(Number(payload.message_id))) return refuse(refusals.deleteNotFound);
        return null;
      }
      default:
        return null;
    }
  }
}
