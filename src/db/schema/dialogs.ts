import { bigint, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users.js";

/**
 * What the bot is waiting for from a person, at most one thing at a time (src/bot/dialogs.ts): the
 * dialog's kind, the domain row it concerns (`ref`: a draft's or a delivery's id…), an optional
 * step for dialogs whose domain row keeps none, and since when. It only routes a typed message: the
 * dialog's own rows stay the truth about where it stands. Read with the user in one query per update.
 */
export const waitingDialogs = pgTable("waiting_dialogs", {
  userId: bigint("user_id", { mode: "number" })
    .primaryKey()
    .references(() => users.telegramId, { onDelete: "cascade" }),
  kind: text("kind").notNull(),
  ref: text("ref"),
  step: text("step"),
  since: timestamp("since", { withTimezone: true }).notNull().defaultNow(),
});
