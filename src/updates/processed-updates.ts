import { and, eq, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { preparedPerDatabase } from "../db/prepared.js";
import { processedUpdates } from "../db/schema/index.js";
import type { TaskDefinition } from "../scheduler/scheduler.js";

export interface ClaimOptions {
  botId: number;
  updateId: number;
  /** This process (hostname:pid:random). */
  instance: string;
  now: Date;
  /**
   * An unfinished claim of ANOTHER process older than this is a crash leftover and is taken over.
   * 0 in polling mode (one poller: an unfinished claim of another process is a dead one's); in
   * webhook mode replicas run side by side, so a claim in progress elsewhere is waited out.
   */
  otherInstanceStaleMs: number;
  /** An unfinished claim of this very process older than this is taken over (its release failed). */
  ownStaleMs?: number;
}

/**
 * Claims an update for processing: true when this process should handle it (first delivery, or
 * the previous attempt died without finishing), false when it was handled or is being handled.
 * `INSERT … ON CONFLICT DO UPDATE … WHERE` is one atomic statement on PostgreSQL and PGlite.
 */
export async function claimUpdate(db: Db, o: ClaimOptions): Promise<boolean> {
  const rows = await preparedClaim(db).execute(claimParameters(o));
  return rows.length === 1;
}

/**
 * The claim's values as statement parameters: the claim is prepared once per database (it runs on
 * every update) and executed with these. Times are ISO strings, cast in the statement.
 */
export function claimParameters(o: ClaimOptions) {
  return {
    botId: o.botId,
    updateId: o.updateId,
    instance: o.instance,
    now: o.now.toISOString(),
    otherStaleBefore: new Date(o.now.getTime() - o.otherInstanceStaleMs).toISOString(),
    ownStaleBefore: new Date(o.now.getTime() - (o.ownStaleMs ?? 5 * 60_000)).toISOString(),
  };
}

const param = (name: keyof ReturnType<typeof claimParameters>) => sql.placeholder(name);
const at = (name: "now" | "otherStaleBefore" | "ownStaleBefore") => sql`${param(name)}::timestamptz`;

/**
 * The claim as a statement with placeholders (claimParameters), returning the update id when
 * claimed, so it can run alone or as a CTE beside a read.
 */
export function claimStatement(db: Db) {
  return db
    .insert(processedUpdates)
    .values({ botId: sql`${param("botId")}::bigint`, updateId: sql`${param("updateId")}::bigint`, claimedBy: sql`${param("instance")}::text`, claimedAt: at("now") })
    .onConflictDoUpdate({
      target: [processedUpdates.botId, processedUpdates.updateId],
      set: { claimedBy: sql`${param("instance")}::text`, claimedAt: at("now") },
      setWhere: and(
        isNull(processedUpdates.finishedAt),
        or(
          and(sql`${processedUpdates.claimedBy} <> ${param("instance")}::text`, lte(processedUpdates.claimedAt, at("otherStaleBefore"))),
          lt(processedUpdates.claimedAt, at("ownStaleBefore")),
        ),
      ),
    })
    .returning({ updateId: processedUpdates.updateId });
}

const preparedClaim = preparedPerDatabase((db) => claimStatement(db).prepare("claim_update"));

function ownClaim(botId: number, updateId: number, instance: string) {
  return and(eq(processedUpdates.botId, botId), eq(processedUpdates.updateId, updateId), eq(processedUpdates.claimedBy, instance));
}

const preparedFinish = preparedPerDatabase((db) =>
  db
    .update(processedUpdates)
    .set({ finishedAt: at("now") })
    .where(
      and(
        eq(processedUpdates.botId, sql`${param("botId")}::bigint`),
        eq(processedUpdates.updateId, sql`${param("updateId")}::bigint`),
        eq(processedUpdates.claimedBy, sql`${param("instance")}::text`),
      ),
    )
    .prepare("finish_update"),
);

/** The update was handled: a redelivery is skipped from now on. */
export async function finishUpdate(db: Db, botId: number, updateId: number, instance: string, now: Date): Promise<void> {
  await preparedFinish(db).execute({ botId, updateId, instance, now: now.toISOString() });
}

/** Handling failed: the claim goes, so a redelivery of the same update is processed again. */
export async function releaseUpdate(db: Db, botId: number, updateId: number, instance: string): Promise<void> {
  await db.delete(processedUpdates).where(and(ownClaim(botId, updateId, instance), isNull(processedUpdates.finishedAt)));
}

/** Deletes claims older than `before`; Telegram redelivers for at most 24 hours. */
export async function pruneProcessedUpdates(db: Db, before: Date): Promise<number> {
  const rows = await db.delete(processedUpdates).where(lt(processedUpdates.claimedAt, before)).returning({ updateId: processedUpdates.updateId });
  return rows.length;
}

const HOUR = 60 * 60 * 1000;

/** Claims of processed updates older than a week go (Telegram redelivers for at most 24 hours): daily at 03:30. */
export const processedUpdatesPruneTask: TaskDefinition = {
  name: "processed-updates-prune",
  cron: "30 3 * * *",
  catchUpWithinMs: 24 * HOUR,
  run: ({ db, now }) => pruneProcessedUpdates(db, new Date(now.getTime() - 7 * 24 * HOUR)),
};
