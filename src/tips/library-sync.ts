import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { activities, activityRevisions } from "../db/schema/index.js";
import { libraryActivitySchema, tipAgeBands, type LibraryActivity } from "./library/schema.js";

/**
 * Brings the shipped library into the `activities` table at start-up. Idempotent. The rule:
 *  - a slug the table does not have is added at the end of the national order, with its text as
 *    revision 1 (author: the library);
 *  - an activity whose current revision still comes from the shipped library (`source` =
 *    'library') takes the release's reviewed text as a new revision, so the old one stays in the
 *    history;
 *  - an activity with any revision approved in the bot (an edit, an approved proposal, a restore:
 *    `source` = 'chat') is never written over: the national editors' text wins over a release.
 *  - Retirement is never touched: an activity retired in the bot stays retired.
 * Runs on any number of replicas at once.
 */
export async function syncActivityLibrary(db: Db, library: readonly LibraryActivity[]): Promise<{ added: number; updated: number }> {
  const parsed = library.map((a) => libraryActivitySchema.parse(a));
  let added = 0;
  let updated = 0;
  await db.transaction(async (tx) => {
    // Replicas starting together all sync: one at a time, each later one finds the rows in place.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('erte-bot:activity-library-sync'))`);
    const existing = new Map((await tx.select({ slug: activities.slug, source: activities.source }).from(activities)).map((r) => [r.slug, r.source]));
    const [{ max }] = (await tx.select({ max: sql<number>`coalesce(max(${activities.position}), 0)::int` }).from(activities)) as [{ max: number }];
    let position = max;
    const now = new Date();
    for (const a of parsed) {
      const content = { kk: a.kk, ru: a.ru };
      const ageBands = [...(a.ageBands ?? tipAgeBands)];
      const step = a.step ?? 1;
      const fields = { direction: a.direction, season: a.season, ageBands, step, minutes: a.minutes, content };
      const source = existing.get(a.slug);
      if (source === undefined) {
        position += 1;
        const [row] = await tx.insert(activities).values({ slug: a.slug, ...fields, position, revision: 1 }).returning({ id: activities.id });
        await tx.insert(activityRevisions).values({ activityId: row!.id, number: 1, status: "approved", ...fields, authorId: null, createdAt: now, decidedAt: now });
        added++;
      } else if (source === "library") {
        const rows = await tx
          .update(activities)
          .set({ ...fields, revision: sql`${activities.revision} + 1`, updatedAt: now })
          .where(
            and(
              eq(activities.slug, a.slug),
              eq(activities.source, "library"),
              sql`(${activities.content} <> ${JSON.stringify(content)}::jsonb OR ${activities.season} <> ${a.season} OR ${activities.ageBands} <> ${`{${ageBands.join(",")}}`}::text[] OR ${activities.step} <> ${step})`,
            ),
          )
          .returning({ id: activities.id, revision: activities.revision });
        for (const row of rows) {
          await tx.insert(activityRevisions).values({
            activityId: row.id,
            number: row.revision,
            status: "approved",
            baseNumber: row.revision - 1,
            ...fields,
            authorId: null,
            createdAt: now,
            decidedAt: now,
          });
        }
        updated += rows.length;
      }
    }
  });
  return { added, updated };
}
