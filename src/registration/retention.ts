import { lt } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { conversationStates } from "../db/schema/index.js";
import { pruneSeminarComments } from "../seminars/attendance.js";
import { pruneTipWords } from "../tips/feedback.js";
import { pruneJoinAttempts } from "./join-rate-limit.js";

/** A wizard (adding a group, returning a report) untouched this long is abandoned: its state goes. */
export const CONVERSATION_STATE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** How long parents' and participants' own words and photos are kept unless FEEDBACK_RETENTION_DAYS says otherwise. */
export const DEFAULT_FEEDBACK_RETENTION_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruneResult {
  conversationStates: number;
  /** Weekly activities whose comment or photo went. */
  tipWords: number;
  /** Event participants whose comment went. */
  seminarComments: number;
}

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
  return {
    conversationStates: expired.length,
    tipWords: await pruneTipWords(db, feedbackBefore),
    seminarComments: await pruneSeminarComments(db, feedbackBefore),
  };
}
