/** Escapes text for innerHTML: every name and answer comes from users and the registry. */
export function esc(value: unknown): string {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export function $(id: string): HTMLElement {
  return document.getElementById(id)!;
}

/** Thin spaces between thousands, as both languages write numbers. */
export function num(n: number): string {
  return Math.round(n).toLocaleString("ru-RU").replace(/\u00a0/g, "\u202f");
}

export function percent(part: number, whole: number): number {
  return whole > 0 ? (100 * part) / whole : 0;
}
