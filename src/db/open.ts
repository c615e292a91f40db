import { join } from "node:path";
import { connectPglite, connectPostgres, type Database } from "./client.js";
import { lockDataDir } from "./data-dir-lock.js";

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite in `dataDir/pglite` (locked). */
export function openDatabase(options: { databaseUrl?: string; dataDir: string }): Database {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl);
  const release = lockDataDir(options.dataDir);
  const database = connectPglite(join(options.dataDir, "pglite"));
  return {
    ...database,
    close: async () => {
      try {
        await database.close();
      } finally {
        release();
      }
    },
  };
}
