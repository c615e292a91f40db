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

/**
 * Failed attempts of everyone together in the window at which a warning is logged (and again at each
 * further multiple): far more than typos of a pilot's parents, the mark of someone spreading a
 * guessing run over many Telegram accounts, which the per-user limit alone does not see.
 */
export const JOIN_FAILURES_WARN_AT = 50;

/** Records a failed attempt; returns how many failed attempts all users made in the window. */
export async function recordFailedJoin(db: Db, telegramId: number, now: Date): Promise<{ recentAcrossUsers: number }> {
  await db.insert(joinAttempts).values({ telegramId, at: now });
  const since = new Date(now.getTime() - JOIN_ATTEMPT_WINDOW_MS);
  const [row] = await db.select({ n: count() }).from(joinAttempts).where(gt(joinAttempts.at, since));
  return { recentAcrossUsers: row?.n ?? 0 };
}

/** Whether this count of failed attempts across users should be logged as unusual. */
export function isUnusualJoinFailureCount(n: number): boolean {
  return n >= JOIN_FAILURES_WARN_AT && n % JOIN_FAILURES_WARN_AT === 0;
}

/** Housekeeping for the scheduler: attempts older than the window no longer matter. */
export async function pruneJoinAttempts(db: Db, now: Date): Promise<void> {
  await db.delete(joinAttempts).where(lt(joinAttempts.at, new Date(now.getTime() - JOIN_ATTEMPT_WINDOW_MS)));
}
