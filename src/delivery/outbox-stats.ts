import { and, count, eq, lte, min } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { outbox } from "../db/schema/index.js";

/** Pending rows per priority (the claim index is partial on status = 'pending'). */
export async function outboxDepthByPriority(db: Db): Promise<{ priority: string; count: number }[]> {
  const rows = await db.select({ priority: outbox.priority, count: count() }).from(outbox).where(eq(outbox.status, "pending")).groupBy(outbox.priority);
  return rows.map((r) => ({ priority: r.priority, count: Number(r.count) }));
}

/** Seconds since the oldest pending row became due (0 when nothing is due): how far the sender is behind. */
export async function outboxLagSeconds(db: Db, now: Date): Promise<number> {
  const [row] = await db
    .select({ oldest: min(outbox.notBefore) })
    .from(outbox)
    .where(and(eq(outbox.status, "pending"), lte(outbox.notBefore, now)));
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  return oldest ? Math.max(0, (now.getTime() - oldest.getTime()) / 1000) : 0;
}
