import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { deliveryFiles, outbox } from "../../src/db/schema/index.js";
import { storeDeliveryFile } from "../../src/delivery/files.js";
import { enqueueMessages } from "../../src/delivery/outbox.js";
import { createTestDatabase, resetDatabase } from "../helpers/test-db.js";
import { addUser, createFakeClock, createTestSender } from "../../testing/delivery.js";

let database: Database;
const morning = "2036-11-23T05:00:00Z"; // 10:00 in Almaty
const reminder = {
  kind: "test",
  templateKey: "reminder-report-due-week",
  params: { year: "2026", quarter: "4", dueDate: "20.11.2026", organization: "«Балапан» бөбекжайы" },
};

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => resetDatabase(database.db));

describe("outbox attachments", () => {
  it("uploads a stored file once and sends the same file_id to every later recipient, with the text as caption", async () => {
    const db = database.db;
    for (const id of [1, 2, 3]) await addUser(db, id, id === 1 ? "kk" : "ru");
    const fileId = await storeDeliveryFile(db, { filename: "chart.png", mimeType: "image/png", content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    await enqueueMessages(
      db,
      [1, 2, 3].map((chatId) => ({ ...reminder, chatId, attachment: { type: "photo" as const, fileId } })),
    );
    const { sender, telegram } = createTestSender(db, { fakeClock: createFakeClock(morning), maxInFlight: 1 });
    await sender.runUntilIdle();

    expect(telegram.delivered.map((m) => m.attachment?.type)).toEqual(["photo", "photo", "photo"]);
    expect(telegram.delivered.map((m) => m.attachment?.uploaded)).toEqual([true, false, false]);
    const firstFileId = telegram.delivered[0]!.attachment!.fileId;
    expect(telegram.delivered.slice(1).map((m) => m.attachment!.fileId)).toEqual([firstFileId, firstFileId]);
    expect(telegram.delivered[0]!.text).toContain("тапсыруға бір апта қалды");
    expect(telegram.delivered[1]!.text).toContain("неделя");
    const [file] = await db.select().from(deliveryFiles);
    expect(file!.telegramFileId).toBe(firstFileId);
    expect((await db.select().from(outbox)).every((r) => r.status === "sent")).toBe(true);
  });

  it("sending to many chats at once, the file is still uploaded once: the others wait for its file_id", async () => {
    const db = database.db;
    const chats = [11, 12, 13, 14, 15, 16];
    for (const id of chats) await addUser(db, id, "ru");
    const fileId = await storeDeliveryFile(db, { filename: "chart.png", mimeType: "image/png", content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    await enqueueMessages(db, chats.map((chatId) => ({ ...reminder, chatId, attachment: { type: "photo" as const, fileId } })));
    // Each request takes 50 ms of real time, so several sends are in flight together.
    const { sender, telegram } = createTestSender(db, { fakeClock: createFakeClock(morning), maxInFlight: 16, double: { latencyMs: 50 } });
    await sender.runUntilIdle();
    expect(telegram.delivered).toHaveLength(chats.length);
    expect(telegram.delivered.filter((m) => m.attachment?.uploaded)).toHaveLength(1);
    expect(new Set(telegram.delivered.map((m) => m.attachment!.fileId)).size).toBe(1);
  });

  it("two replicas sending one new file at the same time upload it once between them", async () => {
    const db = database.db;
    const chats = Array.from({ length: 12 }, (_, i) => 40 + i);
    for (const id of chats) await addUser(db, id, "ru");
    const fileId = await storeDeliveryFile(db, { filename: "chart.png", mimeType: "image/png", content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    await enqueueMessages(db, chats.map((chatId) => ({ ...reminder, chatId, attachment: { type: "photo" as const, fileId } })));
    // One Telegram, two replicas (each with its own process memory of uploads); each request takes
    // 100 ms of real time, so both have sends of the file in flight before any upload returns.
    const clock = createFakeClock(morning);
    // A budget of 8/s shared by two: each claims four rows at a time, so both hold some.
    const options = { fakeClock: clock, maxInFlight: 8, ratePerSecond: 8 };
    const { sender: a, telegram } = createTestSender(db, { ...options, senderId: "replica-a", double: { latencyMs: 100 } });
    const { sender: b } = createTestSender(db, { ...options, senderId: "replica-b", telegram });
    await Promise.all([a.runUntilIdle(), b.runUntilIdle()]);
    expect(telegram.delivered).toHaveLength(chats.length);
    expect([a.stats.sent, b.stats.sent].every((n) => n > 0)).toBe(true); // both replicas sent some
    expect(telegram.delivered.filter((m) => m.attachment?.uploaded)).toHaveLength(1);
    expect(new Set(telegram.delivered.map((m) => m.attachment!.fileId)).size).toBe(1);
    const [file] = await db.select().from(deliveryFiles);
    expect(file).toMatchObject({ telegramFileId: telegram.delivered[0]!.attachment!.fileId, uploadLeaseUntil: null });
  });

  it("an upload that fails frees the file at once for the next send, of this replica or another", async () => {
    const db = database.db;
    for (const id of [61, 62]) await addUser(db, id, "ru");
    const fileId = await storeDeliveryFile(db, { filename: "chart.png", mimeType: "image/png", content: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    await enqueueMessages(db, [61, 62].map((chatId) => ({ ...reminder, chatId, attachment: { type: "photo" as const, fileId } })));
    const clock = createFakeClock(morning);
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, maxInFlight: 1 });
    telegram.failNext(1, 502);
    await sender.runUntilIdle();
    const [file] = await db.select().from(deliveryFiles);
    expect(file!.uploadLeaseUntil).toBeNull();
    clock.advance(60 * 60_000);
    await sender.runUntilIdle();
    expect(telegram.delivered).toHaveLength(2);
    expect(telegram.delivered.filter((m) => m.attachment?.uploaded)).toHaveLength(1);
  });

  it("sends a document by a Telegram file_id the bot already has", async () => {
    const db = database.db;
    await addUser(db, 7, "ru");
    await enqueueMessages(db, [{ ...reminder, chatId: 7, attachment: { type: "document", telegramFileId: "BQACAgIAAxkBAAI" } }]);
    const { sender, telegram } = createTestSender(db, { fakeClock: createFakeClock(morning) });
    await sender.runUntilIdle();
    expect(telegram.delivered[0]!.attachment).toEqual({ type: "document", uploaded: false, fileId: "BQACAgIAAxkBAAI" });
  });

  it("fails, without a request, a row whose caption would exceed Telegram's 1,024 characters", async () => {
    const db = database.db;
    await addUser(db, 8, "ru");
    await enqueueMessages(db, [
      { ...reminder, chatId: 8, params: { ...reminder.params, organization: "Я".repeat(1100) }, attachment: { type: "photo", telegramFileId: "AgAC" } },
    ]);
    const { sender, telegram } = createTestSender(db, { fakeClock: createFakeClock(morning) });
    await sender.runUntilIdle();
    expect(telegram.arrivals).toBe(0);
    const [row] = await db.select().from(outbox).orderBy(asc(outbox.id));
    expect(row).toMatchObject({ status: "failed" });
    expect(row!.lastError).toMatch(/caption of \d+ characters is over 1024/);
  });

  it("refuses at enqueue an attachment with both or neither file reference", async () => {
    const db = database.db;
    await expect(enqueueMessages(db, [{ ...reminder, chatId: 9, attachment: { type: "photo" } }])).rejects.toThrow(/exactly one/);
    await expect(
      enqueueMessages(db, [{ ...reminder, chatId: 9, attachment: { type: "photo", fileId: 1, telegramFileId: "x" } }]),
    ).rejects.toThrow(/exactly one/);
  });
});
