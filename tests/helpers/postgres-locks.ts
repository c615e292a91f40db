import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/client.js";

/** Has some statement of this database been waiting on a lock? (PostgreSQL only.) */
export async function someoneWaitsOnALock(db: Db): Promise<boolean> {
  const rows = await db
    .select({ pid: sql<number>`pid` })
    .from(sql`pg_stat_activity`)
    .where(sql`datname = current_database() and wait_event_type = 'Lock'`);
  return rows.length > 0;
}

/**
 * Polls (25 ms steps, up to 10 s) until `done()` or until a statement of this database waits on a
 * lock; says which. For specs that hold one transaction open and need the other to have reached it.
 */
export async function untilBlockedOrDone(db: Db, done: () => boolean): Promise<"blocked" | "done"> {
  for (let i = 0; i < 400; i++) {
    if (done()) return "done";
    if (await someoneWaitsOnALock(db)) return "blocked";
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the second transaction neither finished nor waited on the first");
}

/** Polls (25 ms steps, up to 10 s) until `done()`. */
export async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((r) => setTimeout(r, 25));
}
