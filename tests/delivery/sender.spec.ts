import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { outbox, users } from "../../src/db/schema/index.js";
import { enqueueMessages } from "../../src/delivery/outbox.js";
import { quietHoursSchema } from "../../src/delivery/quiet-hours.js";
import { heartbeatSender } from "../../src/delivery/senders.js";
import type { Sender } from "../../src/delivery/sender.js";
import { touchUser } from "../../src/registration/users.js";
import { createTestDatabase, resetDatabase } from "../helpers/test-db.js";
import { addUser, createFakeClock, createTestSender } from "../../testing/delivery.js";

let database: Database;
const morning = "2036-11-23T05:00:00Z"; // 10:00 in Almaty

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => resetDatabase(database.db));

const rows = () => database.db.select().from(outbox).orderBy(asc(outbox.id));

describe("rendering at send time", () => {
  it("speaks the language the recipient has when the message goes out, with localized buttons", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    await addUser(db, 42, "ru");
    await enqueueMessages(db, [
      {
        chatId: 42,
        kind: "test",
        templateKey: "reminder-report-due-week",
        params: { year: "2026", quarter: "4", dueDate: "20.11.2026", organization: "«Балапан» бөбекжайы" },
        buttons: [{ textKey: "reminder-button-open-report", callbackData: "report:open" }],
      },
    ]);
    await db.update(users).set({ language: "kk" }).where(eq(users.telegramId, 42));
    const { sender, telegram } = createTestSender(db, { fakeClock: clock });
    await sender.runUntilIdle();
    expect(telegram.delivered).toHaveLength(1);
    expect(telegram.delivered[0]!.text).toBe(
      "Еске салу: 2026 жылғы 4-тоқсан бойынша есепті тапсыруға бір апта қалды (мерзімі — 20.11.2026).\n«Балапан» бөбекжайы: есеп әлі тапсырылған жоқ.",
    );
    expect(telegram.delivered[0]!.replyMarkup).toEqual({ inline_keyboard: [[{ text: "📝 Есепті ашу", callback_data: "report:open" }]] });
    const [row] = await rows();
    expect(row).toMatchObject({ status: "sent", attempts: 1, telegramMessageId: telegram.delivered[0]!.messageId });
  });

  it("resolves per-language parameters and marks a row with an unknown template failed, not retried", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    await addUser(db, 1, "ru");
    await enqueueMessages(db, [
      {
        chatId: 1,
        kind: "test",
        templateKey: "reminder-report-overdue-methodologists",
        params: { region: { kk: "Ақтөбе облысы", ru: "Актюбинская область" }, year: "2026", quarter: "4", dueDate: "20.11.2026", count: 1, organizations: "• №11 X" },
      },
      { chatId: 1, kind: "test", templateKey: "no-such-key" },
    ]);
    const { sender, telegram } = createTestSender(db, { fakeClock: clock });
    await sender.runUntilIdle();
    expect(telegram.delivered.map((m) => m.text.split("\n")[0])).toEqual([
      "Актюбинская область: детские сады, не сдавшие в срок (20.11.2026) отчёт за 4-й квартал 2026 года (1):",
    ]);
    expect((await rows()).map((r) => r.status)).toEqual(["sent", "failed"]);
  });
});

