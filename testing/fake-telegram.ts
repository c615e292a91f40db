import { nextMessageId } from "./message-ids.js";
import { checkRequest, TelegramMessageState, type Refusal } from "./telegram-rules.js";

/**
 * Telegram replaced at grammY's `fetch` level: every Bot API call is recorded and answered as the
 * real Bot API would. It refuses what Telegram refuses (telegram-rules.ts): texts over 4,096
 * characters or empty, captions over 1,024, callback data over 64 bytes, more than 100 buttons,
 * invalid commands, an edit that changes nothing or of a message it does not know, a callback query
 * answered twice. Refusals are kept in `refused`; the test bot fails a test on any it did not expect.
 */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export type Responder = (call: ApiCall) => { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: Record<string, unknown> } | undefined;

export interface RefusedCall extends ApiCall {
  refusal: Refusal;
}

export interface FakeTelegram {
  fetch: typeof globalThis.fetch;
  calls: ApiCall[];
  /** Calls Telegram's rules refused, in order (they are in `calls` too). */
  refused: RefusedCall[];
  /** The chats as Telegram holds them: messages the bot sent, their texts and keyboards. */
  state: TelegramMessageState;
  /**
   * A file a user sent, as Telegram keeps it: getFile answers with its path (or refuses one over
   * 20 MB, as the Bot API does) and the file URL serves the bytes. Returns the file_id.
   */
  serveFile(bytes: Uint8Array, fileId?: string): string;
  /** Replaces the bytes behind a file_id (a file changed between two downloads). */
  files: Map<string, Uint8Array>;
  /** Overrides the answer for some calls (e.g. 403 for a blocked chat); return undefined to fall through. */
  respondWith(responder: Responder | null): void;
  clear(): void;
}

export async function readBody(body: unknown, contentType: string): Promise<Record<string, unknown>> {
  if (body === undefined || body === null) return {};
  if (typeof body === "string") return JSON.parse(body);
  const chunks: Uint8Array[] = [];
  if (typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] === "function") {
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    }
  } else {
    chunks.push(Buffer.from(await new Response(body as BodyInit).arrayBuffer()));
  }
  const buffer = Buffer.concat(chunks);
  if (contentType.includes("application/json")) return JSON.parse(buffer.toString("utf8"));
  // multipart/form-data: keep text fields; files become { file: <bytes> }
  const boundary = /boundary=([^;]+)/.exec(contentType)?.[1];
  const payload: Record<string, unknown> = {};
  if (!boundary) return payload;
  const text = buffer.toString("latin1");
  for (const part of text.split(`--${boundary}`)) {
    const name = /name="([^"]+)"/.exec(part)?.[1];
    if (!name) continue;
    const start = part.indexOf("\r\n\r\n");
    const value = part.slice(start + 4, part.lastIndexOf("\r\n"));
    if (/filename=/.test(part)) payload[name] = { fileBytes: Buffer.from(value, "latin1") };
    else payload[name] = Buffer.from(value, "latin1").toString("utf8");
  }
  // grammY sends files as separate parts referenced by "attach://<name>"; resolve them in place.
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === "string" && value.startsWith("attach://")) payload[key] = payload[value.slice("attach://".length)];
  }
  return payload;
}

