import { formatDay } from "../../shared/local-date.js";
import type { ReportingPeriod } from "../../reports/periods.js";
import type { Digest, DigestUnit } from "./build-digest.js";
import { alignedCounts } from "./format.js";
import { shorten } from "../../shared/message-limits.js";
import type { ReportTotals } from "./sections/reports.js";
import { attentionFlags, type AnySection, type AttentionFlag, type DigestText } from "./section.js";
import { digestSections } from "./registry.js";
import { sortRegionsByName } from "../../shared/region-order.js";

/** Kindergartens per page of a region's list: 20 short lines and 20 buttons keep far inside the limits. */
export const KINDERGARTENS_PER_PAGE = 20;
/** Characters of a kindergarten's name in a list line (cards show the name in full). */
export const LIST_NAME_CHARS = 40;

export const flagIcons: Record<AttentionFlag, string> = { overdue: "⏰", "no-head": "👤", "heads-unreachable": "📵", returned: "↩️" };
const stateIcons = { accepted: "✅", submitted: "📨", returned: "↩️", "in-progress": "✏️", "not-started": "▫️" } as const;

export function unitName(unit: Pick<DigestUnit, "name">, text: DigestText): string {
  return unit.name[text.language];
}

export function periodTitle(period: ReportingPeriod, text: DigestText): string {
  return text.t("status-period", { quarter: period.quarter, year: String(period.year), due: formatDay(period.dueOn) });
}

/** Every section's lines for the whole scope, a blank line between sections. */
export function summaryLines(digest: Digest, text: DigestText, sections: AnySection[] = digestSections): string[] {
  const lines: string[] = [];
  for (const section of sections) {
    const own = section.render(digest.total.totals[section.key], text, digest.scope.kind);
    if (own.length === 0) continue;
    if (lines.length > 0) lines.push("");
    lines.push(...own);
  }
  return lines;
}

/** "⚠️ Needs attention: ⏰ 3 overdue · 👤 1 without a head…", or nothing when all is well. */
export function attentionLines(unit: DigestUnit, text: DigestText): string[] {
  const parts = attentionFlags.filter((f) => unit.attention[f] > 0).map((f) => text.t(`status-attention-${f}`, { count: unit.attention[f] }));
  return parts.length === 0 ? [text.t("status-attention-none")] : [text.t("status-attention-title"), ...parts];
}

/** Attention first (most flags first), then by name or registry number; stable for paging. */
export function sortForAttention(units: DigestUnit[]): DigestUnit[] {
  return [...units].sort((a, b) => Number(b.flagged > 0) - Number(a.flagged > 0) || (a.registryNo ?? 0) - (b.registryNo ?? 0) || a.key.localeCompare(b.key));
}

/** Region lines: handed in/all, overdue, needing attention, name — numbers aligned in columns. */
export function regionLines(units: DigestUnit[], text: DigestText): string[] {
  const handed = units.map((u) => {
    const r = u.totals.reports as ReportTotals;
    return r.submitted + r.accepted;
  });
  const handedCol = alignedCounts(handed);
  const allCol = alignedCounts(units.map((u) => u.kindergartens));
  const overdueCol = alignedCounts(units.map((u) => (u.totals.reports as ReportTotals).overdue));
  const flaggedCol = alignedCounts(units.map((u) => u.flagged));
  return units.map((u, i) =>
    text.t("status-region-line", { handed: handedCol[i]!, all: allCol[i]!, overdue: overdueCol[i]!, flagged: flaggedCol[i]!, name: unitName(u, text) }),
  );
}

/**
 * A kindergarten's flags as icons (👤 no head, 📵 head unreachable, ↩️ returned, ⏰ overdue), except
 * those the list already says: the one rendering of flags for /status and the weekly digest.
 */
export function flagMarks(unit: Pick<DigestUnit, "flags">, except: AttentionFlag[] = []): string {
  return unit.flags.filter((f) => !except.includes(f)).map((f) => flagIcons[f]).join("");
}

/** Regions in the reader's alphabetical order: the one order of /status, the digest and the files. */
export function regionsInOrder(units: DigestUnit[], text: DigestText): DigestUnit[] {
  return sortRegionsByName(units, text.language, (u) => u.name);
}

/** Kindergarten lines: the report's state, flags, registry number and (shortened) name. */
export function kindergartenLines(units: DigestUnit[], text: DigestText): string[] {
  const numbers = units.map((u) => String(u.registryNo ?? ""));
  const width = Math.max(0, ...numbers.map((n) => n.length));
  return units.map((u, i) => {
    const reports = u.totals.reports as ReportTotals;
    const state = (["accepted", "submitted", "returned", "in-progress", "not-started"] as const).find((s) => reports[s] > 0) ?? "not-started";
    // The state icon already says "returned".
    const flags = flagMarks(u, ["returned"]);
    return `${stateIcons[state]}${flags ? ` ${flags}` : ""} ${numbers[i]!.padStart(width, "\u2007")}. ${shorten(unitName(u, text), LIST_NAME_CHARS)}`;
  });
}

export function legendLines(kind: "regions" | "kindergartens", text: DigestText): string[] {
  return [text.t(kind === "regions" ? "status-legend-regions" : "status-legend-kindergartens")];
}

export function pageCount(total: number, perPage = KINDERGARTENS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** Overdue kindergartens of a digest, for the weekly list (most overdue first is the same day for all). */
export function overdueUnits(digest: Digest): DigestUnit[] {
  return digest.units.filter((u) => u.attention.overdue > 0);
}
