import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimUpdate, finishUpdate } from "../../src/updates/processed-updates.js";
import { createTestDatabase } from "../helpers/test-db.js";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
let first: TestDatabase;
let second: TestDatabase;

beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
});
afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
});

describe("statements prepared once per database handle", () => {
  it("run against the database they are called with, not the first one they were prepared for", async () => {
    const claim = { botId: 1, updateId: 7001, instance: "host:1:a", now: new Date("2026-12-02T10:00:00Z"), otherInstanceStaleMs: 0 };
    expect(await claimUpdate(first.db, claim)).toBe(true);
    await finishUpdate(first.db, 1, 7001, "host:1:a", claim.now);
    // The same update is new to the other database, and finished in the first.
    expect(await claimUpdate(second.db, claim)).toBe(true);
    expect(await claimUpdate(first.db, { ...claim, instance: "host:2:b" })).toBe(false);
  });
});