describe("Telegram's limits", () => {
  it("keeps to the global budget: 120 messages at 30/s get no 429 and no second has more than 30", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    const chats = Array.from({ length: 120 }, (_, i) => 1000 + i);
    await enqueueMessages(db, chats.map((chatId) => ({ chatId, kind: "test", templateKey: "common-error" })));
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, ratePerSecond: 30, double: { globalPerSecond: 30 } });
    await sender.runUntilIdle();
    expect(telegram.rateLimited).toEqual([]);
    expect(new Set(telegram.delivered.map((m) => m.chatId)).size).toBe(120);
    const times = telegram.delivered.map((m) => m.at);
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
  });

  it("sends one chat at most one message a second", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    await enqueueMessages(db, [1, 2, 3, 4].map((n) => ({ chatId: 7, kind: "test", templateKey: "common-error", dedupKey: `m${n}` })));
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, double: { perChatPerSecond: 1 } });
    await sender.runUntilIdle();
    expect(telegram.rateLimited).toEqual([]);
    expect(telegram.delivered).toHaveLength(4);
    const times = telegram.delivered.map((m) => m.at);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1000);
  });

  it("six busy chats: none gets two messages closer than the per-chat pace, and the global budget holds", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    // Six chats × four messages (a digest's parts), queued round by round, beside 40 single messages:
    // a budget of 10/s could send each busy chat more than one a second; the pace must hold them back.
    const busy = Array.from({ length: 24 }, (_, i) => ({ chatId: 70 + (i % 6), kind: "test", templateKey: "common-error", dedupKey: `b${i}` }));
    await enqueueMessages(db, busy.map((m, i) => ({ ...m, notBefore: new Date(clock.nowMs() - 60_000 + i) })));
    await enqueueMessages(db, Array.from({ length: 40 }, (_, i) => ({ chatId: 3000 + i, kind: "test", templateKey: "common-error" })));
    const perChatIntervalMs = 1050;
    const { sender, telegram } = createTestSender(db, {
      fakeClock: clock,
      ratePerSecond: 10,
      perChatIntervalMs,
      double: { globalPerSecond: 10, perChatPerSecond: 1 },
    });
    await sender.runUntilIdle();
    expect(telegram.rateLimited).toEqual([]);
    expect(telegram.delivered).toHaveLength(64);
    for (let chat = 70; chat < 76; chat++) {
      const mine = telegram.delivered.filter((m) => m.chatId === chat).map((m) => m.at);
      expect(mine).toHaveLength(4);
      for (let i = 1; i < mine.length; i++) expect(mine[i]! - mine[i - 1]!, `chat ${chat}`).toBeGreaterThanOrEqual(perChatIntervalMs);
    }
    const times = telegram.delivered.map((m) => m.at);
    for (let i = 10; i < times.length; i++) expect(times[i]! - times[i - 10]!).toBeGreaterThanOrEqual(1000);
  });

  it("a backlog concentrated on a few chats does not hold back the others: the budget stays in use", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    // 10 chats × 6 messages queued first (digests, seminar changes), then 150 single messages.
    const crowded = Array.from({ length: 60 }, (_, i) => ({ chatId: 50 + (i % 10), kind: "test", templateKey: "common-error", dedupKey: `c${i}` }));
    await enqueueMessages(db, crowded.map((m, i) => ({ ...m, notBefore: new Date(clock.nowMs() - 60_000 + i) })));
    await enqueueMessages(
      db,
      Array.from({ length: 150 }, (_, i) => ({ chatId: 1000 + i, kind: "test", templateKey: "common-error", notBefore: new Date(clock.nowMs() - 30_000) })),
    );
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, ratePerSecond: 30, double: { globalPerSecond: 30, perChatPerSecond: 1 } });
    await sender.runUntilIdle();
    expect(telegram.rateLimited).toEqual([]);
    expect(telegram.delivered).toHaveLength(210);
    // While there are other chats to serve, the budget is used: 150 messages in 150 ÷ (30 × 0.97) s and a little.
    const times = telegram.delivered.map((m) => m.at);
    expect(times[149]! - times[0]!).toBeLessThanOrEqual((150 / (30 * 0.95)) * 1000);
    // Each crowded chat still gets one message a second, in the order they were queued.
    for (let chat = 50; chat < 60; chat++) {
      const mine = telegram.delivered.filter((m) => m.chatId === chat).map((m) => m.at);
      expect(mine).toHaveLength(6);
      for (let i = 1; i < mine.length; i++) expect(mine[i]! - mine[i - 1]!).toBeGreaterThanOrEqual(1000);
    }
  }, 90_000);

  it("on 429 pauses everything for retry_after, then sends the row again without counting an attempt", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    await enqueueMessages(db, [1, 2, 3, 4, 5].map((chatId) => ({ chatId, kind: "test", templateKey: "common-error" })));
    const { sender, telegram } = createTestSender(db, { fakeClock: clock });
    telegram.rateLimitNext(7);
    await sender.runUntilIdle();
    expect(telegram.rateLimited).toHaveLength(1);
    expect(telegram.delivered.map((m) => m.chatId).sort()).toEqual([1, 2, 3, 4, 5]);
    for (const m of telegram.delivered) expect(m.at).toBeGreaterThanOrEqual(telegram.rateLimited[0]! + 7000);
    expect((await rows()).map((r) => [r.status, r.attempts])).toEqual(Array(5).fill(["sent", 1]));
    expect(sender.stats.rateLimited).toBe(1);
  });
});

