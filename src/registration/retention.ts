import { lt } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { conversationStates } from "../db/schema/index.js";
import { pruneJoinAttempts } from "./join-rate-limit.js";
import { personalDataRegistry } from "./personal-data-registry.js";
import type { TaskDefinition } from "../scheduler/scheduler.js";

/** A wizard (adding a group, returning a report) untouched this long is abandoned: its state goes. */
export const CONVERSATION_STATE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** How long parents' and participants' own words and photos are kept unless FEEDBACK_RETENTION_DAYS says otherwise. */
export const DEFAULT_FEEDBACK_RETENTION_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How many of each went: `conversationStates`, and each feature's own under its names (weekly
 * activities whose comment or photo went: `tipWords`; event participants whose comment went:
 * `seminarComments`).
 */
export type PruneResult = { conversationStates: number } & Record<string, number>;

/**
 * The scheduled part of the retention rules (README, "Personal data"): failed join attempts once
 * they no longer count towards a limit (15 minutes), abandoned conversation states, which hold
 * what a person typed into a wizard they never finished, and feedback texts and photos (after a
 * weekly activity, on an event) older than the retention period — the answers and ratings stay.
 */
export async function prunePersonalData(
  db: Db,
  now: Date,
  options: { feedbackRetentionDays?: number } = {},
): Promise<PruneResult> {
  await pruneJoinAttempts(db, now);
  const expired = await db
    .delete(conversationStates)
    .where(lt(conversationStates.updatedAt, new Date(now.getTime() - CONVERSATION_STATE_TTL_MS)))
    .returning({ key: conversationStates.key });
  const feedbackBefore = new Date(now.getTime() - (options.feedbackRetentionDays ?? DEFAULT_FEEDBACK_RETENTION_DAYS) * DAY_MS);
  const result: PruneResult = { conversationStates: expired.length };
  for (const feature of personalDataRegistry) if (feature.prune) Object.assign(result, await feature.prune(db, feedbackBefore));
  return result;
}

/**
 * Retention (README, "Personal data"): failed join attempts past their window, abandoned
 * conversation states, and feedback texts and photos older than `feedbackRetentionDays`, every
 * hour at :17 (away from the reminders on the hour). A missed hour is simply done by the next one.
 */
export function personalDataPruning(feedbackRetentionDays: number = DEFAULT_FEEDBACK_RETENTION_DAYS): TaskDefinition {
  return {
    name: "personal-data-pruning",
    cron: "17 * * * *",
    catchUpWithinMs: 0,
    run: ({ db, now }) => prunePersonalData(db, now, { feedbackRetentionDays }),
  };
}

export const personalDataPruningTask: TaskDefinition = personalDataPruning();
