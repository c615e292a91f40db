import { BackupError, backupEmbeddedDatabase, restoreEmbeddedDatabase } from "../db/backup.js";
import { UsageError } from "./cli-args.js";
import type { CommandInput, FilesCommand } from "./cli-command.js";

/** The file `backup <file>` and `restore <file>` name; both are for the embedded database only. */
function fileOf({ positionals, env }: CommandInput): string {
  const command = positionals[0]!;
  const file = positionals[1];
  if (!file) throw new UsageError(`${command} needs a file: npm run cli -- ${command} <file>`);
  if (env.DATABASE_URL) throw new BackupError(`${command} is for the embedded database; for PostgreSQL use pg_dump / pg_restore (see README, Backups)`);
  return file;
}

/** `backup <file>`: copies the embedded database (DATA_DIR) to a file. */
export const backupCommand: FilesCommand = {
  async runOnFiles(input, openEmbedded) {
    const file = fileOf(input);
    const bytes = await backupEmbeddedDatabase(await openEmbedded(), file);
    input.deps.io.out(`backup of ${input.env.DATA_DIR} written to ${file} (${Math.round(bytes / 1024)} KiB)`);
    return 0;
  },
};

/** `restore <file>`: restores such a copy into an empty DATA_DIR. */
export const restoreCommand: FilesCommand = {
  async runOnFiles(input) {
    const file = fileOf(input);
    await restoreEmbeddedDatabase(file, input.env.DATA_DIR);
    input.deps.io.out(`restored ${file} into ${input.env.DATA_DIR}`);
    return 0;
  },
};
