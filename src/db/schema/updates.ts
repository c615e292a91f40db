import { bigint, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Updates this bot has taken on, so that one Telegram redelivers (after a crash before the offset
 * was confirmed, or a slow webhook answer) is processed once. A row is claimed at the start of the
 * middleware chain, finished when the chain ends, deleted when it fails (a redelivery may retry);
 * pruned after a week (Telegram keeps an unconfirmed update for 24 hours).
 */
export const processedUpdates = pgTable(
  "processed_updates",
  {
    botId: bigint("bot_id", { mode: "number" }).notNull(),
    updateId: bigint("update_id", { mode: "number" }).notNull(),
    /** The process that claimed it (hostname:pid:random): a crashed process's claims are told apart. */
    claimedBy: text("claimed_by").notNull(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.botId, t.updateId] }), index("processed_updates_claimed_at").on(t.claimedAt)],
);
