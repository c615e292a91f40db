import { bigint, boolean, integer, pgTable, primaryKey, timestamp } from "drizzle-orm/pg-core";
import { organizations } from "./registry.js";
import { roleEnum, users } from "./users.js";

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

/**
 * How many members of each role a kindergarten has, and how many of them are unreachable: the
 * /status digest reads 20,000 rows here instead of 1,000,000 parent memberships joined to their
 * users. Kept exact by triggers on `memberships` and `users` (custom migration
 * member_counts_trigger), so every way a membership or a user's reachability changes counts.
 */
export const organizationMemberCounts = pgTable(
  "organization_member_counts",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id),
    role: roleEnum("role").notNull(),
    members: integer("members").notNull().default(0),
    /** Of them, users the bot cannot reach (`users.unreachable_at` set). */
    unreachable: integer("unreachable").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.role] })],
);
