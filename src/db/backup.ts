import { PGlite } from "@electric-sql/pglite";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "./client.js";
import { lockDataDir } from "./data-dir-lock.js";

export class BackupError extends Error {}

/**
 * Writes a copy of the embedded database to `file` (a gzipped tarball of the PGlite data folder).
 * The caller opened the database, so it holds the data-folder lock: nothing else writes meanwhile.
 * Written to a temporary name and renamed, so `file` is never a half-written backup.
 */
export async function backupEmbeddedDatabase(database: Database, file: string): Promise<number> {
  if (!database.dumpDataDir) throw new BackupError("backup copies the embedded database; for PostgreSQL use pg_dump (see README, Backups)");
  const bytes = await database.dumpDataDir();
  const partial = `${file}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  return bytes.length;
}

/**
 * Restores a backup into `dataDir` (its `pglite` folder must not exist or be empty), under the
 * data-folder lock, and checks that the restored database opens and answers.
 */
export async function restoreEmbeddedDatabase(file: string, dataDir: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`no backup file ${file}`);
  const lock = await lockDataDir(dataDir);
  try {
    const target = join(dataDir, "pglite");
    if (existsSync(target) && readdirSync(target).length > 0) {
      throw new BackupError(`${target} already holds a database: restore into an empty DATA_DIR (move the old one aside first)`);
    }
    const client = new PGlite(target, { loadDataDir: new Blob([readFileSync(file)]) });
    try {
      await client.query("select 1");
    } finally {
      await client.close();
    }
  } finally {
    await lock.release();
  }
}
