import type { ConversationData, ConversationStorage, VersionedState } from "@grammyjs/conversations";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { conversationStates } from "../../db/schema/index.js";
import type { BotContext } from "../context.js";

/**
 * Bump when a conversation's steps change incompatibly: stored states of another version are
 * dropped (the person starts that conversation again) instead of being replayed into wrong code.
 */
export const CONVERSATIONS_VERSION = 1;

/** Conversation state in the `conversation_states` table, one row per user, so it survives a restart. */
export function conversationStorage(db: Db): ConversationStorage<BotContext, ConversationData> {
  return {
    type: "key",
    version: CONVERSATIONS_VERSION,
    getStorageKey: (ctx) => (ctx.from ? `user:${ctx.from.id}` : undefined),
    adapter: {
      async read(key) {
        const [row] = await db.select({ state: conversationStates.state }).from(conversationStates).where(eq(conversationStates.key, key));
        return row?.state as VersionedState<ConversationData> | undefined;
      },
      async write(key, state) {
        await db
          .insert(conversationStates)
          .values({ key, state })
          .onConflictDoUpdate({ target: conversationStates.key, set: { state, updatedAt: sql`now()` } });
      },
      async delete(key) {
        await db.delete(conversationStates).where(eq(conversationStates.key, key));
      },
    },
  };
}
