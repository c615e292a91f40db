import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../src/db/rows-of.js";
import { tipCallbacks } from "../../src/tips/tip-callbacks.js";
import { createTestDatabase } from "../helpers/test-db.js";

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("a button built by SQL in the planner's INSERT … SELECT", () => {
  it("carries the same callback data as the codec packs in code, and unpacks to the same values", async () => {
    const result = await database.db.execute(
      sql`SELECT ${tipCallbacks.feedback.packSql(sql`t.id`, "too_hard")} AS feedback, ${tipCallbacks.childStart.packSql()} AS child FROM (VALUES (2147483647)) AS t(id)`,
    );
    const row = rowsOf<{ feedback: string; child: string }>(result)[0]!;
    expect(row.feedback).toBe(tipCallbacks.feedback.pack(2147483647, "too_hard"));
    expect(tipCallbacks.feedback.unpack(row.feedback)).toEqual([2147483647, "too_hard"]);
    expect(row.child).toBe(tipCallbacks.childStart.pack());
  });

  it("refuses a constant that could break out of its SQL literal, and a wrong number of parts", () => {
    expect(() => tipCallbacks.feedback.packSql(sql`1`, "x' OR '1")).toThrow(/not a callback part/);
    expect(() => tipCallbacks.feedback.packSql(sql`1`)).toThrow(/takes 2 parts/);
  });
});
