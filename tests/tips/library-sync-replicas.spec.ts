import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import { connectPostgres, type Database } from "../../src/db/client.js";
import { activities } from "../../src/db/schema/index.js";
import { activityLibrary } from "../../src/tips/library/activities.js";
import { syncActivityLibrary } from "../../src/tips/library-sync.js";
import { createTestDatabase, onPostgres } from "../helpers/test-db.js";

/** Replicas starting together each sync the library on their own connection: PostgreSQL only. */
describe.skipIf(!onPostgres)("the library sync on replicas starting together (PostgreSQL)", () => {
  let database: Database & { url?: string };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());

  async function startTogether(count: number, library: typeof activityLibrary) {
    const replicas = Array.from({ length: count }, () => connectPostgres(database.url!, { max: 2 }));
    try {
      return await Promise.all(replicas.map((r) => syncActivityLibrary(r.db, library)));
    } finally {
      for (const r of replicas) await r.close();
    }
  }

  it("six first starts at once: all start, each activity once, the national order unbroken", async () => {
    const results = await startTogether(6, activityLibrary);
    expect(results.reduce((sum, r) => sum + r.added, 0)).toBe(activityLibrary.length);
    const rows = await database.db.select({ slug: activities.slug, position: activities.position }).from(activities).orderBy(asc(activities.position));
    expect(rows.map((r) => r.slug)).toEqual(activityLibrary.map((a) => a.slug));
    expect(rows.map((r) => r.position)).toEqual(activityLibrary.map((_, i) => i + 1));
  });

  it("a release that adds activities, rolled out on four replicas at once, adds each once at the end", async () => {
    const added = ["new-one", "new-two"].map((slug) => ({ ...activityLibrary[0]!, slug }));
    const results = await startTogether(4, [...activityLibrary, ...added]);
    expect(results.reduce((sum, r) => sum + r.added, 0)).toBe(2);
    const rows = await database.db.select({ slug: activities.slug, position: activities.position }).from(activities).orderBy(asc(activities.position));
    expect(rows.slice(-2)).toEqual([
      { slug: "new-one", position: activityLibrary.length + 1 },
      { slug: "new-two", position: activityLibrary.length + 2 },
    ]);
  });
});
