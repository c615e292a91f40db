import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { organizations, regions } from "./registry.js";
import { roleEnum } from "./users.js";

/**
 * A batch of heads' invitations made at once for a region (or the whole country, `regionCode` null):
 * who asked, when, until when the links work, how many it made and how many unused links of earlier
 * batches it replaced (revoked). The links are the `invitations` rows carrying its id.
 */
export const invitationBatches = pgTable(
  "invitation_batches",
  {
    id: serial("id").primaryKey(),
    regionCode: text("region_code").references(() => regions.code),
    /** Telegram id of who asked; null when made by the operator CLI. */
    createdBy: bigint("created_by", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    invitations: integer("invitations").notNull(),
    replaced: integer("replaced").notNull(),
  },
  (t) => [index("invitation_batches_region").on(t.regionCode, t.id)],
);

/**
 * Personal invitations (single use, expiring) and kindergartens' parent links (multi-use, rotated
 * by revoking). `token` is the deep-link payload; `joinCode` is the short typed form of a parent link.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: serial("id").primaryKey(),
    token: text("token").notNull().unique(),
    joinCode: text("join_code").unique(),
    role: roleEnum("role").notNull(),
    organizationId: integer("organization_id").references(() => organizations.id),
    regionCode: text("region_code").references(() => regions.code),
    multiUse: boolean("multi_use").notNull().default(false),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedBy: bigint("used_by", { mode: "number" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** Telegram id of the inviter; null when created by the operator CLI. */
    createdBy: bigint("created_by", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** The batch that made this head's invitation (null for one made on its own). */
    batchId: integer("batch_id").references(() => invitationBatches.id),
  },
  (t) => [
    index("invitations_org_role").on(t.organizationId, t.role),
    index("invitations_batch").on(t.batchId),
    // The still usable links of batches, per organisation: what a new batch replaces.
    index("invitations_open_batch_link")
      .on(t.organizationId)
      .where(sql`${t.batchId} is not null and ${t.usedAt} is null and ${t.revokedAt} is null`),
  ],
);

/** Failed attempts to use an invitation or join code, for per-user rate limiting. */
export const joinAttempts = pgTable(
  "join_attempts",
  {
    id: serial("id").primaryKey(),
    telegramId: bigint("telegram_id", { mode: "number" }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("join_attempts_user_at").on(t.telegramId, t.at), index("join_attempts_at").on(t.at)],
);
