import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client.js";
import { tipSettings } from "../db/schema/index.js";
import { DEFAULT_QUIET_HOURS, openHours, type QuietHours } from "../delivery/quiet-hours.js";

/** Hours a parent may choose: the whole hours outside the configured quiet hours (Asia/Almaty). */
export const tipHours = (quiet: QuietHours | null = DEFAULT_QUIET_HOURS): number[] => openHours(quiet);

/** A parent's hour as both languages write it: 9 → "09:00". */
export const tipHourLabel = (hour: number): string => `${String(hour).padStart(2, "0")}:00`;
export const DEFAULT_TIP_SETTINGS = { weekday: 6, hour: 10, paused: false } as const;

export const tipScheduleSchema = (quiet: QuietHours | null = DEFAULT_QUIET_HOURS) =>
  z.object({
    weekday: z.number().int().min(1).max(7),
    hour: z.number().int().refine((h) => tipHours(quiet).includes(h), "an hour outside the quiet hours"),
  });

export interface TipSettings {
  weekday: number;
  hour: number;
  paused: boolean;
}

export async function getTipSettings(db: Db, userId: number): Promise<TipSettings> {
  const [row] = await db.select().from(tipSettings).where(eq(tipSettings.userId, userId));
  return row ? { weekday: row.weekday, hour: row.hour, paused: row.paused } : { ...DEFAULT_TIP_SETTINGS };
}

export async function updateTipSettings(
  db: Db,
  userId: number,
  change: Partial<TipSettings>,
  now: Date,
  quiet: QuietHours | null = DEFAULT_QUIET_HOURS,
): Promise<TipSettings> {
  if (change.weekday !== undefined || change.hour !== undefined) {
    const current = await getTipSettings(db, userId);
    tipScheduleSchema(quiet).parse({ weekday: change.weekday ?? current.weekday, hour: change.hour ?? current.hour });
  }
  const [row] = await db
    .insert(tipSettings)
    .values({ userId, ...DEFAULT_TIP_SETTINGS, ...change, updatedAt: now })
    .onConflictDoUpdate({
      target: tipSettings.userId,
      set: {
        ...(change.weekday !== undefined ? { weekday: change.weekday } : {}),
        ...(change.hour !== undefined ? { hour: change.hour } : {}),
        ...(change.paused !== undefined ? { paused: change.paused } : {}),
        updatedAt: sql`excluded.updated_at`,
      },
    })
    .returning();
  return { weekday: row!.weekday, hour: row!.hour, paused: row!.paused };
}
