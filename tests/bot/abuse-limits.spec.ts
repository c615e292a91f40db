import { describe, expect, it } from "vitest";
import { listPeriods } from "../../src/reports/periods.js";
import { createBot } from "../../src/bot/create-bot.js";
import { createI18n } from "../../src/bot/i18n.js";
import { DEFAULT_USER_RATE_LIMIT } from "../../src/bot/middlewares/rate-limit.js";
import type { Database } from "../../src/db/client.js";
import { createFakeTelegram, testBotInfo } from "../../testing/fake-telegram.js";
import { joinedUser } from "../helpers/fixtures.js";
import { newUser, TEST_TOKEN, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { callbackQuery } from "../../testing/updates.js";
import { AFTER_DEADLINE, seedQuarterReports } from "../files/seed-reports.js";

let database: Database;
let t: TestBot;
let ms = 0;
// The production limit, on a clock the spec moves.
useBotSpec((spec) => ({ database, t } = spec), { now: AFTER_DEADLINE, userRateLimit: { ...DEFAULT_USER_RATE_LIMIT, now: () => ms } });

describe("a per-user limit", () => {
  it("300 /help in a burst: the burst is answered, then ONE notice in the user's language, then silence until tokens refill; others are not affected", async () => {
    ms = 0;
    const flooder = newUser({ language_code: "kk" });
    await t.meet(flooder, "kk"); // two updates of the burst
    const outcomes = [];
    for (let i = 0; i < 300; i++) outcomes.push(await t.send(flooder, "/help"));
    const answered = outcomes.filter((o) => o.calls.length > 0);
    expect(answered).toHaveLength(DEFAULT_USER_RATE_LIMIT.burst - 2 + 1);
    const notice = answered.at(-1)!;
    expect(notice.text).toBe(t.i18n.t("kk", "abuse-rate-limited"));
    expect(answered.slice(0, -1).every((o) => o.text !== notice.text)).toBe(true);
    expect(outcomes.slice(answered.length).every((o) => o.calls.length === 0)).toBe(true);

    const bystander = newUser();
    await t.meet(bystander, "ru");
    expect((await t.send(bystander, "/help")).calls.length).toBeGreaterThan(0);

    // Two seconds later one token has come back: one answer, then the notice again, once.
    ms += 2_000;
    expect((await t.send(flooder, "/help")).text).not.toBe(notice.text);
    expect((await t.send(flooder, "/help")).text).toBe(notice.text);
    expect((await t.send(flooder, "/help")).calls).toEqual([]);
  });
});

describe("one file at a time per user", () => {
  it("a second export pressed while the first is being built is answered 'already preparing' and builds nothing", async () => {
    await seedQuarterReports(database.db);
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const period = (await listPeriods(database.db)).find((p) => p.year === 2026 && p.quarter === 4)!;

    // A bot whose Telegram holds the first file until the spec lets it go: the first build is
    // certainly still running when the second press arrives.
    const telegram = createFakeTelegram();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let documentReached!: () => void;
    const reached = new Promise<void>((resolve) => (documentReached = resolve));
    const errors: unknown[] = [];
    const bot = createBot({
      token: TEST_TOKEN,
      botInfo: testBotInfo,
      fetch: (async (input: string | URL | Request, init?: RequestInit) => {
        if (String(input).endsWith("/sendDocument")) {
          documentReached();
          await held;
        }
        return telegram.fetch(input, init);
      }) as typeof fetch,
      deps: { db: database.db, adminIds: new Set(), invitationTtlDays: 14, clock: () => AFTER_DEADLINE, i18n: createI18n() },
      log: (_m, error) => void errors.push(error),
      userRateLimit: false,
    });
    const press = () => bot.handleUpdate(callbackQuery(methodologist, `exp:${period.id}`, { messageId: 1 }));

    const first = press();
    await reached;
    await press();
    const alerts = telegram.calls.filter((c) => c.method === "answerCallbackQuery" && c.payload.text).map((c) => c.payload.text);
    expect(alerts).toEqual(["Файл уже готовится — пришлю его, как только он будет готов. Новый запрос можно отправить после этого."]);
    release();
    await first;
    expect(errors).toEqual([]);
    expect(telegram.calls.filter((c) => c.method === "sendDocument")).toHaveLength(1);
    // Once it is sent, a new request builds again.
    await press();
    expect(telegram.calls.filter((c) => c.method === "sendDocument")).toHaveLength(2);
  });
});
