import { checkRequest } from "./telegram-rules.js";

/**
 * A Bot API double at grammY's `fetch` level that behaves like Telegram towards a bulk sender:
 * it answers 429 with `retry_after` past `globalPerSecond` messages in any one-second window or
 * past `perChatPerSecond` to one chat, 403 for chats marked blocked, and can fail the next
 * requests with a 5xx or a network error. Used by the delivery tests and `bench/delivery.ts`.
 */
import { readBody } from "./fake-telegram.js";

export interface DeliveredMessage {
  chatId: number;
  /** The text, or the caption of a photo or document. */
  text: string;
  /** For sendPhoto / sendDocument: what was sent, and whether the bytes were uploaded or a file_id reused. */
  attachment?: { type: "photo" | "document"; uploaded: boolean; fileId: string };
  replyMarkup?: { inline_keyboard: { text: string; callback_data?: string }[][] };
  at: number;
  messageId: number;
}

export interface TelegramDoubleOptions {
  globalPerSecond?: number;
  perChatPerSecond?: number;
  /** Milliseconds; a fake clock in deterministic tests. */
  now?: () => number;
  /** Simulated request latency (real time). */
  latencyMs?: number;
  /** Called when a sendMessage request arrives, before it is answered (e.g. to crash mid-flight). */
  onArrival?: (chatId: number, text: string) => void;
}

export interface TelegramDouble {
  fetch: typeof globalThis.fetch;
  /** Accepted messages, in order. */
  delivered: DeliveredMessage[];
  /** 429 answers given, with the time each was given. */
  rateLimited: number[];
  /** Requests that arrived (sendMessage), accepted or not. */
  arrivals: number;
  block(chatId: number): void;
  unblock(chatId: number): void;
  /** The next `count` sendMessage requests fail: with an HTTP status (5xx) or, with "network", a thrown fetch error. */
  failNext(count: number, how: number | "network"): void;
  /** The next sendMessage request is answered 429 with this `retry_after`, whatever the load. */
  rateLimitNext(retryAfterSeconds: number): void;
  /** How many times each chat received a message. */
  perChat(): Map<number, number>;
}

export function createTelegramDouble(options: TelegramDoubleOptions = {}): TelegramDouble {
  const globalLimit = options.globalPerSecond ?? 30;
  const chatLimit = options.perChatPerSecond ?? 1;
  const now = options.now ?? (() => Date.now());
  const delivered: DeliveredMessage[] = [];
  const rateLimited: number[] = [];
  const blocked = new Set<number>();
  const recentGlobal: number[] = [];
  const recentByChat = new Map<number, number[]>();
  let failures: { count: number; how: number | "network" } = { count: 0, how: 500 };
  let forcedRetryAfter: number | null = null;
  let messageId = 1;
  let arrivals = 0;

  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

  function windowOf(list: number[], t: number): number[] {
    while (list.length > 0 && list[0]! <= t - 1000) list.shift();
    return list;
  }

  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.toString() : input.url;
    const method = url.slice(url.lastIndexOf("/") + 1);
    const payload = await readBody(init?.body, new Headers(init?.headers).get("content-type") ?? "");
    const refusal = checkRequest(method, payload);
    if (refusal) return json(refusal, refusal.error_code);
    if (method !== "sendMessage" && method !== "sendPhoto" && method !== "sendDocument") return json({ ok: true, result: true });
    arrivals++;
    // Limits are judged when the request arrives; the answer comes back after the latency.
    const t = now();
    const chatId = Number(payload.chat_id);
    const text = String(method === "sendMessage" ? payload.text : (payload.caption ?? ""));
    options.onArrival?.(chatId, text);
    const answer = decide(method, chatId, text, payload, t);
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    if (answer === "network") throw new TypeError("fetch failed: ECONNRESET");
    return answer;
  }) as typeof globalThis.fetch;

  function decide(method: string, chatId: number, text: string, payload: Record<string, unknown>, t: number): Response | "network" {
    if (failures.count > 0) {
      failures.count--;
      if (failures.how === "network") return "network";
      return json({ ok: false, error_code: failures.how, description: "Internal Server Error" }, failures.how);
    }
    if (blocked.has(chatId)) return json({ ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }, 403);
    const global = windowOf(recentGlobal, t);
    const chat = windowOf(recentByChat.get(chatId) ?? [], t);
    const limitedBy = global.length >= globalLimit ? global : chat.length >= chatLimit ? chat : null;
    if (limitedBy || forcedRetryAfter !== null) {
      rateLimited.push(t);
      const retryAfter = forcedRetryAfter ?? Math.max(1, Math.ceil((limitedBy![0]! + 1000 - t) / 1000));
      forcedRetryAfter = null;
      return json(
        { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } },
        429,
      );
    }
    global.push(t);
    chat.push(t);
    recentByChat.set(chatId, chat);
    const id = messageId++;
    const replyMarkup = typeof payload.reply_markup === "string" ? JSON.parse(payload.reply_markup) : payload.reply_markup;
    const message = { message_id: id, date: Math.floor(t / 1000), chat: { id: chatId, type: "private", first_name: "U" } };
    if (method === "sendMessage") {
      delivered.push({ chatId, text, replyMarkup, at: t, messageId: id });
      return json({ ok: true, result: { ...message, text } });
    }
    const type = method === "sendPhoto" ? "photo" : "document";
    const sent = payload[type];
    const uploaded = typeof sent !== "string";
    const fileId = uploaded ? `${type}-file-${id}` : String(sent);
    delivered.push({ chatId, text, replyMarkup, at: t, messageId: id, attachment: { type, uploaded, fileId } });
    const media =
      type === "photo"
        ? { photo: [{ file_id: fileId, file_unique_id: `u${fileId}`, width: 800, height: 600 }] }
        : { document: { file_id: fileId, file_unique_id: `u${fileId}` } };
    return json({ ok: true, result: { ...message, caption: text, ...media } });
  }

  return {
    fetch,
    delivered,
    rateLimited,
    get arrivals() {
      return arrivals;
    },
    block: (chatId) => void blocked.add(chatId),
    unblock: (chatId) => void blocked.delete(chatId),
    failNext: (count, how) => {
      failures = { count, how };
    },
    rateLimitNext: (retryAfterSeconds) => {
      forcedRetryAfter = retryAfterSeconds;
    },
    perChat() {
      const counts = new Map<number, number>();
      for (const m of delivered) counts.set(m.chatId, (counts.get(m.chatId) ?? 0) + 1);
      return counts;
    },
  };
}
