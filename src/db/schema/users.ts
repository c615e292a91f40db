import { bigint, boolean, index, integer, pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { organizations, regions } from "./registry.js";

export const languageEnum = pgEnum("language", ["kk", "ru"]);
/** `regional_admin`: a regional administrator, created only by a national one (ADMIN_IDS); region scope. */
export const roleEnum = pgEnum("role", ["head", "parent", "methodologist", "coordinator", "regional_admin"]);

/**
 * One row per Telegram user who has written to the bot. Until a membership exists (and, for a
 * parent, consent is given) only the id and the chosen language are kept.
 */
export const users = pgTable("users", {
  telegramId: bigint("telegram_id", { mode: "number" }).primaryKey(),
  language: languageEnum("language").notNull(),
  languageConfirmed: boolean("language_confirmed").notNull().default(false),
  /** A /start payload or join code sent before the language was chosen, resumed afterwards. */
  pendingStart: text("pending_start"),
  firstName: text("first_name"),
  username: text("username"),
  consentAt: timestamp("consent_at", { withTimezone: true }),
  /** Set by the sender on 403; cleared when the user writes again. */
  unreachableAt: timestamp("unreachable_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A role held in a scope: head/parent → organisation; methodologist → region;
 * coordinator → region or the whole country (both ids null). `scopeKey` makes the triple unique.
 */
export const memberships = pgTable(
  "memberships",
  {
    id: serial("id").primaryKey(),
    userId: bigint("user_id", { mode: "number" })
      .notNull()
      .references(() => users.telegramId, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    organizationId: integer("organization_id").references(() => organizations.id),
    regionCode: text("region_code").references(() => regions.code),
    scopeKey: text("scope_key").notNull(),
    invitationId: integer("invitation_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("memberships_user_role_scope").on(t.userId, t.role, t.scopeKey),
    index("memberships_org_role").on(t.organizationId, t.role),
    index("memberships_region_role").on(t.regionCode, t.role),
  ],
);
