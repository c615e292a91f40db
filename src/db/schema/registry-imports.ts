import { bigint, index, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

/**
 * A registry file checked in the chat (the dry run) and waiting for its sender's confirmation.
 * The confirmation downloads the file again by `fileId` and applies it only when the file's hash
 * and the plan's hash are still those shown; `status` moves once from pending (compare-and-set).
 */
export const registryImports = pgTable(
  "registry_imports",
  {
    id: serial("id").primaryKey(),
    actorId: bigint("actor_id", { mode: "number" }).notNull(),
    fileId: text("file_id").notNull(),
    fileName: text("file_name"),
    fileHash: text("file_hash").notNull(),
    planHash: text("plan_hash").notNull(),
    /** pending → applied | cancelled | superseded (a newer file from the same person). */
    status: text("status").$type<"pending" | "applied" | "cancelled" | "superseded">().notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [index("registry_imports_actor").on(t.actorId, t.status)],
);
