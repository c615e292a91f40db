import { and, count, eq, gte, lt } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { deliverySenders } from "../db/schema/index.js";

/**
 * Records that sender `id` is alive at `now` and returns how many senders are (itself included):
 * each replica then sends at budget ÷ that number, so N replicas together keep to one budget.
 */
export async function heartbeatSender(db: Db, id: string, now: Date, aliveWithinMs: number): Promise<number> {
  await db
    .insert(deliverySenders)
    .values({ id, heartbeatAt: now, startedAt: now })
    .onConflictDoUpdate({ target: deliverySenders.id, set: { heartbeatAt: now } });
  const [row] = await db
    .select({ n: count() })
    .from(deliverySenders)
    .where(gte(deliverySenders.heartbeatAt, new Date(now.getTime() - aliveWithinMs)));
  return Math.max(1, Number(row?.n ?? 1));
}

/** A stopped sender leaves at once; a killed one stops counting after `aliveWithinMs`. */
export async function unregisterSender(db: Db, id: string): Promise<void> {
  await db.delete(deliverySenders).where(eq(deliverySenders.id, id));
}

export async function forgetDeadSenders(db: Db, before: Date): Promise<void> {
  await db.delete(deliverySenders).where(and(lt(deliverySenders.heartbeatAt, before)));
}
