import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { activities } from "../db/schema/index.js";
import { libraryActivitySchema, type LibraryActivity } from "./library/schema.js";

/**
 * Brings the shipped library into the `activities` table: new activities are added at the end of
 * the national order, library rows are refreshed with the reviewed text, and rows edited or
 * retired from the chat are left as the people made them. Idempotent; runs at start-up,
 * on any number of replicas at once.
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
    for (const a of parsed) {
      const content = { kk: a.kk, ru: a.ru };
      const source = existing.get(a.slug);
      if (source === undefined) {
        position += 1;
        await tx.insert(activities).values({ slug: a.slug, direction: a.direction, season: a.season, minutes: a.minutes, content, position });
        added++;
      } else if (source === "library") {
        const rows = await tx
          .update(activities)
          .set({ direction: a.direction, season: a.season, minutes: a.minutes, content, updatedAt: new Date() })
          .where(and(eq(activities.slug, a.slug), eq(activities.source, "library"), sql`${activities.content} <> ${JSON.stringify(content)}::jsonb`))
          .returning({ id: activities.id });
        updated += rows.length;
      }
    }
  });
  return { added, updated };
}
