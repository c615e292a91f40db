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
 * How many members of each role a kindergarten has: the /status digest reads 10,000 rows here
 * instead of counting 1,000,000 parent memberships. Kept exact by a trigger on `memberships`
 * (custom migration member_counts_trigger), so every way a membership comes or goes counts.
 */
export const organizationMemberCounts = pgTable(
  "organization_member_counts",
  {
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id),
    role: roleEnum("role").notNull(),
    members: integer("members").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.role] })],
);
