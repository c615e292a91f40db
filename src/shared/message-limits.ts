/**
 * Telegram's limits on what one message may carry, and the one way the bot keeps a list within
 * them at any size: long texts are split into several messages at line boundaries, long lists of
 * buttons are shown a page at a time, long labels are shortened. No grammY here.
 */
export const MESSAGE_TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;
/** The largest file a bot may send (sendDocument through the public Bot API): 50 MB. */
export const BOT_UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;
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
  const lines = text.split("\n").flatMap((line) => cutLongLine(line, limit));
  return splitParallel([lines], limit).map(([piece]) => piece!);
}

function cutLongLine(line: string, limit: number): string[] {
  const lines: string[] = [];
  while (line.length > limit) {
    const end = cutPoint(line, limit);
    lines.push(line.slice(0, end));
    line = line.slice(end).replace(/^ /, "");
  }
  lines.push(line);
  return lines;
}

/**
 * The one splitter: texts that say the same line by line (one per language, say) are split at the
 * same lines into pieces of at most `limit` characters each, so piece i of every text says the
 * same. A line longer than the limit on its own is shortened with "…". Blank lines at the edges of
 * a piece are dropped, and so are pieces blank in every text.
 */
export function splitParallel(texts: string[][], limit = MESSAGE_TEXT_LIMIT): string[][] {
  const count = Math.max(0, ...texts.map((lines) => lines.length));
  const pieces: string[][] = [];
  let rows: string[][] = [];
  let sizes: number[] = [];
  const flush = () => {
    const piece = texts.map((_, t) => rows.map((row) => row[t]!).join("\n").replace(/^\n+|\n+$/g, ""));
    if (piece.some((text) => text.trim().length > 0)) pieces.push(piece);
    rows = [];
  };
  for (let i = 0; i < count; i++) {
    const row = texts.map((lines) => shorten(lines[i] ?? "", limit));
    if (rows.length > 0 && row.some((line, t) => sizes[t]! + 1 + line.length > limit)) flush();
    if (rows.length === 0) {
      if (row.every((line) => line === "")) continue;
      sizes = row.map((line) => line.length);
    } else {
      sizes = sizes.map((n, t) => n + 1 + row[t]!.length);
    }
    rows.push(row);
  }
  if (rows.length > 0) flush();
  return pieces;
}

/**
 * Joins blocks of lines into one message; if it would pass the limit, the end (the list) is cut
 * with "…". Lists are paginated so this is a guard, not the plan.
 */
export function fitMessage(blocks: string[][], limit = MESSAGE_TEXT_LIMIT): string {
  const joined = blocks.filter((b) => b.length > 0).map((b) => b.join("\n")).join("\n\n");
  if (joined.length <= limit) return joined;
  return `${joined.slice(0, limit - 1)}…`;
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
