import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Storage of @grammyjs/conversations state, so a conversation survives a restart. */
export const conversationStates = pgTable("conversation_states", {
  key: text("key").primaryKey(),
  state: jsonb("state").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
