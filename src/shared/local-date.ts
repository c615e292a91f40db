import { DAY_MS } from "./clock.js";
import { TIME_ZONE } from "./time.js";

/** Kazakhstan is on UTC+5 all year (one zone since 1 March 2024, no daylight saving). */
const ALMATY_OFFSET = "+05:00";

const isoDay = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day in Asia/Almaty, 'YYYY-MM-DD'. */
export function almatyDay(instant: Date): string {
  return isoDay.format(instant);
}

/** The instant of a wall-clock time on a calendar day in Asia/Almaty. */
export function atAlmaty(day: string, hour: number, minute = 0): Date {
  return new Date(`${day}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00${ALMATY_OFFSET}`);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Monday of the week (Asia/Almaty) that contains `at` — an instant, or a calendar day
 * 'YYYY-MM-DD' — as 'YYYY-MM-DD': the week the digests and the weekly activities belong to.
 */
export function weekStartOf(at: Date | string): string {
  const day = typeof at === "string" ? at : almatyDay(at);
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay() || 7; // 1 = Monday … 7 = Sunday
  return addDays(day, 1 - weekday);
}

/** Whole days from `from` to `to` (calendar days). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** '2026-11-20' → '20.11.2026', the format both languages use in official documents. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}.${m}.${y}`;
}
