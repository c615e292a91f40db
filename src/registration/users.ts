import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { users } from "../db/schema/index.js";
import { writeAudit } from "./audit.js";
import { languageFromTelegram, type Language } from "./roles.js";

export type User = typeof users.$inferSelect;

/**
 * Records that a user wrote to the bot (creating the row on first contact with the language guessed
 * from Telegram's `language_code`) and makes them reachable again. One statement.
 */
export async function touchUser(db: Db, telegramId: number, languageCode: string | undefined): Promise<User> {
  const [row] = await db
    .insert(users)
    .values({ telegramId, language: languageFromTelegram(languageCode) })
    .onConflictDoUpdate({ target: users.telegramId, set: { lastSeenAt: sql`now()`, unreachableAt: null } })
    .returning();
  return row!;
}

export async function getUser(db: Db, telegramId: number): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.telegramId, telegramId));
  return row;
}

export async function chooseLanguage(db: Db, telegramId: number, language: Language): Promise<User | undefined> {
  const [row] = await db
    .update(users)
    .set({ language, languageConfirmed: true })
    .where(eq(users.telegramId, telegramId))
    .returning();
  if (row) await writeAudit(db, { actorId: telegramId, action: "language.changed", subjectId: telegramId, details: { language } });
  return row;
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
