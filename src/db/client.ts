import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import * as schema from "./schema/index.js";

export type Schema = typeof schema;
/** The database handle every repository function takes first; a transaction is one too. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export const migrationsFolder = fileURLToPath(new URL("../../migrations", import.meta.url));

export interface Database {
  db: Db;
  kind: "postgres" | "pglite";
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: a tarball (uncompressed) of the whole data folder, consistent (one process holds the folder). */
  dumpDataDir?(): Promise<Uint8Array>;
}

/**
 * Called once per statement sent to the database, BEGIN and COMMIT of a transaction included: what
 * a spec or a benchmark counts as round trips (every statement is one on postgres.js).
 */
export type OnQuery = (statement: string) => void;

function counted(db: Db, onQuery: OnQuery | undefined): Db {
  if (!onQuery) return db;
  const transaction = db.transaction.bind(db);
  db.transaction = (async (run: Parameters<typeof transaction>[0], config?: Parameters<typeof transaction>[1]) => {
    onQuery("begin");
    try {
      return await transaction(run, config);
    } finally {
      onQuery("commit");
    }
  }) as typeof db.transaction;
  return db;
}

export function connectPostgres(url: string, options: { max?: number; onQuery?: OnQuery } = {}): Database {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const logger = options.onQuery ? { logQuery: (query: string) => options.onQuery!(query) } : undefined;
  const db = counted(drizzlePostgres(client, { schema, logger }) as unknown as Db, options.onQuery);
  return {
    db,
    kind: "postgres",
    migrate: () => migratePostgres(drizzlePostgres(client, { schema }), { migrationsFolder }),
    close: () => client.end({ timeout: 5 }),
  };
}

/** Embedded PostgreSQL (PGlite). `dataDir` undefined → in memory (tests). */
export function connectPglite(dataDir?: string, existing?: PGlite, options: { onQuery?: OnQuery } = {}): Database {
  const client = existing ?? new PGlite(dataDir);
  const logger = options.onQuery ? { logQuery: (query: string) => options.onQuery!(query) } : undefined;
  const pg = drizzlePglite(client, { schema, logger });
  return {
    db: counted(pg as unknown as Db, options.onQuery),
    kind: "pglite",
    migrate: () => migratePglite(pg, { migrationsFolder }),
    close: () => client.close(),
    dumpDataDir: async () => {
      await client.query("CHECKPOINT");
      return new Uint8Array(await (await client.dumpDataDir("none")).arrayBuffer());
    },
  };
}
