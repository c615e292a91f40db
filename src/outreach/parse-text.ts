/**
 * Reading what an organiser types for people to read (a seminar's title, an announcement's text):
 * a typed answer is either a value or a locale key saying what is wrong with it.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; params?: Record<string, string | number> };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const no = (reason: string, params?: Record<string, string | number>): Parsed<never> => ({ ok: false, reason, params });

/** A text answer of at most `max` characters (trimmed, not empty). */
export function parseText(input: string, max: number): Parsed<string> {
  const text = input.trim();
  if (!text) return no("seminar-error-empty");
  if (text.length > max) return no("seminar-error-too-long", { max, length: text.length });
  return ok(text);
}

/** The second language's text must not be the first one copied: each reader gets their own. */
export function parseSecondLanguage(input: string, first: string | null, max: number): Parsed<string> {
  const parsed = parseText(input, max);
  if (parsed.ok && first !== null && parsed.value.toLowerCase() === first.trim().toLowerCase()) return no("seminar-error-same-language");
  return parsed;
}
