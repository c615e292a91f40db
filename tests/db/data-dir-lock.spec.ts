import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DataDirBusyError, lockDataDir } from "../../src/db/data-dir-lock.js";
import { startLockHolder } from "../helpers/lock-holder.js";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "erte-lock-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe("the embedded database's data-folder lock", () => {
  it("a second process is refused even when the lock names its own pid (two containers, each PID 1)", async () => {
    const dir = dataDir();
    const holder = await startLockHolder(dir);
    cleanups.push(async () => {
      holder.child.kill("SIGKILL");
      await holder.exited;
    });
    expect(JSON.parse(readFileSync(join(dir, "erte-bot.lock"), "utf8"))).toMatchObject({ pid: holder.child.pid });
    // In another container the holder's pid can be this process's own: a pid check would let it in.
    writeFileSync(join(dir, "erte-bot.lock"), JSON.stringify({ pid: process.pid, host: "container-a", since: "2026-11-22T06:00:00.000Z" }));
    const refused = await lockDataDir(dir, { retryMs: 50 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DataDirBusyError);
    expect((refused as Error).message).toContain(`in use by process ${process.pid} on container-a`);
    expect((refused as Error).message).toContain("DATABASE_URL");
  }, 60_000);

  it("after kill -9 of the holder, a new process takes the lock over and is told whose it was", async () => {
    const dir = dataDir();
    const holder = await startLockHolder(dir);
    holder.child.kill("SIGKILL");
    await holder.exited;
    const lock = await lockDataDir(dir);
    cleanups.push(() => lock.release());
    expect(lock.takenOverFrom).toMatchObject({ pid: holder.child.pid });
    expect(JSON.parse(readFileSync(join(dir, "erte-bot.lock"), "utf8"))).toMatchObject({ pid: process.pid });
  }, 60_000);

  it("a lock released cleanly is taken without a take-over, and only one of two takers at once wins", async () => {
    const dir = dataDir();
    const first = await lockDataDir(dir);
    await first.release();
    const results = await Promise.allSettled([lockDataDir(dir, { attempts: 1 }), lockDataDir(dir, { attempts: 1 })]);
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")!.reason).toBeInstanceOf(DataDirBusyError);
    const lock = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof lockDataDir>>>).value;
    expect(lock.takenOverFrom).toBeNull();
    await lock.release();
  }, 60_000);
});
