import { and, eq, ne, or, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { preparedPerDatabase } from "../db/prepared.js";
import { users } from "../db/schema/index.js";
import { writeAudit } from "./audit.js";
import { languageFromTelegram, type Language } from "./roles.js";

export type User = typeof users.$inferSelect;

/** How stale `last_seen_at` may get before a message refreshes it (saves a write per update). */
export const LAST_SEEN_RESOLUTION_MS = 10 * 60 * 1000;

/**
 * Records that a user wrote to the bot: creates the row on first contact (language guessed from
 * Telegram's `language_code`), makes an unreachable user reachable again, and refreshes
 * `last_seen_at` at most every ten minutes. Most updates cost one read and no write (no commit).
 */
export async function touchUser(
  db: Db,
  telegramId: number,
  languageCode: string | undefined,
  now = new Date(),
  /** The row if the caller already read it (null: no row); saves the read. */
  known?: User | null,
): Promise<User> {
  const existing = known === undefined ? await getUser(db, telegramId) : known;
  if (existing && existing.unreachableAt === null && now.getTime() - existing.lastSeenAt.getTime() < LAST_SEEN_RESOLUTION_MS) {
    return existing;
  }
  const [row] = await preparedTouch(db).execute({
    telegramId,
    language: languageFromTelegram(languageCode),
    now: now.toISOString(),
  });
  return row!;
}

const preparedTouch = preparedPerDatabase((db) => {
  const now = sql`${sql.placeholder("now")}::timestamptz`;
  return db
    .insert(users)
    .values({ telegramId: sql`${sql.placeholder("telegramId")}::bigint`, language: sql`${sql.placeholder("language")}::language`, lastSeenAt: now })
    .onConflictDoUpdate({ target: users.telegramId, set: { lastSeenAt: now, unreachableAt: null } })
    .returning()
    .prepare("touch_user");
});

export async function getUser(db: Db, telegramId: number): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.telegramId, telegramId));
  return row;
}

/**
 * Sets the user's language (and that they chose it). The audit records a change only when there
 * is one — another language, or the first choice — not a repeated tap on the same button.
 */
export async function chooseLanguage(db: Db, telegramId: number, language: Language): Promise<User | undefined> {
  const [changed] = await db
    .update(users)
    .set({ language, languageConfirmed: true })
    .where(and(eq(users.telegramId, telegramId), or(ne(users.language, language), eq(users.languageConfirmed, false))))
    .returning();
  if (!changed) return getUser(db, telegramId);
  await writeAudit(db, { actorId: telegramId, action: "language.changed", subjectId: telegramId, details: { language } });
  return changed;
}

export async function setPendingStart(db: Db, telegramId: number, pending: string | null): Promise<void> {
  await db.update(users).set({ pendingStart: pending }).where(eq(users.telegramId, telegramId));
}

/** Returns the stashed /start payload or join code and clears it. */
export async function takePendingStart(db: Db, telegramId: number): Promise<string | null> {
  const [before] = await db.select({ pending: users.pendingStart }).from(users).where(eq(users.telegramId, telegramId));
  if (before?.pending) await setPendingStart(db, telegramId, null);
  return before?.pending ?? null;
}
