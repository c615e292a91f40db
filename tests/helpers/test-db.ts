import { sql } from "drizzle-orm";
import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { connectPglite, connectPostgres, type Database, type Db, type OnQuery } from "../../src/db/client.js";

export const testDatabaseUrl = process.env.TEST_DATABASE_URL || undefined;
export const onPostgres = Boolean(testDatabaseUrl);

/**
 * A freshly migrated database for one test file: in-memory PGlite by default, or a new PostgreSQL
 * database (created from TEST_DATABASE_URL, dropped on close) so files never share state.
 */
export async function createTestDatabase(options: { onQuery?: OnQuery } = {}): Promise<Database & { url?: string }> {
  if (!testDatabaseUrl) {
    const database = connectPglite(undefined, undefined, options);
    await database.migrate();
    return database;
  }
  const name = `erte_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(testDatabaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  const database = connectPostgres(url.toString(), options);
  await database.migrate();
  return {
    ...database,
    url: url.toString(),
    close: async () => {
      await database.close();
      const dropper = postgres(testDatabaseUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** Empties everything users create; the registry seed stays and the 2026 periods are put back. */
export async function resetDatabase(db: Db): Promise<void> {
  // Every table but the seeded registry and periods, so a new feature's tables are emptied too.
  const tables = await db
    .select({ name: sql<string>`tablename` })
    .from(sql`pg_tables`)
    .where(sql`schemaname = 'public' AND tablename NOT IN ('regions', 'organizations', 'reporting_periods')`);
  if (tables.length > 0) {
    await db.execute(sql.raw(`TRUNCATE ${tables.map((t) => `"${t.name}"`).join(", ")} RESTART IDENTITY CASCADE`));
  }
  await db.execute(sql`DELETE FROM organizations WHERE registry_no > 100`);
  // Reporting periods are seeded data some specs change: back to the defaults the migration seeds.
  await db.execute(sql`DELETE FROM reporting_periods WHERE year <> 2026`);
  await db.execute(sql.raw(seededPeriodsReset()));
}

const PERIODS_SEED = new URL("../../migrations/0003_seed_periods_2026.sql", import.meta.url);

/** The migration's own INSERT of the 2026 periods, made to put back dates a spec has moved (same ids). */
function seededPeriodsReset(): string {
  const seed = readFileSync(PERIODS_SEED, "utf8");
  const reset = seed.replace(/ON CONFLICT \("year", "quarter"\) DO NOTHING;/, 'ON CONFLICT ("year", "quarter") DO UPDATE SET opens_on = excluded.opens_on, due_on = excluded.due_on;');
  if (reset === seed) throw new Error(`${PERIODS_SEED.pathname}: its INSERT no longer ends with ON CONFLICT … DO NOTHING`);
  return reset;
}
