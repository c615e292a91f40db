import { and, asc, count, eq, lte } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { deliveryPriorityEnum, outbox } from "../db/schema/index.js";

/** Pending rows per priority (the claim index is partial on status = 'pending'). */
export async function outboxDepthByPriority(db: Db): Promise<{ priority: string; count: number }[]> {
  const rows = await db.select({ priority: outbox.priority, count: count() }).from(outbox).where(eq(outbox.status, "pending")).groupBy(outbox.priority);
  return rows.map((r) => ({ priority: r.priority, count: Number(r.count) }));
}

/** Seconds since the oldest pending row became due (0 when nothing is due): how far the sender is behind. */
export async function outboxLagSeconds(db: Db, now: Date): Promise<number> {
  // One index probe per priority (outbox_claim is (priority, not_before) where pending): cheap at any backlog.
  let oldest: number | null = null;
  for (const priority of deliveryPriorityEnum.enumValues) {
    const [row] = await db
      .select({ notBefore: outbox.notBefore })
      .from(outbox)
      .where(and(eq(outbox.status, "pending"), eq(outbox.priority, priority), lte(outbox.notBefore, now)))
      .orderBy(asc(outbox.notBefore))
      .limit(1);
    if (row) oldest = Math.min(oldest ?? Infinity, new Date(row.notBefore).getTime());
  }
  return oldest === null ? 0 : Math.max(0, (now.getTime() - oldest) / 1000);
}
