import { z } from "zod";
import { addDays, almatyDay, atAlmaty } from "../shared/local-date.js";
import { no, ok, parseText, type Parsed } from "../outreach/parse-text.js";

/** How far ahead an event may be announced. */
export const MAX_DAYS_AHEAD = 366;
export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 1500;
export const ADDRESS_MAX = 300;
export const URL_MAX = 500;
export const DURATION_MIN = 15;
export const DURATION_MAX = 480;
export const CAPACITY_MAX = 100_000;

/** 'DD.MM.YYYY' in Almaty; not before today, not more than MAX_DAYS_AHEAD ahead. */
export function parseDay(input: string, now: Date): Parsed<string> {
  const m = /^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$/.exec(input);
  if (!m) return no("seminar-error-day-format");
  const day = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return no("seminar-error-day-format");
  const today = almatyDay(now);
  if (day < today) return no("seminar-error-day-past");
  if (day > addDays(today, MAX_DAYS_AHEAD)) return no("seminar-error-day-too-far", { days: MAX_DAYS_AHEAD });
  return ok(day);
}

/** 'HH:MM' on `day` (Almaty) → the instant; it must still be ahead of now. */
export function parseTime(input: string, day: string, now: Date): Parsed<Date> {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(input);
  if (!m) return no("seminar-error-time-format");
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return no("seminar-error-time-format");
  const instant = atAlmaty(day, hour, minute);
  if (instant.getTime() <= now.getTime()) return no("seminar-error-time-past");
  return ok(instant);
}

/** 'DD.MM.YYYY HH:MM' in one message (a change of time). */
export function parseDayAndTime(input: string, now: Date): Parsed<Date> {
  const m = /^\s*(\S+)\s+(\S+)\s*$/.exec(input);
  if (!m) return no("seminar-error-datetime-format");
  // The hint for a date or time it cannot read shows the whole expected answer, not half of it.
  const unreadable = (p: Parsed<unknown>) => !p.ok && (p.reason === "seminar-error-day-format" || p.reason === "seminar-error-time-format");
  const day = parseDay(m[1]!, now);
  if (!day.ok) return unreadable(day) ? no("seminar-error-datetime-format") : day;
  const time = parseTime(m[2]!, day.value, now);
  return unreadable(time) ? no("seminar-error-datetime-format") : time;
}

export function parseWholeNumber(input: string, min: number, max: number): Parsed<number> {
  const text = input.trim();
  if (!/^\d{1,6}$/.test(text)) return no("seminar-error-number", { min, max });
  const n = Number(text);
  if (n < min || n > max) return no("seminar-error-number", { min, max });
  return ok(n);
}

const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

/** Any whitespace (a line break too) or an invisible/control character (incl. bidi marks). */
const SPACE_OR_CONTROL = /[\s\p{C}]/u;

/**
 * An online link: one https URL with a real host name, nothing else in the message. Whitespace or
 * control characters inside are refused rather than cut away (a URL parser drops a line break and
 * whatever follows would ride along in the stored text); credentials (`https://zoom.us@other.host`)
 * hide the real host. The value kept is the parsed, normalised URL — what the preview shows, what
 * recipients get and what goes into the calendar file are one and the same string.
 */
export function parseOnlineUrl(input: string): Parsed<string> {
  const text = input.trim();
  if (text.length > URL_MAX) return no("seminar-error-too-long", { max: URL_MAX, length: text.length });
  if (SPACE_OR_CONTROL.test(text)) return no("seminar-error-url-spaces");
  if (!httpsUrl.safeParse(text).success) return no("seminar-error-url");
  const url = new URL(text);
  if (url.username || url.password) return no("seminar-error-url");
  const normalised = url.href;
  if (normalised.length > URL_MAX) return no("seminar-error-too-long", { max: URL_MAX, length: normalised.length });
  return ok(normalised);
}

/** A scheme (`https://`, `tg://`), `www.` or a host name followed by a path: a link, not a street address. */
const LINK_IN_TEXT = /[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\//i;

/** A street address: text without links (an online meeting's link goes in its own step, checked). */
export function parseAddress(input: string): Parsed<string> {
  const parsed = parseText(input, ADDRESS_MAX);
  if (parsed.ok && LINK_IN_TEXT.test(parsed.value)) return no("seminar-error-address-link");
  return parsed;
}
