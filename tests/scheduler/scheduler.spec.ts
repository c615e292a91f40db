import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import { connectPostgres, type Database } from "../../src/db/client.js";
import { schedulerRuns } from "../../src/db/schema/index.js";
import { Scheduler, type TaskDefinition } from "../../src/scheduler/scheduler.js";
import { claimSlot } from "../../src/scheduler/run-coordinator.js";
import { createTestDatabase, onPostgres, resetDatabase } from "../helpers/test-db.js";
import { createFakeClock } from "../helpers/delivery.js";

let database: Database & { url?: string };
const HOUR = 3_600_000;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => resetDatabase(database.db));

function countingTask(overrides: Partial<TaskDefinition> = {}) {
  const runs: { slot: string; now: string }[] = [];
  const task: TaskDefinition = {
    name: "daily-digest",
    cron: "0 9 * * *", // 09:00 in Almaty = 04:00Z
    catchUpWithinMs: 24 * HOUR,
    run: async ({ slot, now }) => {
      runs.push({ slot: slot.toISOString(), now: now.toISOString() });
    },
    ...overrides,
  };
  return { task, runs };
}

describe("slots in Asia/Almaty", () => {
  it("finds the latest slot of an expression read in Almaty time", async () => {
    const { task } = countingTask();
    const scheduler = new Scheduler({ db: database.db, tasks: [task] });
    expect(scheduler.latestSlot(task, new Date("2026-11-22T06:30:00Z"), 24 * HOUR)?.toISOString()).toBe("2026-11-22T04:00:00.000Z");
    expect(scheduler.latestSlot(task, new Date("2026-11-22T03:59:00Z"), 24 * HOUR)?.toISOString()).toBe("2026-11-21T04:00:00.000Z");
    expect(scheduler.latestSlot(task, new Date("2026-11-22T03:59:00Z"), HOUR)).toBeNull();
    await scheduler.stop();
  });
});

describe("exactly once per slot", () => {
  it("runs a slot once however many times it is triggered", async () => {
    const { task, runs } = countingTask();
    const a = new Scheduler({ db: database.db, tasks: [task], instance: "a" });
    const b = new Scheduler({ db: database.db, tasks: [task], instance: "b" });
    const slot = new Date("2026-11-22T04:00:00Z");
    expect(await a.runSlot(task, slot)).toBe(true);
    expect(await b.runSlot(task, slot)).toBe(false);
    expect(await a.runSlot(task, slot)).toBe(false);
    expect(runs).toHaveLength(1);
    const [row] = await database.db.select().from(schedulerRuns);
    expect(row).toMatchObject({ key: "daily-digest:2026-11-22T04:00:00.000Z", instance: "a" });
    expect(row!.finishedAt).not.toBeNull();
    await a.stop();
    await b.stop();
  });

  it("records a failed run and does not run the slot again", async () => {
    const { task } = countingTask({ run: async () => Promise.reject(new Error("boom")) });
    const logs: string[] = [];
    const s = new Scheduler({ db: database.db, tasks: [task], log: (m) => logs.push(m) });
    const slot = new Date("2026-11-22T04:00:00Z");
    expect(await s.runSlot(task, slot)).toBe(true);
    expect(await s.runSlot(task, slot)).toBe(false);
    const [row] = await database.db.select().from(schedulerRuns);
    expect(row!.error).toBe("boom");
    expect(logs.some((l) => l.includes("failed"))).toBe(true);
    await s.stop();
  });
});

