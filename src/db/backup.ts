import { PGlite } from "@electric-sql/pglite";
import { chmodSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Database } from "./client.js";
import { lockDataDir } from "./data-dir-lock.js";

export class BackupError extends Error {}

/** Backups and the data folder hold every person's data: readable by the bot's own user only. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

const BLOCK = 512;

function readOctal(block: Uint8Array, start: number, length: number): number {
  const text = Buffer.from(block.subarray(start, start + length)).toString("latin1").replace(/\0.*$/s, "").trim();
  return text === "" ? 0 : parseInt(text, 8);
}

function readString(block: Uint8Array, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return Buffer.from(end === -1 ? raw : raw.subarray(0, end)).toString("utf8");
}

function writeField(block: Uint8Array, start: number, length: number, value: string): void {
  const bytes = Buffer.from(value, "utf8");
  if (bytes.length > length) throw new BackupError(`tar field too long: ${value}`);
  block.fill(0, start, start + length);
  block.set(bytes, start);
}

/**
 * Rewrites a tar archive's headers so that extracting it can never write outside the folder it is
 * extracted into, nor leave files others can read: names relative (no leading `/` or `./`, no
 * `..`), files 0600, folders 0700. PGlite writes `/base/1/112` with mode 0666; its own loader joins
 * `<data dir>/<name>`, so relative names restore the same.
 */
export function privateTar(tar: Uint8Array): Buffer {
  const out = Buffer.from(tar);
  let offset = 0;
  while (offset + BLOCK <= out.length) {
    const header = out.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    const size = readOctal(header, 124, 12);
    const type = String.fromCharCode(header[156]!);
    const ustar = readString(header, 257, 6) === "ustar";
    if (type === "0" || type === "\0" || type === "5") {
      const prefix = ustar ? readString(header, 345, 155) : "";
      const full = prefix ? `${prefix}/${readString(header, 0, 100)}` : readString(header, 0, 100);
      const parts = full.split("/").filter((p) => p !== "" && p !== ".");
      if (parts.includes("..")) throw new BackupError(`unexpected entry in the database archive: ${full}`);
      let name = parts.join("/") + (type === "5" ? "/" : "");
      let namePrefix = "";
      if (Buffer.byteLength(name) > 100) {
        const cut = name.lastIndexOf("/", name.length - 2);
        namePrefix = name.slice(0, cut);
        name = name.slice(cut + 1);
      }
      writeField(header, 0, 100, name);
      if (ustar) writeField(header, 345, 155, namePrefix);
      else if (namePrefix) throw new BackupError(`name too long for a plain tar header: ${full}`);
      writeField(header, 100, 8, `${(type === "5" ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE).toString(8).padStart(7, "0")}\0`);
    } else if (type !== "x" && type !== "g") {
      throw new BackupError(`unexpected entry type "${type}" in the database archive`);
    }
    header.fill(0x20, 148, 156);
    let sum = 0;
    for (const byte of header) sum += byte;
    writeField(header, 148, 8, `${sum.toString(8).padStart(6, "0")}\0 `);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return out;
}

/** Writes `bytes` to `file` readable by the owner only, through a temporary name (never half-written). */
export function writePrivateFile(file: string, bytes: Uint8Array): void {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true }); // a leftover would keep its old mode: `mode` applies on creation only
  writeFileSync(partial, bytes, { mode: PRIVATE_FILE_MODE, flag: "wx" });
  chmodSync(partial, PRIVATE_FILE_MODE);
  renameSync(partial, file);
}

/**
 * Writes a copy of the embedded database to `file` (a gzipped tarball of the PGlite data folder,
 * names relative, modes private), mode 0600. The caller opened the database, so it holds the
 * data-folder lock: nothing else writes meanwhile.
 */
export async function backupEmbeddedDatabase(database: Database, file: string): Promise<number> {
  if (!database.dumpDataDir) throw new BackupError("backup copies the embedded database; for PostgreSQL use pg_dump (see README, Backups)");
  const bytes = gzipSync(privateTar(await database.dumpDataDir()));
  writePrivateFile(file, bytes);
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
    chmodSync(target, PRIVATE_DIR_MODE);
  } finally {
    await lock.release();
  }
}
