import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { digestPreferences } from "../../db/schema/index.js";

/** Whether the user receives the weekly digest (the default is yes). */
export async function weeklyDigestEnabled(db: Db, userId: number): Promise<boolean> {
  const [row] = await db.select({ weekly: digestPreferences.weekly }).from(digestPreferences).where(eq(digestPreferences.userId, userId));
  return row?.weekly ?? true;
}

/** `/digest on|off`: stored per user; returns whether anything changed. */
export async function setWeeklyDigest(db: Db, userId: number, weekly: boolean, now: Date): Promise<boolean> {
  const before = await weeklyDigestEnabled(db, userId);
  await db
    .insert(digestPreferences)
    .values({ userId, weekly, updatedAt: now })
    .onConflictDoUpdate({ target: digestPreferences.userId, set: { weekly, updatedAt: now } });
  return before !== weekly;
}
