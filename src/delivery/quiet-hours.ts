import { z } from "zod";
import { TIME_ZONE } from "../shared/time.js";

/** Minutes after local midnight; `start > end` wraps midnight (21:00–08:00). */
export interface QuietHours {
  startMinute: number;
  endMinute: number;
}

/** The quiet hours when QUIET_HOURS is not set (src/config.ts). */
export const DEFAULT_QUIET_HOURS_TEXT = "21:00-08:00";

const hhmm = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "21:00-08:00" → quiet hours; "off" → none. */
export const quietHoursSchema = z
  .string()
  .trim()
  .transform((raw, ctx): QuietHours | null => {
    if (raw.toLowerCase() === "off") return null;
    const [from, to, ...rest] = raw.split("-").map((s) => s.trim());
    const a = from ? hhmm.exec(from) : null;
    const b = to ? hhmm.exec(to) : null;
    if (!a || !b || rest.length > 0 || from === to) {
      ctx.addIssue({ code: "custom", message: `"${raw}" is not a quiet-hours range like 21:00-08:00 (or "off")` });
      return z.NEVER;
    }
    return { startMinute: Number(a[1]) * 60 + Number(a[2]), endMinute: Number(b[1]) * 60 + Number(b[2]) };
  });

const localTime = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** Minute of the day in Asia/Almaty. */
export function localMinuteOfDay(date: Date): number {
  const parts = localTime.formatToParts(date);
  const hour = Number(parts.find((p) => p.type === "hour")!.value);
  const minute = Number(parts.find((p) => p.type === "minute")!.value);
  return hour * 60 + minute;
}

export function isQuietTime(date: Date, quiet: QuietHours | null): boolean {
  return isQuietMinute(localMinuteOfDay(date), quiet);
}

/** Whether minute `m` of the day (0 … 1439, Asia/Almaty) is in the quiet hours. */
export function isQuietMinute(m: number, quiet: QuietHours | null): boolean {
  if (!quiet) return false;
  return quiet.startMinute < quiet.endMinute
    ? m >= quiet.startMinute && m < quiet.endMinute
    : m >= quiet.startMinute || m < quiet.endMinute;
}

/** The whole hours of the day (0 … 23) with no quiet minute: when scheduled bulk messages may go. */
export function openHours(quiet: QuietHours | null): number[] {
  return Array.from({ length: 24 }, (_, h) => h).filter((h) => Array.from({ length: 60 }, (_, m) => h * 60 + m).every((m) => !isQuietMinute(m, quiet)));
}

/** The default quiet hours, parsed (for callers given none: tests, benchmarks). */
export const DEFAULT_QUIET_HOURS: QuietHours = quietHoursSchema.parse(DEFAULT_QUIET_HOURS_TEXT) as QuietHours;
