import { esc, num } from "./dom.js";

/** Hand-made SVG: a handful of bars reads better on a phone than a chart library costs to load. */

export interface Segment {
  label: string;
  value: number;
  colour: string;
}

/** One stacked bar of the whole (report statuses), with a legend that carries the counts. */
export function stackedBar(segments: Segment[]): string {
  const total = segments.reduce((s, x) => s + x.value, 0) || 1;
  let x = 0;
  const rects = segments
    .filter((s) => s.value > 0)
    .map((s) => {
      const w = (300 * s.value) / total;
      const r = `<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="22" fill="${s.colour}"><title>${esc(s.label)}: ${s.value}</title></rect>`;
      x += w;
      return r;
    })
    .join("");
  const legend = segments.map((s) => `<span style="--c:${s.colour}">${esc(s.label)}: <b>${num(s.value)}</b></span>`).join("");
  return `<svg viewBox="0 0 300 22" preserveAspectRatio="none" role="img" style="height:22px;border-radius:6px">${rects}</svg><div class="legend">${legend}</div>`;
}

export interface BarGroup {
  label: string;
  bars: { label: string; value: number; colour: string; text?: string }[];
}

/** Horizontal bars in groups (arms, seminars): each bar's label above it (labels run long in both languages), its value at its end. */
export function groupedBars(groups: BarGroup[], max?: number): string {
  const top = max ?? Math.max(1, ...groups.flatMap((g) => g.bars.map((b) => b.value)));
  let y = 0;
  const parts: string[] = [];
  for (const g of groups) {
    if (g.label) {
      parts.push(`<text x="0" y="${y + 12}" font-weight="600">${esc(g.label)}</text>`);
      y += 18;
    }
    for (const b of g.bars) {
      const w = Math.max(1, (270 * b.value) / top);
      parts.push(`<text x="0" y="${y + 11}" class="muted">${esc(b.label)}</text>`);
      parts.push(`<rect x="0" y="${y + 15}" width="${w.toFixed(1)}" height="11" rx="3" fill="${b.colour}"></rect>`);
      parts.push(`<text x="${(4 + w).toFixed(1)}" y="${y + 25}">${esc(b.text ?? num(b.value))}</text>`);
      y += 32;
    }
    y += 6;
  }
  return `<svg viewBox="0 0 340 ${y}" role="img">${parts.join("")}</svg>`;
}

/** The difference and its interval on a number line around zero (percentage points). */
export function intervalLine(effect: number, low: number, high: number, label: string): string {
  const span = Math.max(5, Math.abs(low), Math.abs(high), Math.abs(effect)) * 1.15;
  const at = (v: number) => 170 + (150 * v) / span;
  const pp = (v: number) => `${v > 0 ? "+" : ""}${v.toFixed(1).replace(".", ",")}`;
  return `<svg viewBox="0 0 340 54" role="img" aria-label="${esc(label)}">
<line x1="20" y1="24" x2="320" y2="24" stroke="currentColor" opacity=".3"/>
<line x1="170" y1="12" x2="170" y2="36" stroke="currentColor" opacity=".5"/>
<text x="170" y="50" text-anchor="middle">0</text>
<line x1="${at(low).toFixed(1)}" y1="24" x2="${at(high).toFixed(1)}" y2="24" stroke="var(--wait)" stroke-width="6" stroke-linecap="round"/>
<circle cx="${at(effect).toFixed(1)}" cy="24" r="6" fill="var(--ok)"/>
<text x="${at(low).toFixed(1)}" y="10" text-anchor="middle">${pp(low)}</text>
<text x="${at(high).toFixed(1)}" y="10" text-anchor="middle">${pp(high)}</text>
<text x="${at(effect).toFixed(1)}" y="50" text-anchor="middle" font-weight="600">${pp(effect)}</text>
</svg>`;
}
