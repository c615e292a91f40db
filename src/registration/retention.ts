import { lt } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { conversationStates } from "../db/schema/index.js";
import { pruneJoinAttempts } from "./join-rate-limit.js";

/** A wizard (adding a group, returning a report) untouched this long is abandoned: its state goes. */
export const CONVERSATION_STATE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The scheduled part of the retention rules (README, "Personal data"): failed join attempts once
 * they no longer count towards a limit (15 minutes), and abandoned conversation states, which hold
 * what a person typed into a wizard they never finished.
 */
export async function prunePersonalData(db: Db, now: Date): Promise<{ conversationStates: number }> {
  await pruneJoinAttempts(db, now);
  const expired = await db
    .delete(conversationStates)
    .where(lt(conversationStates.updatedAt, new Date(now.getTime() - CONVERSATION_STATE_TTL_MS)))
    .returning({ key: conversationStates.key });
  return { conversationStates: expired.length };
}