describe("the loop", () => {
  it("waits for a claim still running when its queued rows have all gone out, instead of spinning without I/O", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    await enqueueMessages(db, [1, 2, 3].map((chatId) => ({ chatId, kind: "test", templateKey: "common-error" })));
    // A sleep that moves the clock but lets no I/O through, and no heartbeat due meanwhile: as when the
    // database answers a claim slower than a pause and a heartbeat (a loaded machine, a lock). The claim
    // started beside the last queued rows is then still running when they have all gone out.
    const { sender, telegram } = createTestSender(db, {
      clock: clock.clock,
      sleep: async (ms) => clock.advance(ms),
      heartbeatMs: 60_000,
      double: { now: clock.nowMs },
    });
    await sender.runUntilIdle(10_000);
    expect(telegram.delivered.map((m) => m.chatId).sort()).toEqual([1, 2, 3]);
  });
});

describe("several replicas", () => {
  it("share one budget: with another live sender each sends at half of it, and at all of it once the other is gone", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, ratePerSecond: 30, double: { globalPerSecond: 30 } });
    await heartbeatSender(db, "another-replica", clock.clock(), 5000);
    await enqueueMessages(db, Array.from({ length: 45 }, (_, i) => ({ chatId: 100 + i, kind: "test", templateKey: "common-error" })));
    await sender.runUntilIdle();
    expect(sender.liveSenders).toBe(2);
    let times = telegram.delivered.map((m) => m.at);
    expect(times).toHaveLength(45);
    for (let i = 15; i < times.length; i++) expect(times[i]! - times[i - 15]!).toBeGreaterThanOrEqual(1000);

    clock.advance(10_000); // the other replica stopped beating
    await enqueueMessages(db, Array.from({ length: 45 }, (_, i) => ({ chatId: 200 + i, kind: "test", templateKey: "common-error" })));
    const before = telegram.delivered.length;
    await sender.runUntilIdle();
    expect(sender.liveSenders).toBe(1);
    times = telegram.delivered.slice(before).map((m) => m.at);
    expect(times).toHaveLength(45);
    expect(times.at(-1)! - times[0]!).toBeLessThan(2000);
    expect(telegram.rateLimited).toEqual([]);
  });
  it("two replicas starting together stay within one budget: neither sends before it has counted the other", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    await enqueueMessages(db, Array.from({ length: 120 }, (_, i) => ({ chatId: 500 + i, kind: "test", templateKey: "common-error" })));
    // One Telegram for both replicas, judging the whole bot's 30 messages in any second.
    const { sender: a, telegram } = createTestSender(db, { fakeClock: clock, ratePerSecond: 30, senderId: "replica-a", double: { globalPerSecond: 30 } });
    const { sender: b } = createTestSender(db, { fakeClock: clock, ratePerSecond: 30, senderId: "replica-b", telegram });
    // A registers first, alone; B registers 10 ms later and counts both. A learns of B only at its
    // next heartbeat, one interval later: had A sent meanwhile at the whole budget, B's half on top
    // would have gone over it. Ticks driven by hand, 10 ms apart, so the order is the same every run.
    for (let step = 0; step < 600 && telegram.delivered.length < 120; step++) {
      await a.tick();
      if (step >= 1) await b.tick();
      await new Promise((r) => setImmediate(r));
      clock.advance(10);
    }
    expect(telegram.delivered).toHaveLength(120);
    expect([a.liveSenders, b.liveSenders]).toEqual([2, 2]);
    expect(telegram.rateLimited).toEqual([]);
    const times = telegram.delivered.map((m) => m.at).sort((x, y) => x - y);
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
    // Both took part (each at its half), and the first message left one heartbeat after start.
    const by = new Set(telegram.delivered.map((m) => m.chatId));
    expect(by.size).toBe(120);
    expect(times[0]! - new Date(morning).getTime()).toBeGreaterThanOrEqual(1000);
  });

  it("a replica back after missing its heartbeats joins again: it waits until the other has counted it", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    const { sender: a, telegram } = createTestSender(db, { fakeClock: clock, ratePerSecond: 30, senderId: "replica-a", double: { globalPerSecond: 30 } });
    const { sender: b } = createTestSender(db, { fakeClock: clock, ratePerSecond: 30, senderId: "replica-b", telegram });
    const run = async (steps: number, who: Sender[], stepMs = 10) => {
      for (let step = 0; step < steps; step++) {
        for (const s of who) await s.tick();
        await new Promise((r) => setImmediate(r));
        clock.advance(stepMs);
      }
    };
    await run(30, [a, b], 100); // both registered and counted: half each
    expect([a.liveSenders, b.liveSenders]).toEqual([2, 2]);
    await run(70, [b], 100); // A's database out for 7 s: B alone counts itself only, the whole budget
    await run(1, [b]); // B's heartbeat, just before A is back
    expect(b.liveSenders).toBe(1);
    await enqueueMessages(db, Array.from({ length: 120 }, (_, i) => ({ chatId: 900 + i, kind: "test", templateKey: "common-error" })));
    // A comes back a tick before B's next heartbeat: sending at its old half at once would add
    // to B's whole budget until B counts it again.
    await run(600, [a, b]);
    expect(telegram.delivered).toHaveLength(120);
    expect(telegram.rateLimited).toEqual([]);
    const times = telegram.delivered.map((m) => m.at).sort((x, y) => x - y);
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
  });
});