export function createFakeTelegram(): FakeTelegram {
  const calls: ApiCall[] = [];
  const refused: RefusedCall[] = [];
  const state = new TelegramMessageState();
  let responder: Responder | null = null;
  const files = new Map<string, Uint8Array>();
  let fileCounter = 0;
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.toString() : input.url;
    const download = /\/file\/bot[^/]+\/documents\/(.+)$/.exec(url);
    if (download) {
      const bytes = files.get(decodeURIComponent(download[1]!));
      return bytes ? new Response(Buffer.from(bytes), { status: 200 }) : new Response("Not Found", { status: 404 });
    }
    const method = url.slice(url.lastIndexOf("/") + 1);
    const headers = new Headers(init?.headers);
    const payload = await readBody(init?.body, headers.get("content-type") ?? "");
    const call = { method, payload };
    calls.push(call);
    const custom = responder?.(call) ?? (method === "getFile" ? answerGetFile(files, String(payload.file_id)) : undefined);
    const refusal = custom ? null : (checkRequest(method, payload) ?? state.apply(method, payload));
    if (refusal) refused.push({ ...call, refusal });
    const answer = custom ?? refusal ?? { ok: true, result: accept(call, state) };
    return new Response(JSON.stringify(answer), { status: answer.ok ? 200 : answer.error_code, headers: { "content-type": "application/json" } });
  }) as typeof globalThis.fetch;
  return {
    fetch,
    calls,
    refused,
    state,
    files,
    serveFile(bytes, fileId) {
      const id = fileId ?? `BQACAgIAAxkBAAI${++fileCounter}`;
      files.set(id, bytes);
      return id;
    },
    respondWith: (r) => {
      responder = r;
    },
    clear: () => {
      calls.length = 0;
      refused.length = 0;
    },
  };
}

/** getFile as the Bot API answers it: a path for a known file, a refusal for an unknown or a too big one. */
function answerGetFile(files: Map<string, Uint8Array>, fileId: string): ReturnType<Responder> {
  const bytes = files.get(fileId);
  if (!bytes) return { ok: false, error_code: 400, description: "Bad Request: invalid file_id" };
  if (bytes.length > 20 * 1024 * 1024) return { ok: false, error_code: 400, description: "Bad Request: file is too big" };
  return { ok: true, result: { file_id: fileId, file_unique_id: `u${fileId.slice(-6)}`, file_size: bytes.length, file_path: `documents/${fileId}` } };
}

/** The result of an accepted call; messages sent are remembered in the chat's state. */
function accept(call: ApiCall, state: TelegramMessageState): unknown {
  const chatId = Number(call.payload.chat_id);
  const replyMarkup = typeof call.payload.reply_markup === "string" ? JSON.parse(call.payload.reply_markup) : call.payload.reply_markup;
  const sent = (kind: "text" | "media", text: unknown) => {
    const messageId = nextMessageId();
    state.remember(chatId, messageId, { kind, text: text === undefined ? "" : String(text), replyMarkup });
    return { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private", first_name: "User" }, ...(replyMarkup ? { reply_markup: replyMarkup } : {}) };
  };
  switch (call.method) {
    case "sendMessage":
      return { ...sent("text", call.payload.text), text: call.payload.text };
    case "sendPhoto": {
      const message = sent("media", call.payload.caption);
      const id = message.message_id;
      return { ...message, photo: [{ file_id: `photo${id}`, file_unique_id: `u${id}`, width: 800, height: 800 }], caption: call.payload.caption };
    }
    case "sendDocument": {
      const message = sent("media", call.payload.caption);
      const id = message.message_id;
      return { ...message, document: { file_id: `doc${id}`, file_unique_id: `d${id}` } };
    }
    case "sendMediaGroup": {
      const media = (typeof call.payload.media === "string" ? JSON.parse(call.payload.media) : call.payload.media) as { caption?: string }[];
      return media.map((m) => {
        const message = sent("media", m.caption);
        return { ...message, photo: [{ file_id: `photo${message.message_id}`, file_unique_id: `u${message.message_id}`, width: 800, height: 800 }] };
      });
    }
    case "editMessageText":
    case "editMessageCaption":
    case "editMessageReplyMarkup": {
      const message = state.get(chatId, Number(call.payload.message_id));
      return { message_id: Number(call.payload.message_id), date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private", first_name: "User" }, text: message?.text, ...(message?.replyMarkup ? { reply_markup: message.replyMarkup } : {}) };
    }
    case "getMe":
      return testBotInfo;
    default:
      return true;
  }
}

export const testBotInfo = {
  id: 7000000001,
  is_bot: true as const,
  first_name: "Erte Pilot",
  username: "erte_pilot_bot",
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
} as const;
