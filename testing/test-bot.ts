import type { Db } from "../src/db/client.js";
import { createBot } from "../src/bot/create-bot.js";
import { createI18n } from "../src/bot/i18n.js";
import { createFakeTelegram, testBotInfo, type ApiCall } from "./fake-telegram.js";
import { nextMessageId } from "./message-ids.js";
import { callbackQuery, documentMessage, photoMessage, textMessage, type TestUser } from "./updates.js";

export const TEST_TOKEN = "123456789:TEST-token_abcdefghijklmnopqrstuvwxyz";

export interface Button {
  text: string;
  data?: string;
  url?: string;
  /** A Mini App button's page. */
  webApp?: string;
}

/** What the bot did in answer to one update, with typed accessors. */
export class Outcome {
  constructor(public readonly calls: ApiCall[]) {}
  /** Texts of sent and edited messages and photo captions, in order. */
  get texts(): string[] {
    return this.calls
      .filter((c) => ["sendMessage", "editMessageText", "sendPhoto"].includes(c.method))
      .map((c) => String(c.payload.text ?? c.payload.caption ?? ""));
  }
  get text(): string {
    return this.texts.join("\n---\n");
  }
  /** Pop-up answers to button presses. */
  get alerts(): string[] {
    return this.calls.filter((c) => c.method === "answerCallbackQuery" && c.payload.text).map((c) => String(c.payload.text));
  }
  /** Inline buttons of every message sent or edited, flattened. */
  get buttons(): Button[] {
    const result: Button[] = [];
    for (const c of this.calls) {
      const markup = (typeof c.payload.reply_markup === "string" ? JSON.parse(c.payload.reply_markup) : c.payload.reply_markup) as
        | { inline_keyboard?: { text: string; callback_data?: string; url?: string; web_app?: { url: string } }[][] }
        | undefined;
      for (const row of markup?.inline_keyboard ?? []) for (const b of row) result.push({ text: b.text, data: b.callback_data, url: b.url, ...(b.web_app ? { webApp: b.web_app.url } : {}) });
    }
    return result;
  }
  button(label: string | RegExp): Button {
    const found = this.buttons.find((b) => (typeof label === "string" ? b.text.includes(label) : label.test(b.text)));
    if (!found) throw new Error(`no button ${label} among ${JSON.stringify(this.buttons.map((b) => b.text))}`);
    return found;
  }
  called(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }
}

export interface TestBotOptions {
  adminIds?: number[];
  apiTransformers?: import("grammy").Transformer[];
  now?: Date;
  invitationTtlDays?: number;
  /** A real logger (then failed updates go to it instead of `errors`). */
  logger?: import("../src/observability/logger.js").Logger;
  metrics?: import("../src/observability/metrics.js").Metrics;
  operatorName?: string;
  /** WEBAPP_URL: /status then offers the dashboard. */
  webappUrl?: string;
  /**
   * The per-user rate limit. Off unless given: specs walk long dialogs at machine speed under one
   * frozen clock, which no person does; tests/bot/abuse-limits.spec.ts turns it on with its own clock.
   */
  userRateLimit?: import("../src/bot/middlewares/rate-limit.js").UserRateLimitOptions;
}

export function createTestBot(db: Db, options: TestBotOptions = {}) {
  const telegram = createFakeTelegram();
  const errors: unknown[] = [];
  let now = options.now ?? new Date("2026-11-22T06:00:00Z");
  const i18n = createI18n();
  const bot = createBot({
    token: TEST_TOKEN,
    botInfo: testBotInfo,
    fetch: telegram.fetch,
    deps: {
      db,
      adminIds: new Set(options.adminIds ?? []),
      invitationTtlDays: options.invitationTtlDays ?? 14,
      operatorName: options.operatorName,
      ...(options.webappUrl ? { webappUrl: options.webappUrl } : {}),
      clock: () => now,
      i18n,
    },
    ...(options.logger ? { logger: options.logger } : { log: (_message: string, error: unknown) => void errors.push(error) }),
    metrics: options.metrics,
    apiTransformers: options.apiTransformers,
    userRateLimit: options.userRateLimit ?? false,
  });

  async function run(update: Parameters<typeof bot.handleUpdate>[0]): Promise<Outcome> {
    const start = telegram.calls.length;
    const refusedBefore = telegram.refused.length;
    await bot.handleUpdate(update);
    if (errors.length > 0) throw errors[0];
    // A call the real Bot API would refuse is a defect even when the bot swallowed the error.
    const refused = telegram.refused.slice(refusedBefore);
    if (refused.length > 0) {
      throw new Error(`Telegram would refuse ${refused.length} call(s): ${refused.map((r) => `${r.method} → ${r.refusal.description}`).join("; ")}`);
    }
    return new Outcome(telegram.calls.slice(start));
  }

  /** A press on the message that carries (or carried) this button, as Telegram sends it; a forged button comes from a message of its own. */
  function pressUpdate(user: TestUser, data: string) {
    let messageId = telegram.state.findByCallbackData(user.id, data);
    if (messageId === undefined) {
      messageId = nextMessageId();
      telegram.state.remember(user.id, messageId, { kind: "text", text: "…", replyMarkup: { inline_keyboard: [[{ text: "?", callback_data: data }]] } });
    }
    const message = telegram.state.get(user.id, messageId)!;
    return callbackQuery(user, data, { messageId, text: message.text, replyMarkup: message.replyMarkup });
  }

  return {
    bot,
    telegram,
    i18n,
    errors,
    get now() {
      return now;
    },
    setNow(date: Date) {
      now = date;
    },
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
    /** Hands the bot this exact update (e.g. the same one twice, as Telegram redelivers). */
    deliver: (update: Parameters<typeof bot.handleUpdate>[0]) => run(update),
    send: (user: TestUser, text: string) => run(textMessage(user, text)),
    sendPhoto: (user: TestUser, photo?: { fileId?: string; caption?: string }) => run(photoMessage(user, photo)),
    sendDocument: (user: TestUser, fileName?: string, document?: Parameters<typeof documentMessage>[2]) => run(documentMessage(user, fileName, document)),
    press: (user: TestUser, data: string | undefined) => {
      if (!data) throw new Error("button has no callback data");
      return run(pressUpdate(user, data));
    },
    /** First contact and the language choice: the user is then a guest in `language`. */
    async meet(user: TestUser, language: "kk" | "ru"): Promise<Outcome> {
      await run(textMessage(user, "/start"));
      return run(pressUpdate(user, `lang:${language}`));
    },
  };
}

export type TestBot = ReturnType<typeof createTestBot>;

let nextUserId = 500_000_000;
export function newUser(overrides: Partial<TestUser> = {}): TestUser {
  const id = nextUserId++;
  return { id, first_name: `User${id}`, username: `user${id}`, language_code: "ru", ...overrides };
}
