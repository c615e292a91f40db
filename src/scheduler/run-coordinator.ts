import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { schedulerRuns } from "../db/schema/index.js";

export function slotKey(task: string, slot: Date): string {
  return `${task}:${slot.toISOString()}`;
}

/**
 * Claims one slot of a task for this instance, with a lease until `leaseUntil`. A new slot is
 * inserted; an existing one is taken only when its run was abandoned (unfinished, lease over: the
 * process died) or failed and its retry time has come. `INSERT … ON CONFLICT DO UPDATE … WHERE`
 * locks the row and re-checks the condition on its latest version, so across replicas and
 * restarts exactly one caller wins each take. Returns the attempt number, or null when not won.
 */
export async function claimSlot(
  db: Db,
  task: string,
  slot: Date,
  instance: string,
  options: { now: Date; leaseUntil: Date },
): Promise<number | null> {
  const { now, leaseUntil } = options;
  // A Date inside raw SQL is not bound by postgres.js: pass the instant as text.
  const at = sql`${now.toISOString()}::timestamptz`;
  const rows = await db
    .insert(schedulerRuns)
    .values({ key: slotKey(task, slot), task, slot, instance, startedAt: now, leaseUntil, attempts: 1 })
    .onConflictDoUpdate({
      target: schedulerRuns.key,
      set: {
        instance,
        startedAt: now,
        leaseUntil,
        finishedAt: null,
        error: null,
        retryAt: null,
        attempts: sql`${schedulerRuns.attempts} + 1`,
      },
      setWhere: sql`(${schedulerRuns.finishedAt} IS NULL AND (${schedulerRuns.leaseUntil} IS NULL OR ${schedulerRuns.leaseUntil} <= ${at}))
        OR (${schedulerRuns.finishedAt} IS NOT NULL AND ${schedulerRuns.retryAt} <= ${at})`,
    })
    .returning({ attempts: schedulerRuns.attempts });
  return rows[0]?.attempts ?? null;
}

/**
 * Records the outcome of this instance's run; `retryAt` (failures only) lets the slot be taken
 * again from then. A run taken over by another instance meanwhile is left to that one.
 */
export async function finishSlot(
  db: Db,
  task: string,
  slot: Date,
  instance: string,
  outcome: { error: string | null; retryAt: Date | null; now: Date },
): Promise<void> {
  await db
    .update(schedulerRuns)
    .set({ finishedAt: outcome.now, error: outcome.error?.slice(0, 1000) ?? null, retryAt: outcome.error === null ? null : outcome.retryAt, leaseUntil: null })
    .where(and(eq(schedulerRuns.key, slotKey(task, slot)), eq(schedulerRuns.instance, instance), isNull(schedulerRuns.finishedAt)));
}

/** Extends the leases of the runs this instance has in progress (`keys`); returns how many it still holds. */
export async function renewSlotLeases(db: Db, instance: string, keys: string[], leaseUntil: Date): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db
    .update(schedulerRuns)
    .set({ leaseUntil })
    .where(and(inArray(schedulerRuns.key, keys), eq(schedulerRuns.instance, instance), isNull(schedulerRuns.finishedAt)))
    .returning({ key: schedulerRuns.key });
  return rows.length;
}

export async function slotWasRun(db: Db, task: string, slot: Date): Promise<boolean> {
  const rows = await db.select({ key: schedulerRuns.key }).from(schedulerRuns).where(eq(schedulerRuns.key, slotKey(task, slot)));
  return rows.length > 0;
}
