import { afterAll, beforeAll, beforeEach } from "vitest";
import type { Database } from "../../src/db/client.js";
import { createTestBot, type TestBot, type TestBotOptions } from "../../testing/test-bot.js";
import { createTestDatabase, resetDatabase } from "./test-db.js";

/**
 * The usual set-up of a spec on the database alone: one migrated database for the file (PGlite, or
 * PostgreSQL with TEST_DATABASE_URL), emptied before each test. `apply` hands it to the spec's own
 * variables; a spec's later beforeEach hooks run after it.
 */
export function useDatabaseSpec(apply: (database: Database) => void): void {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());
  beforeEach(async () => {
    await resetDatabase(database.db);
    apply(database);
  });
}

/**
 * The usual set-up of a bot spec: the database of useDatabaseSpec, and a fresh test bot on it
 * before each test. `apply` hands both to the spec's own variables; a spec's later beforeEach hooks
 * run after it.
 */
export function useBotSpec(apply: (spec: { database: Database; t: TestBot }) => void, options: TestBotOptions = {}): void {
  useDatabaseSpec((database) => apply({ database, t: createTestBot(database.db, options) }));
}
