import { chmodSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { connectPglite, connectPostgres, type Database } from "./client.js";
import { lockDataDir, type LockHolder } from "./data-dir-lock.js";

/**
 * Opens PostgreSQL when a URL is given, otherwise the embedded PGlite in `dataDir/pglite`, locked
 * for this process (see lockDataDir). `onTakeOver` hears of a lock left by a process that died.
 */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string; onTakeOver?: (previous: LockHolder) => void }): Promise<Database> {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl);
  const lock = await lockDataDir(options.dataDir);
  if (lock.takenOverFrom) options.onTakeOver?.(lock.takenOverFrom);
  let database: Database;
  try {
    const folder = join(options.dataDir, "pglite");
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    chmodSync(folder, 0o700); // PGlite creates it 0777 minus the umask
    database = connectPglite(folder);
  } catch (error) {
    await lock.release();
    throw error;
  }
  return {
    ...database,
    close: async () => {
      try {
        await database.close();
      } finally {
        await lock.release();
      }
    },
  };
}

/** The message for a taken-over lock, the same in the bot and the CLI. */
export function takeOverMessage(dataDir: string, previous: LockHolder): string {
  return `the lock on ${dataDir} was left by process ${previous.pid} on ${previous.host} (since ${previous.since}), which is gone: taken over`;
}
