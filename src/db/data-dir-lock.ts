import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, openSync, closeSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

/** Who holds (or last held) a data folder: written into the lock file by the holder. */
export interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

export class DataDirBusyError extends Error {
  constructor(
    public readonly dataDir: string,
    public readonly holder: LockHolder | null,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by ${holder ? `process ${holder.pid} on ${holder.host} (since ${holder.since})` : "another process"} — the running bot? ` +
        `PGlite allows one process per data folder, also across containers sharing the volume: stop that process first, or run both against PostgreSQL with DATABASE_URL.`,
    );
  }
}

export interface DataDirLock {
  /** A holder that died without releasing (kill -9, a crashed container): this process took its lock over. */
  takenOverFrom: LockHolder | null;
  release(): Promise<void>;
}

const LOCK_FILE = "erte-bot.lock";
const CONFLICT = 75;

function readHolder(path: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<LockHolder>;
    return typeof parsed.pid === "number" ? { pid: parsed.pid, host: String(parsed.host ?? "?"), since: String(parsed.since ?? "?") } : null;
  } catch {
    return null;
  }
}

/** One attempt: a `flock` child holds the lock for as long as this process lives (its stdin is our pipe). */
function tryLock(lockPath: string): Promise<{ release(): Promise<void> } | "busy"> {
  return new Promise((resolve, reject) => {
    // flock(1) opens the file, takes an exclusive lock (the kernel enforces it for every process that
    // sees the file, in any container on the host), then runs `cat`, which holds the inherited
    // descriptor until our end of its stdin closes — on release, or when this process dies, even by
    // SIGKILL. The lock then goes with the descriptor: nothing to clean up, no pid to trust.
    const child = spawn("flock", ["--exclusive", "--nonblock", "--conflict-exit-code", String(CONFLICT), lockPath, "sh", "-c", "echo locked; exec cat >/dev/null"], {
      stdio: ["pipe", "pipe", "pipe"],
    });
    let settled = false;
    let stderr = "";
    const exited = new Promise<void>((done) => child.once("exit", () => done()));
    child.stderr.on("data", (d) => (stderr += d));
    child.once("error", (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      reject(error.code === "ENOENT" ? new Error("locking the PGlite data folder needs the flock command (util-linux), which was not found on PATH") : error);
    });
    child.once("exit", (code) => {
      if (settled) return;
      settled = true;
      if (code === CONFLICT) resolve("busy");
      else reject(new Error(`could not lock ${lockPath}: flock exited with ${code}${stderr ? `: ${stderr.trim()}` : ""}`));
    });
    child.stdout.once("data", () => {
      if (settled) return;
      settled = true;
      // Held: let the process exit without waiting for the child (the pipe closes as it ends).
      child.stdout.destroy();
      child.stderr.destroy();
      child.unref();
      (child.stdin as unknown as { unref(): void }).unref();
      resolve({
        release: async () => {
          child.ref(); // wait for the lock to go, even if nothing else keeps the process alive
          child.stdin.end();
          await exited;
        },
      });
    });
  });
}

/**
 * Takes the exclusive lock on a PGlite data folder, enforced by the operating system (flock on
 * `erte-bot.lock`, held by a child process whose lifetime is bound to this one), so two processes —
 * even each PID 1 in its own container on one volume — never open the folder together. A lock left
 * by a killed process is free as soon as that process is gone; the holder it names is reported.
 */
export async function lockDataDir(dataDir: string, options: { attempts?: number; retryMs?: number } = {}): Promise<DataDirLock> {
  // The data folder holds every person's data: the bot's own user only (the umask may be wider).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const lockPath = join(dataDir, LOCK_FILE);
  // Never deleted: a process waiting on an unlinked file would lock a different inode than a newcomer.
  closeSync(openSync(lockPath, "a"));
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    const result = await tryLock(lockPath);
    if (result !== "busy") {
      const previous = readHolder(lockPath);
      const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      writeFileSync(lockPath, JSON.stringify(me));
      return {
        takenOverFrom: previous,
        release: async () => {
          writeFileSync(lockPath, ""); // released cleanly: nothing to take over
          await result.release();
        },
      };
    }
    // A holder killed a moment ago may still be closing its descriptor: a few short retries.
    if (attempt >= attempts) throw new DataDirBusyError(dataDir, readHolder(lockPath));
    await new Promise((r) => setTimeout(r, options.retryMs ?? 250));
  }
}