describe("catch-up after every replica was down", () => {
  it("runs the latest missed slot once, not once per missed slot, and not again after a restart", async () => {
    const { task, runs } = countingTask({ name: "hourly", cron: "0 * * * *" });
    const clock = createFakeClock("2026-11-22T06:00:00Z");
    const first = new Scheduler({ db: database.db, tasks: [task], clock: clock.clock });
    await first.runSlot(task, new Date("2026-11-22T06:00:00Z"));
    await first.stop();

    // Down from 06:10 to 09:25: slots 07:00, 08:00 and 09:00 were missed.
    clock.set("2026-11-22T09:25:00Z");
    const restarted = new Scheduler({ db: database.db, tasks: [task], clock: clock.clock });
    expect((await restarted.catchUp()).map((r) => [r.slot.toISOString(), r.ran])).toEqual([["2026-11-22T09:00:00.000Z", true]]);
    expect(runs.map((r) => r.slot)).toEqual(["2026-11-22T06:00:00.000Z", "2026-11-22T09:00:00.000Z"]);
    expect(runs[1]!.now).toBe("2026-11-22T09:25:00.000Z");

    clock.set("2026-11-22T09:40:00Z");
    const again = new Scheduler({ db: database.db, tasks: [task], clock: clock.clock });
    expect((await again.catchUp()).map((r) => r.ran)).toEqual([false]);
    expect(runs).toHaveLength(2);
    await restarted.stop();
    await again.stop();
  });

  it("does not catch up a slot older than the task's window", async () => {
    const { task, runs } = countingTask({ catchUpWithinMs: 2 * HOUR });
    const clock = createFakeClock("2026-11-22T07:00:00Z"); // 3 h after 09:00 Almaty
    const s = new Scheduler({ db: database.db, tasks: [task], clock: clock.clock });
    expect(await s.catchUp()).toEqual([]);
    expect(runs).toEqual([]);
    await s.stop();
  });

  it("starts node-cron triggers, catches up on start, and stops cleanly", async () => {
    const { task, runs } = countingTask({ name: "every-minute", cron: "* * * * *", catchUpWithinMs: 10 * 60_000 });
    const s = new Scheduler({ db: database.db, tasks: [task] });
    await s.start();
    expect(runs).toHaveLength(1);
    await s.stop();
    const rows = await database.db.select().from(schedulerRuns).orderBy(asc(schedulerRuns.slot));
    expect(rows.length).toBeGreaterThanOrEqual(1);
  });
});

describe("node-cron triggers", () => {
  it("a trigger firing every second runs each minute's slot once", async () => {
    const { task, runs } = countingTask({ name: "every-second", cron: "* * * * * *", catchUpWithinMs: 0 });
    const s = new Scheduler({ db: database.db, tasks: [task] });
    await s.start();
    const until = Date.now() + 10_000;
    while (runs.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 2200)); // two or three more triggers
    await s.stop();
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(new Set(runs.map((r) => r.slot)).size).toBe(runs.length);
    for (const r of runs) expect(r.slot.endsWith(":00.000Z")).toBe(true);
    expect(await database.db.select().from(schedulerRuns)).toHaveLength(runs.length);
  });
});

describe.skipIf(!onPostgres)("several replicas on PostgreSQL", () => {
  it("two schedulers on separate connections racing for 30 slots run each exactly once", async () => {
    const replicas = [connectPostgres(database.url!, { max: 4 }), connectPostgres(database.url!, { max: 4 })];
    try {
      const counts = new Map<string, number>();
      const task: TaskDefinition = {
        name: "race",
        cron: "* * * * *",
        catchUpWithinMs: 0,
        run: async ({ slot }) => {
          counts.set(slot.toISOString(), (counts.get(slot.toISOString()) ?? 0) + 1);
        },
      };
      const schedulers = replicas.map((r, i) => new Scheduler({ db: r.db, tasks: [task], instance: `replica-${i}` }));
      const slots = Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(2026, 10, 22, 4, i)));
      const results = await Promise.all(slots.flatMap((slot) => schedulers.flatMap((s) => [s.runSlot(task, slot), s.runSlot(task, slot)])));
      expect(results.filter(Boolean)).toHaveLength(30);
      expect([...counts.values()]).toEqual(Array(30).fill(1));
      const rows = await database.db.select().from(schedulerRuns);
      expect(new Set(rows.map((r) => r.instance)).size).toBe(2);
      for (const s of schedulers) await s.stop();
    } finally {
      for (const r of replicas) await r.close();
    }
  });

  it("claimSlot gives exactly one winner among 20 concurrent claims", async () => {
    const replicas = [connectPostgres(database.url!, { max: 10 }), connectPostgres(database.url!, { max: 10 })];
    try {
      const slot = new Date("2026-11-22T04:00:00Z");
      const wins = await Promise.all(Array.from({ length: 20 }, (_, i) => claimSlot(replicas[i % 2]!.db, "x", slot, `i${i}`)));
      expect(wins.filter(Boolean)).toHaveLength(1);
    } finally {
      for (const r of replicas) await r.close();
    }
  });
});
