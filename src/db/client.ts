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

export function connectPostgres(url: string, options: { max?: number } = {}): Database {
  const client = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    migrate: () => migratePostgres(drizzlePostgres(client, { schema }), { migrationsFolder }),
    close: () => client.end({ timeout: 5 }),
  };
}

/** Embedded PostgreSQL (PGlite). `dataDir` undefined → in memory (tests). */
export function connectPglite(dataDir?: string, existing?: PGlite): Database {
  const client = existing ?? new PGlite(dataDir);
  const pg = drizzlePglite(client, { schema });
  return {
    db: pg as unknown as Db,
    kind: "pglite",
    migrate: () => migratePglite(pg, { migrationsFolder }),
    close: () => client.close(),
    dumpDataDir: async () => {
      await client.query("CHECKPOINT");
      return new Uint8Array(await (await client.dumpDataDir("none")).arrayBuffer());
    },
  };
}
