import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { outbox, users } from "../../src/db/schema/index.js";
import {
  cancelPendingMessages,
  claimDueMessages,
  deliveryLedger,
  enqueueMessages,
  markSent,
  markUnreachable,
  paceChats,
  reclaimExpiredLeases,
  renewLeases,
  summarizeLedger,
} from "../../src/delivery/outbox.js";
import { createTestDatabase, resetDatabase } from "../helpers/test-db.js";
import { addUser } from "../../testing/delivery.js";

let database: Database;
const now = new Date("2036-11-23T05:00:00Z"); // 10:00 in Almaty

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => resetDatabase(database.db));

const message = (chatId: number, extra: Partial<Parameters<typeof enqueueMessages>[1][number]> = {}) => ({
  chatId,
  kind: "test",
  templateKey: "common-error",
  ...extra,
});

describe("enqueueing", () => {
  it("adds a message once per dedup key, however often it is enqueued", async () => {
    const db = database.db;
    expect(await enqueueMessages(db, [message(1, { dedupKey: "k:1" }), message(2, { dedupKey: "k:2" })])).toBe(2);
    expect(await enqueueMessages(db, [message(1, { dedupKey: "k:1" }), message(3, { dedupKey: "k:3" })])).toBe(1);
    expect(await db.select().from(outbox)).toHaveLength(3);
  });

  it("rejects buttons whose callback data Telegram would refuse, and unknown parameter shapes", async () => {
    const db = database.db;
    await expect(
      enqueueMessages(db, [message(1, { buttons: [{ textKey: "reminder-button-open-report", callbackData: "x".repeat(65) }] })]),
    ).rejects.toThrow(/64 bytes/);
    await expect(enqueueMessages(db, [message(1, { params: { list: [1, 2] as unknown as string } })])).rejects.toThrow();
    expect(await db.select().from(outbox)).toHaveLength(0);
  });
});

describe("claiming", () => {
  it("claims urgent rows first, then the oldest due ones, and never rows due later", async () => {
    const db = database.db;
    await enqueueMessages(db, [
      message(1, { notBefore: new Date(now.getTime() - 60_000) }),
      message(2, { notBefore: new Date(now.getTime() + 60_000) }),
      message(3, { priority: "bulk", notBefore: new Date(now.getTime() - 120_000) }),
      message(4, { priority: "urgent", notBefore: now }),
      message(5, { notBefore: new Date(now.getTime() - 120_000) }),
    ]);
    const claimed = await claimDueMessages(db, { limit: 10, now, leaseMs: 60_000, senderId: "a" });
    expect(claimed.map((c) => c.chatId)).toEqual([4, 5, 1, 3]);
  });

  it("in quiet hours claims only urgent rows", async () => {
    const db = database.db;
    await enqueueMessages(db, [message(1, { notBefore: now }), message(2, { priority: "urgent", notBefore: now })]);
    const claimed = await claimDueMessages(db, { limit: 10, now, leaseMs: 60_000, senderId: "a", urgentOnly: true });
    expect(claimed.map((c) => c.chatId)).toEqual([2]);
  });

  it("does not hand a leased row to a second sender until the lease expires", async () => {
    const db = database.db;
    await enqueueMessages(db, [message(1, { notBefore: now })]);
    expect(await claimDueMessages(db, { limit: 10, now, leaseMs: 60_000, senderId: "a" })).toHaveLength(1);
    expect(await claimDueMessages(db, { limit: 10, now, leaseMs: 60_000, senderId: "b" })).toHaveLength(0);
    expect(await reclaimExpiredLeases(db, new Date(now.getTime() + 30_000))).toBe(0);
    expect(await reclaimExpiredLeases(db, new Date(now.getTime() + 61_000))).toBe(1);
    const again = await claimDueMessages(db, { limit: 10, now: new Date(now.getTime() + 61_000), leaseMs: 60_000, senderId: "b" });
    expect(again).toHaveLength(1);
    // The first sender's late outcome no longer applies: the row belongs to b now.
    await markSent(db, again[0]!.id, "a", 77, now);
    const [row] = await db.select().from(outbox);
    expect(row!.status).toBe("sending");
    expect(row!.claimedBy).toBe("b");
  });

  it("returns the recipient's language and whether they are already unreachable", async () => {
    const db = database.db;
    await addUser(db, 10, "kk");
    await addUser(db, 11, "ru");
    await db.update(users).set({ unreachableAt: now }).where(eq(users.telegramId, 11));
    await enqueueMessages(db, [message(10, { notBefore: now }), message(11, { notBefore: now }), message(12, { notBefore: now })]);
    const claimed = await claimDueMessages(db, { limit: 10, now, leaseMs: 60_000, senderId: "a" });
    expect(claimed.map((c) => [c.chatId, c.language, c.recipientUnreachable])).toEqual([
      [10, "kk", false],
      [11, "ru", true],
      [12, null, false],
    ]);
  });

  it("claims at most one row per chat and none for a paced chat, so other chats' rows are not held back", async () => {
    const db = database.db;
    const at = (ms: number) => new Date(now.getTime() + ms);
    // A digest (chart, file, text) to chat 7 was queued first, then three single messages.
    await enqueueMessages(db, [
      ...[1, 2, 3].map((n) => message(7, { notBefore: at(-60_000 + n), dedupKey: `digest-${n}` })),
      ...[1, 2, 3].map((chatId) => message(chatId, { notBefore: at(-1000) })),
    ]);
    const first = await claimDueMessages(db, { limit: 10, now, leaseMs: 10_000, senderId: "a" });
    expect(first.map((c) => [c.chatId, c.dedupKey])).toEqual([[7, "digest-1"], [1, null], [2, null], [3, null]]);
    // Chat 7 has a message in flight: neither this sender nor another gets its next one.
    expect(await claimDueMessages(db, { limit: 10, now, leaseMs: 10_000, senderId: "b" })).toEqual([]);
    await markSent(db, first[0]!.id, "a", 1, now);
    await paceChats(db, [7], "a", at(1050));
    expect(await claimDueMessages(db, { limit: 10, now: at(1000), leaseMs: 10_000, senderId: "b" })).toEqual([]);
    const next = await claimDueMessages(db, { limit: 10, now: at(1050), leaseMs: 10_000, senderId: "b" });
    expect(next.map((c) => [c.chatId, c.dedupKey])).toEqual([[7, "digest-2"]]);
  });

  it("a lease renewed by the heartbeat holds; once renewals stop, the row and its chat are free a lease later", async () => {
    const db = database.db;
    const at = (ms: number) => new Date(now.getTime() + ms);
    await enqueueMessages(db, [message(1, { notBefore: now, dedupKey: "x" }), message(1, { notBefore: now, dedupKey: "y" })]);
    const [row] = await claimDueMessages(db, { limit: 10, now, leaseMs: 10_000, senderId: "a" });
    await renewLeases(db, "a", at(18_000)); // a heartbeat at +8 s
    expect(await reclaimExpiredLeases(db, at(12_000))).toBe(0);
    expect(await claimDueMessages(db, { limit: 10, now: at(12_000), leaseMs: 10_000, senderId: "b" })).toEqual([]);
    // "a" died after that heartbeat.
    expect(await reclaimExpiredLeases(db, at(18_001))).toBe(1);
    const taken = await claimDueMessages(db, { limit: 10, now: at(18_001), leaseMs: 10_000, senderId: "b" });
    expect(taken.map((c) => c.id)).toEqual([row!.id]);
  });
});

