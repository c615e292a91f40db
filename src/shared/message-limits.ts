/**
 * Telegram's limits on what one message may carry, and the one way the bot keeps a list within
 * them at any size: long texts are split into several messages at line boundaries, long lists of
 * buttons are shown a page at a time, long labels are shortened. No grammY here.
 */
export const MESSAGE_TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;
/** Telegram refuses a keyboard of more than 100 buttons; pages stay well below. */
export const BUTTONS_LIMIT = 100;
/** Telegram shows about this much of a button's label on a phone; longer ones are shortened with "…". */
export const BUTTON_LABEL_MAX = 48;

/** Cuts `text` to at most `max` characters (UTF-16 units, as Telegram counts), ending with "…", never inside a surrogate pair. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Where to cut a line that is longer than `limit` on its own: the last space before it, else the limit. */
function cutPoint(line: string, limit: number): number {
  const space = line.lastIndexOf(" ", limit);
  let end = space > limit / 2 ? space : limit;
  if (isHighSurrogate(line.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Splits a text into pieces of at most `limit` characters, at line boundaries where it can (a line
 * longer than the limit is cut at a space). Joined with "\n" the pieces give the text back, apart
 * from the line breaks and spaces at the cuts. An empty text gives no pieces.
 */
export function splitText(text: string, limit = MESSAGE_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let current = "";
  const flush = () => {
    if (current.trim().length > 0) pieces.push(current.replace(/\n+$/, ""));
    current = "";
  };
  for (let line of text.split("\n")) {
    while (line.length > limit) {
      flush();
      const end = cutPoint(line, limit);
      pieces.push(line.slice(0, end));
      line = line.slice(end).replace(/^ /, "");
    }
    const candidate = current.length === 0 ? line : `${current}\n${line}`;
    if (candidate.length > limit) {
      flush();
      current = line;
    } else {
      current = candidate;
    }
  }
  flush();
  return pieces;
}

export interface Page<T> {
  items: T[];
  /** Zero-based, clamped to the pages that exist. */
  page: number;
  pages: number;
  /** Index in the whole list of the page's first item. */
  offset: number;
}

/** One page of a list (a stale page number beyond the end shows the last page). */
export function pageOf<T>(items: readonly T[], page: number, perPage: number): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const clamped = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const offset = clamped * perPage;
  return { items: items.slice(offset, offset + perPage), page: clamped, pages, offset };
}
