import { Api } from "grammy";
import { asc, gt } from "drizzle-orm";
import type { Db } from "../src/db/client.js";
import { outbox, users } from "../src/db/schema/index.js";
import { createI18n } from "../src/bot/i18n.js";
import { createRenderer } from "../src/delivery/render.js";
import { Sender, type SenderOptions } from "../src/delivery/sender.js";
import { telegramSendMessage } from "../src/delivery/telegram.js";
import { TEST_TOKEN } from "./test-bot.js";
import { createTelegramDouble, type TelegramDouble, type TelegramDoubleOptions } from "./telegram-double.js";

/** A clock tests move by hand; `sleep` lets pending I/O settle, then jumps ahead. */
export function createFakeClock(start: Date | string) {
  let now = new Date(start).getTime();
  return {
    clock: () => new Date(now),
    nowMs: () => now,
    set(date: Date | string) {
      now = new Date(date).getTime();
    },
    advance(ms: number) {
      now += ms;
    },
    sleep: async (ms: number) => {
      await new Promise((r) => setImmediate(r));
      now += ms;
    },
  };
}
export type FakeClock = ReturnType<typeof createFakeClock>;

const i18n = createI18n();
export const renderMessage = createRenderer((locale, key, params) => i18n.t(locale, key, params));

/** A sender wired to the flood-limited double through a real grammY Api, like production. */
export function createTestSender(
  db: Db,
  options: Partial<SenderOptions> & { double?: TelegramDoubleOptions; telegram?: TelegramDouble; fakeClock?: FakeClock } = {},
) {
  const { double: doubleOptions, telegram: given, fakeClock, ...senderOptions } = options;
  const telegram = given ?? createTelegramDouble({ ...(fakeClock ? { now: fakeClock.nowMs } : {}), ...doubleOptions });
  const api = new Api(TEST_TOKEN, { fetch: telegram.fetch });
  const logs: string[] = [];
  const sender = new Sender({
    db,
    send: telegramSendMessage(api, db),
    render: renderMessage,
    ratePerSecond: 30,
    ...(fakeClock ? { clock: fakeClock.clock, sleep: fakeClock.sleep } : {}),
    log: (message, error) => logs.push(`${message} ${error ?? ""}`),
    ...senderOptions,
  });
  return { sender, telegram, logs };
}

export async function addUser(db: Db, telegramId: number, language: "kk" | "ru" = "ru"): Promise<void> {
  await db.insert(users).values({ telegramId, language, languageConfirmed: true }).onConflictDoNothing();
}

/**
 * Reads the outbox rows enqueued since its previous read: by id, or by chat and then id. Make a
 * fresh one for each test (its first read returns every row).
 */
export function outboxReader(db: Db, order: "id" | "chat" = "id") {
  let lastSeenId = 0;
  return async () => {
    const rows = await db
      .select()
      .from(outbox)
      .where(gt(outbox.id, lastSeenId))
      .orderBy(...(order === "chat" ? [asc(outbox.chatId), asc(outbox.id)] : [asc(outbox.id)]));
    lastSeenId = Math.max(lastSeenId, ...rows.map((r) => r.id));
    return rows;
  };
}
export type OutboxReader = ReturnType<typeof outboxReader>;