describe("the delivery ledger", () => {
  it("counts sent, pending, failed and unreachable per recipient for one kind and one kindergarten", async () => {
    const db = database.db;
    for (const id of [1, 2, 3]) await addUser(db, id);
    await enqueueMessages(db, [
      message(1, { kind: "tip", organizationId: 7, notBefore: now }),
      message(2, { kind: "tip", organizationId: 7, notBefore: now }),
      message(3, { kind: "tip", organizationId: 7, notBefore: now }),
      message(3, { kind: "tip", organizationId: 8, notBefore: now }),
      message(1, { kind: "other", organizationId: 7, notBefore: now }),
    ]);
    const claimed = await claimDueMessages(db, { limit: 2, now, leaseMs: 60_000, senderId: "a" });
    await markSent(db, claimed[0]!.id, "a", 1, now);
    await markUnreachable(db, claimed[1]!.id, claimed[1]!.chatId, "a", "403 Forbidden: bot was blocked by the user", now);
    const ledger = await deliveryLedger(db, { kind: "tip", organizationId: 7 });
    expect(ledger).toEqual([
      { chatId: 1, sent: 1, pending: 0, failed: 0, unreachable: 0, reachable: true },
      { chatId: 2, sent: 0, pending: 0, failed: 0, unreachable: 1, reachable: false },
      { chatId: 3, sent: 0, pending: 1, failed: 0, unreachable: 0, reachable: true },
    ]);
    expect(summarizeLedger(ledger)).toEqual({ recipients: 3, reached: 1, pending: 1, failed: 0, unreachable: 1 });
  });

  it("cancels pending rows by dedup prefix and organisation, leaving others", async () => {
    const db = database.db;
    await enqueueMessages(db, [
      message(1, { kind: "r", dedupKey: "r:1:7:a", organizationId: 7 }),
      message(2, { kind: "r", dedupKey: "r:1:8:a", organizationId: 8 }),
      message(3, { kind: "r", dedupKey: "r:2:7:a", organizationId: 7 }),
    ]);
    expect(await cancelPendingMessages(db, { kind: "r", dedupPrefix: "r:1:", organizationIds: [7] }, now)).toBe(1);
    const rows = await db.select({ chatId: outbox.chatId, status: outbox.status }).from(outbox).orderBy(outbox.chatId);
    expect(rows.map((r) => r.status)).toEqual(["cancelled", "pending", "pending"]);
  });
});
