import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCli, USAGE } from "../src/cli/run-cli.js";
import type { Database } from "../src/db/client.js";
import { listPeriods } from "../src/reports/periods.js";
import { createTestDatabase, resetDatabase } from "./helpers/test-db.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => resetDatabase(database.db));

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    env: {},
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    database,
    clock: () => new Date("2026-11-10T06:00:00Z"),
  });
  return { code, out, err: err.join("\n") };
}

describe("operator CLI: reporting periods", () => {
  it("periods lists them in order, the open one marked", async () => {
    expect(await cli(["periods"])).toMatchObject({
      code: 0,
      out: [
        "2026 Q1  2026-03-16 .. 2026-04-06",
        "2026 Q2  2026-06-15 .. 2026-07-06",
        "2026 Q3  2026-09-14 .. 2026-10-05",
        "2026 Q4  2026-11-02 .. 2026-11-20  (open now)",
      ],
    });
    expect(USAGE).toContain("set-period --year <y> --quarter <1-4> --opens <YYYY-MM-DD> --due <YYYY-MM-DD>");
  });

  it("set-period adds a period or moves its dates", async () => {
    expect(await cli(["set-period", "--year", "2027", "--quarter", "1", "--opens", "2027-03-15", "--due", "2027-04-05"])).toMatchObject({
      code: 0,
      out: ["added 2027 Q1: 2027-03-15 .. 2027-04-05"],
    });
    expect(await cli(["set-period", "--year", "2026", "--quarter", "4", "--opens", "2026-11-02", "--due", "2026-11-25"])).toMatchObject({
      code: 0,
      out: ["moved 2026 Q4: 2026-11-02 .. 2026-11-25"],
    });
    expect((await listPeriods(database.db)).map((p) => `${p.year}Q${p.quarter} ${p.dueOn}`)).toEqual([
      "2026Q1 2026-04-06",
      "2026Q2 2026-07-06",
      "2026Q3 2026-10-05",
      "2026Q4 2026-11-25",
      "2027Q1 2027-04-05",
    ]);
  });

  it("wrong arguments: exit code 2, the reason and the usage, nothing written", async () => {
    const cases: [string[], string][] = [
      [["set-period", "--year", "2027", "--quarter", "1"], "--opens is required\n--due is required"],
      [["set-period", "--year", "2027", "--quarter", "5", "--opens", "2027-03-15", "--due", "2027-04-05"], "--quarter: must be 1, 2, 3 or 4"],
      [["set-period", "--year", "x", "--quarter", "1", "--opens", "2027-03-15", "--due", "2027-04-05"], "--year: must be a year"],
      [["set-period", "--year", "2027", "--quarter", "1", "--opens", "2027-3-15", "--due", "2027-04-05"], "--opens: must be a date YYYY-MM-DD"],
      [["set-period", "--year", "2027", "--quarter", "1", "--opens", "2027-03-15", "--due", "2027-02-29"], "--due: is not a calendar date"],
      [["set-period", "--year", "2027", "--quarter", "1", "--opens", "2027-04-15", "--due", "2027-04-05"], "--opens must not be after --due"],
    ];
    for (const [args, reason] of cases) {
      const result = await cli(args);
      expect(result.code).toBe(2);
      expect(result.err.split("\n\n")[0]).toBe(reason);
      expect(result.err).toContain("Usage: npm run cli");
    }
    expect(await listPeriods(database.db)).toHaveLength(4);
  });
});

describe("operator CLI: approval due days per level", () => {
  it("set-approval-due sets a level's day, periods lists it, wrong input is refused and changes nothing", async () => {
    expect(await cli(["set-approval-due", "--year", "2026", "--quarter", "4", "--level", "department", "--due", "2026-11-30"])).toMatchObject({
      code: 0,
      out: ["set 2026 Q4 department approval due 2026-11-30"],
    });
    expect((await cli(["periods"])).out.at(-1)).toBe("         approval due: centre -, department 2026-11-30, institute -");
    const wrongLevel = await cli(["set-approval-due", "--year", "2026", "--quarter", "4", "--level", "ministry", "--due", "2026-11-30"]);
    expect(wrongLevel.code).toBe(2);
    expect(wrongLevel.err).toContain("--level: must be centre, department or institute");
    const early = await cli(["set-approval-due", "--year", "2026", "--quarter", "4", "--level", "centre", "--due", "2026-11-01"]);
    expect(early).toMatchObject({ code: 1, err: "--due must not be before the reports' due day 2026-11-20" });
    const noPeriod = await cli(["set-approval-due", "--year", "2027", "--quarter", "4", "--level", "centre", "--due", "2027-12-01"]);
    expect(noPeriod.code).toBe(1);
    expect((await cli(["periods"])).out.filter((l) => l.includes("approval due"))).toEqual(["         approval due: centre -, department 2026-11-30, institute -"]);
  });
});
