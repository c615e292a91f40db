import type { Update } from "grammy/types";
import { nextMessageId } from "./message-ids.js";

let nextUpdateId = 1;

export interface TestUser {
  id: number;
  first_name: string;
  username?: string;
  language_code?: string;
}

function chatOf(user: TestUser) {
  return { id: user.id, type: "private" as const, first_name: user.first_name };
}

function fromOf(user: TestUser) {
  return { id: user.id, is_bot: false as const, first_name: user.first_name, username: user.username, language_code: user.language_code };
}

/** A private message from `user` with the given content (text, photo, document…). */
function messageUpdate(user: TestUser, content: Record<string, unknown>): Update {
  return {
    update_id: nextUpdateId++,
    message: { message_id: nextMessageId(), date: Math.floor(Date.now() / 1000), chat: chatOf(user), from: fromOf(user), ...content },
  } as Update;
}

/** A text message; a leading /command gets its bot_command entity as Telegram sends it. */
export function textMessage(user: TestUser, text: string): Update {
  const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(text);
  return messageUpdate(user, { text, ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}) });
}

export function photoMessage(user: TestUser, photo: { fileId?: string; caption?: string } = {}): Update {
  return messageUpdate(user, {
    photo: [{ file_id: photo.fileId ?? "AgACAgIAAx", file_unique_id: "AQAD", width: 90, height: 90 }],
    ...(photo.caption !== undefined ? { caption: photo.caption } : {}),
  });
}

/**
 * A button press on the message `message` (its id, text and keyboard as the chat shows them now;
 * Telegram sends the keyboard along). Without `message` the press comes from a message the test
 * does not know.
 */
export function callbackQuery(
  user: TestUser,
  data: string,
  message: { messageId: number; text?: string; replyMarkup?: unknown } = { messageId: 1 },
): Update {
  const id = nextUpdateId++;
  return {
    update_id: id,
    callback_query: {
      id: `cq${id}`,
      from: fromOf(user),
      chat_instance: "ci",
      data,
      message: {
        message_id: message.messageId,
        date: Math.floor(Date.now() / 1000),
        chat: chatOf(user),
        text: message.text ?? "…",
        ...(message.replyMarkup ? { reply_markup: message.replyMarkup } : {}),
      },
    },
  } as Update;
}

/** A file sent as a document (e.g. a photo sent "as file"). */
export function documentMessage(user: TestUser, fileName = "photo.jpg", document: { file_id?: string; mime_type?: string; file_size?: number } = {}): Update {
  return messageUpdate(user, { document: { file_id: "BQACAgIAAx", file_unique_id: "AgAD", file_name: fileName, mime_type: "image/jpeg", file_size: 245_000, ...document } });
}
