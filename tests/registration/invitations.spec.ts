import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { memberships, users } from "../../src/db/schema/index.js";
import { acceptInvitation } from "../../src/registration/invitations.js";
import { inviteToken, orgByRegistryNo } from "../helpers/fixtures.js";
import { createTestDatabase, onPostgres, resetDatabase } from "../helpers/test-db.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => resetDatabase(database.db));

describe("a single-use invitation confirmed by many people at the same moment", () => {
  it(`binds exactly one of them${onPostgres ? " (concurrent transactions on PostgreSQL)" : ""}`, async () => {
    const org = await orgByRegistryNo(database.db, 50);
    const token = await inviteToken(database.db, { role: "head", organizationId: org.id });
    const people = Array.from({ length: 12 }, (_, i) => 700_000_000 + i);
    await database.db.insert(users).values(people.map((telegramId) => ({ telegramId, language: "ru" as const, languageConfirmed: true })));
    const now = new Date("2026-11-22T06:00:00Z");
    const results = await Promise.all(people.map((telegramId) => acceptInvitation(database.db, { token, user: { telegramId, firstName: "X" }, now })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.problem === "used")).toHaveLength(11);
    const rows = await database.db.select().from(memberships).where(eq(memberships.organizationId, org.id));
    expect(rows).toHaveLength(1);
    // The losers' names were not stored either: their transactions rolled back.
    const named = await database.db.select().from(users).where(eq(users.firstName, "X"));
    expect(named.map((u) => u.telegramId)).toEqual([rows[0]!.userId]);
  });
});
