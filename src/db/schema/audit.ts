import { bigint, bigserial, index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Who invited, joined, changed role or left, and when. Never deleted with the user. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** Telegram id of who did it; null for the operator CLI or the system. */
    actorId: bigint("actor_id", { mode: "number" }),
    action: text("action").notNull(),
    subjectId: bigint("subject_id", { mode: "number" }),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_at").on(t.at)],
);
