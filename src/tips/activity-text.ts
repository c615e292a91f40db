import { inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { activities } from "../db/schema/index.js";

/**
 * The text parents receive of each activity, read when an activity is sent (the outbox holds only
 * a reference, so a correction reaches everyone not yet sent it). One place to read it: where the
 * library keeps revisions, this is the current approved one.
 */
export async function activityTextForSend(db: Db, ids: number[]): Promise<Map<number, { content: unknown; minutes: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: activities.id, content: activities.content, minutes: activities.minutes })
    .from(activities)
    .where(inArray(activities.id, ids));
  return new Map(rows.map((r) => [r.id, { content: r.content, minutes: r.minutes }]));
}
