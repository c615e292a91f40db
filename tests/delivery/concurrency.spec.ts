import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { connectPostgres, type Database } from "../../src/db/client.js";
import { deliverySenders, outbox } from "../../src/db/schema/index.js";
import { claimDueMessages, enqueueMessages } from "../../src/delivery/outbox.js";
import { heartbeatSender } from "../../src/delivery/senders.js";
import { createTestDatabase, onPostgres, resetDatabase } from "../helpers/test-db.js";
import { createTestSender } from "../../testing/delivery.js";
import { createTelegramDouble } from "../../testing/telegram-double.js";
import { untilBlockedOrDone, waitFor } from "../helpers/postgres-locks.js";

/** Everything here needs real row locks and several connections: PostgreSQL only. Generous time limits: a loaded CI machine. */
describe.skipIf(!onPostgres)("delivery under concurrency and faults (PostgreSQL)", () => {
  let database: Database & { url?: string };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());
  beforeEach(async () => resetDatabase(database.db));

  const enqueue = (count: number, firstChat = 10_000) =>
    enqueueMessages(
      database.db,
      Array.from({ length: count }, (_, i) => ({ chatId: firstChat + i, kind: "test", templateKey: "common-error", notBefore: new Date(Date.now() - 1000) })),
    );

  async function statusCounts() {
    const rows = await database.db
      .select({ status: outbox.status, n: sql<number>`count(*)::int` })
      .from(outbox)
      .groupBy(outbox.status);
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }

  it("two senders on separate connections never send one row twice", async () => {
    await enqueue(600);
    const telegram = createTelegramDouble({ globalPerSecond: 100_000, perChatPerSecond: 10, latencyMs: 2 });
    const connections = [connectPostgres(database.url!, { max: 5 }), connectPostgres(database.url!, { max: 5 })];
    try {
      const made = connections.map((c, i) => createTestSender(c.db, { telegram, ratePerSecond: 400, senderId: `s${i}`, idlePollMs: 50 }));
      const senders = made.map((m) => m.sender);
      // Both are alive before either starts, so each one's first heartbeat counts the other.
      for (const s of senders) await heartbeatSender(database.db, s.id, new Date(), 5000);
      await Promise.all(senders.map((s) => s.runUntilIdle()));
      expect(telegram.delivered).toHaveLength(600);
      expect([...telegram.perChat().values()].every((n) => n === 1)).toBe(true);
      expect(senders.every((s) => s.stats.sent > 0)).toBe(true); // both took part (the split depends on the machine's load)
      // They shared the budget. Counted when each changed its share, not at the end: on a loaded machine
      // one may finish five seconds before the other, which then rightly counts itself alone.
      expect(made.map((m) => m.logs.some((l) => l.startsWith("sender: 2 live sender(s)")))).toEqual([true, true]);
      expect(await statusCounts()).toEqual({ sent: 600 });
    } finally {
      for (const c of connections) await c.close();
    }
  }, 120_000);

  it("two senders keep the per-chat pace between them: no 429 for messages to one chat", async () => {
    // 30 chats × 4 messages (a digest's parts, a seminar change to everyone), queued round by round.
    await enqueueMessages(
      database.db,
      Array.from({ length: 120 }, (_, i) => ({
        chatId: 20_000 + (i % 30),
        kind: "test",
        templateKey: "common-error",
        dedupKey: `part-${i}`,
        notBefore: new Date(Date.now() - 10_000 + i),
      })),
    );
    // One Telegram for both replicas: it judges 1 message/s per chat across them.
    const telegram = createTelegramDouble({ globalPerSecond: 100_000, perChatPerSecond: 1, latencyMs: 3 });
    const connections = [connectPostgres(database.url!, { max: 5 }), connectPostgres(database.url!, { max: 5 })];
    try {
      const senders = connections.map((c, i) =>
        createTestSender(c.db, { telegram, ratePerSecond: 40, senderId: `r${i}`, idlePollMs: 20 }).sender,
      );
      await Promise.all(senders.map((s) => s.runUntilIdle()));
      expect(telegram.rateLimited).toEqual([]);
      expect(telegram.delivered).toHaveLength(120);
      // Both took part (how much each took depends on how fast each started: not asserted).
      expect(senders.every((s) => s.stats.sent > 0)).toBe(true);
      expect(senders.every((s) => s.stats.rateLimited === 0)).toBe(true);
      // Each chat's parts arrive in the order they were queued.
      const rows = await database.db.select({ chatId: outbox.chatId, id: outbox.id, messageId: outbox.telegramMessageId }).from(outbox);
      for (let chat = 20_000; chat < 20_030; chat++) {
        const mine = rows.filter((r) => r.chatId === chat).sort((a, b) => a.id - b.id);
        const sentOrder = mine.map((r) => r.messageId!);
        expect(sentOrder).toEqual([...sentOrder].sort((a, b) => a - b));
      }
      expect(await statusCounts()).toEqual({ sent: 120 });
    } finally {
      for (const c of connections) await c.close();
    }
  }, 120_000);

  it("two replicas cannot both claim one chat: the second claim, made while the first is uncommitted, gets nothing of it", async () => {
    const now = new Date("2036-11-23T05:00:00Z");
    // Chat 7: an ordinary message due a second ago and an urgent one due now. Replica A (clock at
    // `now`) takes the urgent one first; replica B (its clock half a second behind) does not see the
    // urgent one due yet, so to B the ordinary one is the chat's first: only the chat's pace can stop it.
    await enqueueMessages(database.db, [
      { chatId: 7, kind: "test", templateKey: "common-error", dedupKey: "ordinary", notBefore: new Date(now.getTime() - 1000) },
      { chatId: 7, kind: "test", templateKey: "common-error", dedupKey: "urgent", priority: "urgent", notBefore: now },
      { chatId: 8, kind: "test", templateKey: "common-error", dedupKey: "other", notBefore: new Date(now.getTime() - 1000) },
    ]);
    const connections = [connectPostgres(database.url!, { max: 2 }), connectPostgres(database.url!, { max: 2 })];
    const claim = (db: typeof database.db, senderId: string, at: Date) => claimDueMessages(db, { limit: 10, now: at, leaseMs: 10_000, senderId });
    try {
      let commitA!: () => void;
      const held = new Promise<void>((resolve) => (commitA = resolve));
      let claimedByB: Awaited<ReturnType<typeof claimDueMessages>> | undefined;
      await connections[0]!.db.transaction(async (tx) => {
        const mine = await claim(tx, "replica-a", now);
        expect(mine.map((r) => r.dedupKey).sort()).toEqual(["other", "urgent"]);
        // B claims while A's claim is still uncommitted: B must wait for chat 7's pace, not take the chat.
        const b = claim(connections[1]!.db, "replica-b", new Date(now.getTime() - 500)).then((rows) => (claimedByB = rows));
        expect(await untilBlockedOrDone(database.db, () => claimedByB !== undefined)).toBe("blocked");
        commitA();
        await held;
        void b;
      });
      await waitFor(() => claimedByB !== undefined);
      expect(claimedByB).toEqual([]);
      const sending = await database.db.select({ key: outbox.dedupKey, by: outbox.claimedBy }).from(outbox).where(eq(outbox.status, "sending"));
      expect(sending.map((r) => `${r.key}:${r.by}`).sort()).toEqual(["other:replica-a", "urgent:replica-a"]);
    } finally {
      for (const c of connections) await c.close();
    }
  }, 60_000);

  it("a sender killed mid-run: another resumes a short lease later, and only messages in flight at the kill go out twice", async () => {
    await enqueue(300);
    const maxInFlight = 4;
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./fixtures/sender-process.ts", import.meta.url))], {
      // The default lease (10 s), renewed by the heartbeat while the sender lives.
      env: { ...process.env, DATABASE_URL: database.url!, MAX_IN_FLIGHT: String(maxInFlight) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const arrivedBeforeKill: number[] = [];
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    await new Promise<void>((resolve, reject) => {
      child.once("exit", (code) => reject(new Error(`child exited early (${code})`)));
      createInterface({ input: child.stdout! }).on("line", (line) => {
        const m = /^arrived (\d+)$/.exec(line);
        if (!m) return;
        arrivedBeforeKill.push(Number(m[1]));
        if (arrivedBeforeKill.length === 80) {
          child.kill("SIGKILL");
          resolve();
        }
      });
    });
    await exited;
    const killedAt = Date.now();
    const afterKill = await statusCounts();
    expect(afterKill.sending ?? 0).toBeGreaterThan(0); // the dead sender's leases are still there
    // Its leases end one lease (10 s) after its last heartbeat (plus the heartbeat interval, 1 s, for rows
    // claimed since), not a minute later.
    const [beat] = await database.db.select().from(deliverySenders).where(eq(deliverySenders.id, "doomed"));
    const leases = await database.db.select({ until: outbox.leaseUntil, chatId: outbox.chatId }).from(outbox).where(eq(outbox.status, "sending"));
    for (const { until } of leases) expect(until!.getTime()).toBeLessThanOrEqual(beat!.heartbeatAt.getTime() + 11_000);

    const { sender, telegram } = createTestSender(database.db, { double: { globalPerSecond: 100_000, perChatPerSecond: 10 }, ratePerSecond: 400, idlePollMs: 50 });
    sender.start();
    while ((await statusCounts()).sent !== 300) await new Promise((r) => setTimeout(r, 100));
    await sender.stop();
    const leased = new Set(leases.map((l) => l.chatId));
    const firstResent = telegram.delivered.find((m) => leased.has(m.chatId))!.at - killedAt;

    const arrived = new Set(arrivedBeforeKill);
    const resent = telegram.delivered.filter((m) => arrived.has(m.chatId)).map((m) => m.chatId);
    const everyone = new Set([...arrived, ...telegram.delivered.map((m) => m.chatId)]);
    expect(everyone.size).toBe(300);
    expect(await statusCounts()).toEqual({ sent: 300 });
    // Sent but not yet marked when the process died: at most what was in flight.
    expect(resent.length).toBeLessThanOrEqual(maxInFlight);
    console.log(
      `killed sender: ${arrivedBeforeKill.length} arrived before the kill, ${resent.length} sent twice (in flight), bound ${maxInFlight}; its leased rows went out again ${firstResent} ms after the kill`,
    );
  }, 120_000);

  it("survives its database connections being killed (as in a PostgreSQL restart) and delivers everything", async () => {
    await enqueue(300);
    const connection = connectPostgres(database.url!, { max: 4 });
    const { sender, telegram, logs } = createTestSender(connection.db, {
      double: { globalPerSecond: 100_000, perChatPerSecond: 10, latencyMs: 5 },
      ratePerSecond: 100,
      idlePollMs: 100,
    });
    const admin = connectPostgres(database.url!, { max: 1 });
    try {
      sender.start();
      let terminated = 0;
      const terminate = async () => {
        const rows = (await admin.db.execute(
          sql`select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
        )) as unknown as { ok: boolean }[];
        terminated += rows.filter((r) => r.ok).length;
      };
      const waitFor = async (cond: () => boolean | Promise<boolean>, ms: number) => {
        const until = Date.now() + ms;
        while (!(await cond())) {
          if (Date.now() > until) throw new Error("timed out waiting");
          await new Promise((r) => setTimeout(r, 20));
        }
      };
      await waitFor(() => telegram.delivered.length >= 60, 60_000);
      await terminate();
      await waitFor(() => telegram.delivered.length >= 160, 60_000);
      await terminate();
      await waitFor(async () => (await statusCounts()).sent === 300, 90_000);
      await sender.stop();
      expect(terminated).toBeGreaterThanOrEqual(2);
      console.log(`database connections killed: ${terminated}; sender log: ${logs.length} line(s)`);
      expect(new Set(telegram.delivered.map((m) => m.chatId)).size).toBe(300);
      // A send whose outcome could not be written is retried until the database is back: no duplicates.
      expect(telegram.delivered.length).toBe(300);
    } finally {
      await sender.stop();
      await admin.close();
      await connection.close();
    }
  }, 240_000);
});

