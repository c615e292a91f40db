import { and, count, eq, gt, lt } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { joinAttempts } from "../db/schema/index.js";

/** Failed invitation/join-code attempts allowed per user per window. */
export const JOIN_ATTEMPT_LIMIT = 5;
export const JOIN_ATTEMPT_WINDOW_MS = 15 * 60 * 1000;

export async function isJoinRateLimited(db: Db, telegramId: number, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - JOIN_ATTEMPT_WINDOW_MS);
  const [row] = await db
    .select({ n: count() })
    .from(joinAttempts)
    .where(and(eq(joinAttempts.telegramId, telegramId), gt(joinAttempts.at, since)));
  return (row?.n ?? 0) >= JOIN_ATTEMPT_LIMIT;
}

export async function recordFailedJoin(db: Db, telegramId: number, now: Date): Promise<void> {
  await db.insert(joinAttempts).values({ telegramId, at: now });
}

/** Housekeeping for the scheduler: attempts older than the window no longer matter. */
export async function pruneJoinAttempts(db: Db, now: Date): Promise<void> {
  await db.delete(joinAttempts).where(lt(joinAttempts.at, new Date(now.getTime() - JOIN_ATTEMPT_WINDOW_MS)));
}