describe("failures", () => {
  it("backs off exponentially on 5xx and network errors, then succeeds", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    await enqueueMessages(db, [{ chatId: 1, kind: "test", templateKey: "common-error" }]);
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, backoffBaseMs: 2000 });
    telegram.failNext(1, 502);
    await sender.runUntilIdle();
    let [row] = await rows();
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row!.lastError).toMatch(/502/);
    const firstRetry = row!.notBefore.getTime() - row!.updatedAt.getTime();
    expect(firstRetry).toBeGreaterThanOrEqual(1500);
    expect(firstRetry).toBeLessThanOrEqual(2500);

    clock.set(row!.notBefore);
    telegram.failNext(1, "network");
    await sender.runUntilIdle();
    [row] = await rows();
    expect(row).toMatchObject({ status: "pending", attempts: 2 });
    const secondRetry = row!.notBefore.getTime() - row!.updatedAt.getTime();
    expect(secondRetry).toBeGreaterThanOrEqual(3000);
    expect(secondRetry).toBeLessThanOrEqual(5000);

    clock.set(row!.notBefore);
    await sender.runUntilIdle();
    [row] = await rows();
    expect(row).toMatchObject({ status: "sent", attempts: 3 });
    expect(telegram.delivered).toHaveLength(1);
  });

  it("gives up after the maximum number of attempts", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    await enqueueMessages(db, [{ chatId: 1, kind: "test", templateKey: "common-error" }]);
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, maxAttempts: 3 });
    telegram.failNext(100, 500);
    for (let i = 0; i < 5; i++) {
      await sender.runUntilIdle();
      clock.advance(60 * 60_000);
    }
    const [row] = await rows();
    expect(row).toMatchObject({ status: "failed", attempts: 3 });
    expect(telegram.arrivals).toBe(3);
  });

  it("a 400 other than 'chat not found' fails at once", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    await enqueueMessages(db, [{ chatId: 1, kind: "test", templateKey: "common-error" }]);
    const { sender, telegram } = createTestSender(db, { fakeClock: clock });
    telegram.failNext(1, 400);
    await sender.runUntilIdle();
    clock.advance(60 * 60_000);
    await sender.runUntilIdle();
    expect((await rows())[0]).toMatchObject({ status: "failed", attempts: 1 });
    expect(telegram.arrivals).toBe(1);
  });

  it("403 marks the recipient unreachable, is not retried, and spares their later messages until they write again", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    await addUser(db, 5, "kk");
    await enqueueMessages(db, [{ chatId: 5, kind: "test", templateKey: "common-error", dedupKey: "a" }]);
    const { sender, telegram } = createTestSender(db, { fakeClock: clock });
    telegram.block(5);
    await sender.runUntilIdle();
    const [first] = await rows();
    expect(first).toMatchObject({ status: "unreachable", attempts: 1 });
    const [user] = await db.select().from(users).where(eq(users.telegramId, 5));
    expect(user!.unreachableAt).toEqual(first!.updatedAt);

    await enqueueMessages(db, [{ chatId: 5, kind: "test", templateKey: "common-error", dedupKey: "b" }]);
    await sender.runUntilIdle();
    expect((await rows())[1]).toMatchObject({ status: "unreachable", attempts: 0 });
    expect(telegram.arrivals).toBe(1);

    telegram.unblock(5);
    await touchUser(db, 5, "kk");
    await enqueueMessages(db, [{ chatId: 5, kind: "test", templateKey: "common-error", dedupKey: "c" }]);
    await sender.runUntilIdle();
    expect((await rows())[2]).toMatchObject({ status: "sent" });
    expect(telegram.delivered).toHaveLength(1);
  });
});

