import { z } from "zod";
import { TIME_ZONE } from "../shared/time.js";

/** Minutes after local midnight; `start > end` wraps midnight (21:00–08:00). */
export interface QuietHours {
  startMinute: number;
  endMinute: number;
}

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
  if (!quiet) return false;
  const m = localMinuteOfDay(date);
  return quiet.startMinute < quiet.endMinute
    ? m >= quiet.startMinute && m < quiet.endMinute
    : m >= quiet.startMinute || m < quiet.endMinute;
}
