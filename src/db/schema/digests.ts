import { bigint, boolean, pgTable, timestamp } from "drizzle-orm/pg-core";
import { users } from "./users.js";

/**
 * A coordinator's or methodologist's choice about the weekly digest (`/digest off|on`). No row
 * means the default: the digest is sent. Removed with the user.
 */
export const digestPreferences = pgTable("digest_preferences", {
  userId: bigint("user_id", { mode: "number" })
    .primaryKey()
    .references(() => users.telegramId, { onDelete: "cascade" }),
  weekly: boolean("weekly").notNull().default(true),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