describe("quiet hours and priority", () => {
  const quietHours = quietHoursSchema.parse("21:00-08:00");

  it("between 21:00 and 08:00 Almaty sends only urgent messages; the rest go out at 08:00", async () => {
    const db = database.db;
    const clock = createFakeClock("2026-11-22T17:30:00Z"); // 22:30 in Almaty
    await enqueueMessages(db, [
      { chatId: 1, kind: "test", templateKey: "common-error", notBefore: clock.clock() },
      { chatId: 2, kind: "test", templateKey: "common-error", priority: "urgent", notBefore: clock.clock() },
    ]);
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, quietHours });
    await sender.runUntilIdle();
    expect(telegram.delivered.map((m) => m.chatId)).toEqual([2]);

    clock.set("2036-11-23T02:59:00Z"); // 07:59
    await sender.runUntilIdle();
    expect(telegram.delivered.map((m) => m.chatId)).toEqual([2]);

    clock.set("2036-11-23T03:00:00Z"); // 08:00
    await sender.runUntilIdle();
    expect(telegram.delivered.map((m) => m.chatId)).toEqual([2, 1]);
  });

  it("an urgent message overtakes a backlog of ordinary ones", async () => {
    const db = database.db;
    const clock = createFakeClock(morning);
    await enqueueMessages(db, Array.from({ length: 200 }, (_, i) => ({ chatId: 100 + i, kind: "test", templateKey: "common-error" })));
    await enqueueMessages(db, [{ chatId: 9, kind: "test", templateKey: "common-error", priority: "urgent" }]);
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, ratePerSecond: 30 });
    await sender.runUntilIdle();
    expect(telegram.delivered[0]!.chatId).toBe(9);
    expect(telegram.delivered).toHaveLength(201);
  });

  it("parses quiet hours and refuses nonsense", () => {
    expect(quietHoursSchema.parse("21:00-08:00")).toEqual({ startMinute: 1260, endMinute: 480 });
    expect(quietHoursSchema.parse("off")).toBeNull();
    expect(quietHoursSchema.safeParse("25:00-08:00").success).toBe(false);
    expect(quietHoursSchema.safeParse("21:00").success).toBe(false);
  });
});
