import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { findOpenPeriod, isLate, listPeriods, periodDueEnd, upsertPeriod } from "../../src/reports/periods.js";
import { createTestDatabase, resetDatabase } from "../helpers/test-db.js";

let database: Database;
let seeded: Awaited<ReturnType<typeof listPeriods>>;
beforeAll(async () => {
  database = await createTestDatabase();
  seeded = await listPeriods(database.db);
});
afterAll(async () => database.close());
beforeEach(async () => resetDatabase(database.db));

describe("reporting periods are data", () => {
  it("the 2026 defaults are there after migrations, in order", async () => {
    expect(seeded.map((p) => `${p.year}Q${p.quarter} ${p.opensOn}..${p.dueOn}`)).toEqual([
      "2026Q1 2026-03-16..2026-04-06",
      "2026Q2 2026-06-15..2026-07-06",
      "2026Q3 2026-09-14..2026-10-05",
      "2026Q4 2026-11-02..2026-11-20",
    ]);
  });

  it("a period is open from 00:00 of its opening day to the end of its due day in Asia/Almaty (UTC+5)", async () => {
    const db = database.db;
    // 2026-11-01 23:59 in Almaty is 18:59 UTC: not yet open.
    expect(await findOpenPeriod(db, new Date("2026-11-01T18:59:59Z"))).toBeUndefined();
    expect((await findOpenPeriod(db, new Date("2026-11-01T19:00:00Z")))?.quarter).toBe(4);
    // The due day 2026-11-20 ends at 2026-11-20T19:00Z.
    expect((await findOpenPeriod(db, new Date("2026-11-20T18:59:59Z")))?.quarter).toBe(4);
    expect(await findOpenPeriod(db, new Date("2026-11-20T19:00:00Z"))).toBeUndefined();
    expect(await findOpenPeriod(db, new Date("2026-08-01T06:00:00Z"))).toBeUndefined();
  });

  it("periodDueEnd and isLate use the end of the due day in Asia/Almaty", async () => {
    const [q4] = (await listPeriods(database.db)).filter((p) => p.quarter === 4);
    expect(periodDueEnd(q4!).toISOString()).toBe("2026-11-20T19:00:00.000Z");
    expect(isLate(q4!, new Date("2026-11-20T18:59:59.999Z"))).toBe(false);
    expect(isLate(q4!, new Date("2026-11-20T19:00:00Z"))).toBe(true);
  });

  it("when periods overlap the latest one is open", async () => {
    const db = database.db;
    await upsertPeriod(db, { year: 2027, quarter: 1, opensOn: "2026-11-15", dueOn: "2027-01-10" });
    expect(await findOpenPeriod(db, new Date("2026-11-16T06:00:00Z"))).toMatchObject({ year: 2027, quarter: 1 });
    expect(await findOpenPeriod(db, new Date("2026-11-10T06:00:00Z"))).toMatchObject({ year: 2026, quarter: 4 });
  });

  it("upsertPeriod creates or moves a period and validates its input", async () => {
    const db = database.db;
    const created = await upsertPeriod(db, { year: 2027, quarter: 1, opensOn: "2027-03-15", dueOn: "2027-04-05" }, 42);
    expect(created).toMatchObject({ created: true, period: { year: 2027, quarter: 1, opensOn: "2027-03-15", dueOn: "2027-04-05" } });
    const moved = await upsertPeriod(db, { year: 2027, quarter: 1, opensOn: "2027-03-16", dueOn: "2027-04-06" }, 42);
    expect(moved).toMatchObject({ created: false, period: { id: created.period.id, opensOn: "2027-03-16", dueOn: "2027-04-06" } });
    expect(await listPeriods(db)).toHaveLength(5);

    for (const bad of [
      { year: 2027, quarter: 5, opensOn: "2027-03-15", dueOn: "2027-04-05" },
      { year: 2027, quarter: 0, opensOn: "2027-03-15", dueOn: "2027-04-05" },
      { year: 2027, quarter: 1, opensOn: "15.03.2027", dueOn: "2027-04-05" },
      { year: 2027, quarter: 1, opensOn: "2027-02-30", dueOn: "2027-04-05" },
      { year: 2027, quarter: 1, opensOn: "2027-04-06", dueOn: "2027-04-05" },
    ]) {
      await expect(upsertPeriod(db, bad)).rejects.toThrow();
    }
    expect(await listPeriods(db)).toHaveLength(5);
  });
});
