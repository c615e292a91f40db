/**
 * Telegram replaced at grammY's `fetch` level: every Bot API call is recorded and answered with a
 * plausible result, so the bot and @grammyjs/conversations see the same thing as in production.
 */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export type Responder = (call: ApiCall) => { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: Record<string, unknown> } | undefined;

export interface FakeTelegram {
  fetch: typeof globalThis.fetch;
  calls: ApiCall[];
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
  let responder: Responder | null = null;
  let messageId = 1000;
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.toString() : input.url;
    const method = url.slice(url.lastIndexOf("/") + 1);
    const headers = new Headers(init?.headers);
    const payload = await readBody(init?.body, headers.get("content-type") ?? "");
    const call = { method, payload };
    calls.push(call);
    const custom = responder?.(call);
    const answer = custom ?? { ok: true, result: defaultResult(call, ++messageId) };
    return new Response(JSON.stringify(answer), { status: answer.ok ? 200 : answer.error_code, headers: { "content-type": "application/json" } });
  }) as typeof globalThis.fetch;
  return {
    fetch,
    calls,
    respondWith: (r) => {
      responder = r;
    },
    clear: () => {
      calls.length = 0;
    },
  };
}

function defaultResult(call: ApiCall, messageId: number): unknown {
  const chatId = Number(call.payload.chat_id);
  const message = { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private", first_name: "User" } };
  switch (call.method) {
    case "sendMessage":
      return { ...message, text: call.payload.text };
    case "sendPhoto":
      return { ...message, photo: [{ file_id: `photo${messageId}`, file_unique_id: `u${messageId}`, width: 800, height: 800 }], caption: call.payload.caption };
    case "sendDocument":
      return { ...message, document: { file_id: `doc${messageId}`, file_unique_id: `d${messageId}` } };
    case "editMessageText":
      return { ...message, text: call.payload.text };
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
