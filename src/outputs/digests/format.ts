/** Figure space: as wide as a digit in proportional fonts, so padded numbers line up on a phone. */
export const FIGURE_SPACE = "\u2007";

/**
 * 10 000: thousands apart (as both languages write numbers), the gap a figure space — non-breaking
 * and as wide as a digit, so columns of numbers stay aligned.
 */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, FIGURE_SPACE);
  return n < 0 ? `−${grouped}` : grouped;
}

/** Numbers formatted and padded to one width, for a column. */
export function alignedCounts(numbers: number[]): string[] {
  const texts = numbers.map(formatCount);
  const width = Math.max(0, ...texts.map((x) => x.length));
  return texts.map((x) => padNumber(x, width));
}

/** Pads a number's text on the left with figure spaces to `width` characters. */
export function padNumber(text: string, width: number): string {
  return FIGURE_SPACE.repeat(Math.max(0, width - text.length)) + text;
}

/** A whole percentage of part in whole, or null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

/**
 * A decimal as both languages write it, with a decimal comma ("33,3"): the one number format of
 * the bot's texts, the charts and the .docx (a chart saying "33.3 %" beside a text saying
 * "33,3 %" reads as two figures).
 */
export function decimalComma(n: number): string {
  return String(n).replace(".", ",");
}

/** "+12", "−3", "0": a signed change in percentage points. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "0";
}

