import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { schedulerRuns } from "../db/schema/index.js";

export function slotKey(task: string, slot: Date): string {
  return `${task}:${slot.toISOString()}`;
}

/**
 * Claims one slot of a task for this instance: `INSERT … ON CONFLICT DO NOTHING RETURNING`, so
 * across replicas and restarts exactly one caller gets true for a given `task:slot`.
 */
export async function claimSlot(db: Db, task: string, slot: Date, instance: string): Promise<boolean> {
  const rows = await db
    .insert(schedulerRuns)
    .values({ key: slotKey(task, slot), task, slot, instance })
    .onConflictDoNothing({ target: schedulerRuns.key })
    .returning({ key: schedulerRuns.key });
  return rows.length === 1;
}

export async function finishSlot(db: Db, task: string, slot: Date, error: string | null, now: Date): Promise<void> {
  await db
    .update(schedulerRuns)
    .set({ finishedAt: now, error: error?.slice(0, 1000) ?? null })
    .where(eq(schedulerRuns.key, slotKey(task, slot)));
}

export async function slotWasRun(db: Db, task: string, slot: Date): Promise<boolean> {
  const rows = await db.select({ key: schedulerRuns.key }).from(schedulerRuns).where(eq(schedulerRuns.key, slotKey(task, slot)));
  return rows.length > 0;
}
