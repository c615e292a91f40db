import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { renderSkillsChart, shares, total, type SkillLevels } from "../charts/skills-chart.js";
import type { KindergartenReport } from "../../figures/period-reports.js";
import type { ProgrammeEffect } from "../../figures/programme-effect.js";
import { qualityFlagText, type QualityFlag } from "../../figures/data-quality.js";
import { programmeEffectLines } from "../../figures/programme-effect-lines.js";
import type { StatusCategory } from "../../figures/report-status.js";
import {
  activityTotals,
  choiceFrequency,
  countStatuses,
  quotes,
  regionCodesInOrder,
  regionName,
  skillsChartInput,
  skillTotals,
} from "../../figures/summaries.js";
import { decimalComma } from "../digests/format.js";
import { formatDay } from "../../shared/local-date.js";
import type { Language } from "../../registration/roles.js";
import { currentForm } from "../../reports/form/forms.js";
import type { MultiChoiceField } from "../../reports/form/types.js";
import { textsFor, type Translate } from "../../shared/locale-text.js";
import { formatDate } from "../../shared/time.js";

/**
 * The documents a department signs (the algorithm's words): the quarterly information on the pilot's
 * progress, the regional analytical report for January–November (due 30 November), and the
 * Institute's summary for the Ministry built from the regions it has accepted.
 */
export const documentKinds = ["quarterly", "final", "ministry"] as const;
export type DocumentKind = (typeof documentKinds)[number];

export interface AnalyticsInput {
  kind?: DocumentKind;
  /** Reports whose figures are unlikely beside the previous report (figures/data-quality.ts): listed, never changed. */
  quality?: { row: KindergartenReport; flags: QualityFlag[] }[];
  /** Ministry summary: the regions included (accepted by the Institute) and those left out, by name. */
  regionsIncluded?: { included: number; total: number; excludedNames: string[] };
  /** Region name, or the national label, in the document's language. */
  scopeLabel: string;
  /** True for the national draft: organisations are summarised per region. */
  national: boolean;
  period: { year: number; quarter: number; dueOn: string };
  generatedAt: Date;
  reports: KindergartenReport[];
  /** The same year's first quarter, for the comparison (null when absent or this is it). */
  baselineReports: KindergartenReport[] | null;
  /** The difference-in-differences estimate with its interval (null in the first quarter). */
  effect?: ProgrammeEffect | null;
  /**
   * The January–November report: every quarter of the period with its reports (draft-analytics
   * januaryToNovember). Discipline, activities, skill levels, quotes and help are given for all of them.
   */
  yearQuarters?: YearQuarter[];
}

export interface YearQuarter {
  quarter: number;
  dueOn: string;
  reports: KindergartenReport[];
}

/** "1–4" for quarters 1 to 4, "1, 3" when one is missing. */
function quarterRange(quarters: number[]): string {
  const contiguous = quarters.every((q, i) => i === 0 || q === quarters[i - 1]! + 1);
  return contiguous && quarters.length > 1 ? `${quarters[0]}–${quarters.at(-1)}` : quarters.join(", ");
}

/** At most this many quotes per section, the most substantial (longest) first chosen. */
export const MAX_QUOTES = 40;
const FONT = "Times New Roman";

const pct = (part: number, whole: number) => (whole === 0 ? "0" : formatDecimal(Math.round((part / whole) * 1000) / 10));
const formatDecimal = decimalComma;

function p(text: string, options: { bold?: boolean; italics?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.alignment ?? AlignmentType.BOTH,
    spacing: { after: 120 },
    indent: options.indent ? { left: 567 } : { firstLine: 567 },
    children: [new TextRun({ text, bold: options.bold, italics: options.italics })],
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, bold: true, font: FONT, size: 28, color: "000000" })] });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
/** The text width of an A4 page between the margins below (11,906 − 1,701 − 850 twips). */
const TEXT_WIDTH = 9355;

/**
 * A table with fixed column widths (shares of the text width, adding up to 1): Word otherwise
 * gives every column the same width, so "№" takes as much room as the names and long words such as
 * «Эксперименттік» break in the middle.
 */
function table(header: string[], rows: (string | number)[][], shares: number[]): Table {
  const widths = shares.map((share) => Math.round(share * TEXT_WIDTH));
  const cell = (value: string | number, i: number, bold = false) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders: { top: border, bottom: border, left: border, right: border },
      children: [new Paragraph({ alignment: typeof value === "number" ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: String(value), bold, size: 24 })] })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }), ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, i)) }))],
  });
}

function quoteBlock(t: Translate, language: Language, items: { text: string; row: KindergartenReport }[], national: boolean): Paragraph[] {
  if (items.length === 0) return [p(t("analytics-doc-none"))];
  const chosen = [...items].sort((a, b) => b.text.length - a.text.length).slice(0, MAX_QUOTES);
  const regionOrder = regionCodesInOrder(chosen.map((c) => c.row), language);
  chosen.sort((a, b) => regionOrder.indexOf(a.row.regionCode) - regionOrder.indexOf(b.row.regionCode) || a.row.registryNo - b.row.registryNo);
  const result = [p(t("analytics-doc-quotes-intro", { shown: chosen.length, total: items.length }))];
  for (const { text, row } of chosen) {
    result.push(p(`«${text}»`, { italics: true, indent: true }));
    result.push(p(`— ${row.name}${national ? `, ${regionName(row, language)}` : ""}`, { alignment: AlignmentType.RIGHT }));
  }
  return result;
}

/** The data-quality list of section 6: each flagged organisation with what looks unlikely. */
function qualityBlock(t: Translate, language: Language, items: { row: KindergartenReport; flags: QualityFlag[] }[], national: boolean): Paragraph[] {
  if (items.length === 0) return [];
  const result = [p(t("quality-doc-title", { count: items.length }))];
  for (const { row, flags } of items) {
    const where = `${row.registryNo}. ${row.name}${national ? `, ${regionName(row, language)}` : ""}`;
    result.push(p(`• ${where}: ${flags.map((f) => qualityFlagText(t, f)).join("; ")}`, { indent: true, alignment: AlignmentType.LEFT }));
  }
  return result;
}

function skillRows(t: Translate, arm: "experimental" | "control", quarter: number, levels: SkillLevels): (string | number)[] {
  const sum = total(levels);
  const s = shares(levels);
  const cell = (n: number, share: number) => `${n} (${formatDecimal(share)} %)`;
  return [t(`chart-skills-${arm}`), t("chart-skills-quarter", { quarter }), sum, cell(levels.high, s.high), cell(levels.middle, s.middle), cell(levels.low, s.low)];
}

/** A document of `documentKinds` for a region (or the country) and period, as a .docx. */
export async function buildAnalyticsDocument(input: AnalyticsInput, language: Language): Promise<Buffer> {
  const t = textsFor(language);
  const { reports, period } = input;
  const counts = countStatuses(reports);
  const body: (Paragraph | Table)[] = [];

  const kind = input.kind ?? "quarterly";
  const when = { year: String(period.year), quarter: period.quarter };
  // The January–November report describes its whole period: every quarter's reports, not the last one's.
  const year = kind === "final" && input.yearQuarters && input.yearQuarters.length > 0
    ? { quarters: input.yearQuarters, range: quarterRange(input.yearQuarters.map((q) => q.quarter)), reports: input.yearQuarters.flatMap((q) => q.reports) }
    : null;
  const periodReports = year?.reports ?? reports;
  // Sender (editable: the department's name is typed over the bracket) and addressee, as on a letter.
  body.push(
    p(kind === "ministry" ? t("analytics-doc-sender-institute") : t("analytics-doc-sender", { scope: input.scopeLabel }), { alignment: AlignmentType.LEFT, indent: true }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 240 },
      children: [new TextRun({ text: t(kind === "ministry" ? "analytics-doc-addressee-ministry" : "analytics-doc-addressee"), bold: true })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: t(`analytics-doc-title-${kind}`, when), bold: true, size: 28 })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: year ? t("analytics-doc-subtitle-final", { scope: input.scopeLabel, ...when, quarters: year.range }) : t("analytics-doc-subtitle", { scope: input.scopeLabel, ...when }), bold: true })],
    }),
    p(t(`analytics-doc-basis-${kind}`, { ...when, quarters: year?.range ?? "", included: input.regionsIncluded?.included ?? 0, total: input.regionsIncluded?.total ?? 0 })),
    p(t("analytics-doc-draft-note", { date: formatDate(input.generatedAt) }), { italics: true }),
  );

  // 1. Participating organisations.
  body.push(heading(t("analytics-doc-h-organizations")), p(t("analytics-doc-organizations-text", { count: reports.length })));
  const status = (c: StatusCategory) => t(`chart-status-${c}`);
  if (input.national) {
    const regions = regionCodesInOrder(reports, language);
    body.push(
      table(
        [t("export-col-region"), t("analytics-doc-col-organizations"), t("analytics-doc-col-submitted"), t("analytics-doc-col-overdue")],
        regions.map((code) => {
          const rows = reports.filter((r) => r.regionCode === code);
          const c = countStatuses(rows);
          return [regionName(rows[0]!, language), rows.length, c.onTime + c.late, c.overdue];
        }),
        [0.4, 0.2, 0.2, 0.2],
      ),
    );
    if (kind === "ministry") {
      if (input.regionsIncluded && input.regionsIncluded.excludedNames.length > 0) body.push(p(t("analytics-doc-regions-excluded", { names: input.regionsIncluded.excludedNames.join(", ") })));
      // A section per region: its own figures in one paragraph, from the same counts as the table.
      regions.forEach((code, i) => {
        const rows = reports.filter((r) => r.regionCode === code);
        const c = countStatuses(rows);
        const skills = skillTotals(rows);
        body.push(
          p(`1.${i + 1}. ${regionName(rows[0]!, language)}`, { bold: true, alignment: AlignmentType.LEFT }),
          p(
            t("analytics-doc-region-summary", {
              organizations: rows.length,
              onTime: c.onTime,
              late: c.late,
              returned: c.returned,
              notHanded: rows.length - c.onTime - c.late - c.returned,
              exp: skills ? formatDecimal(shares(skills.experimental).high) : "—",
              ctl: skills ? formatDecimal(shares(skills.control).high) : "—",
            }),
          ),
        );
      });
    }
  } else if (reports.length > 0) {
    body.push(
      table(
        ["№", t("export-col-registry-no"), t("export-col-organization"), t("export-col-status")],
        reports.map((r, i) => [i + 1, r.registryNo, r.name, status(r.category)]),
        [0.07, 0.15, 0.5, 0.28],
      ),
    );
  }

  // 2. Reporting discipline.
  const whole = reports.length;
  body.push(
    heading(t("analytics-doc-h-discipline")),
    p(t("analytics-doc-discipline-text", { year: String(period.year), quarter: period.quarter, due: formatDay(period.dueOn) })),
  );
  // Two tables whose shares each add up to 100 %: against the due day, then by the report's status.
  const notHanded = whole - counts.onTime - counts.late - counts.returned;
  const row = (label: string, n: number): (string | number)[] => [label, n, `${pct(n, whole)} %`];
  const totalRow = row(t("analytics-doc-total-row"), whole);
  body.push(
    p(t("analytics-doc-by-deadline-title"), { bold: true, alignment: AlignmentType.LEFT }),
    table(
      [t("analytics-doc-col-indicator"), t("analytics-doc-col-organizations"), t("analytics-doc-col-share")],
      [row(t("analytics-doc-on-time"), counts.onTime), row(t("analytics-doc-late"), counts.late), row(t("analytics-doc-returned-open"), counts.returned), row(t("analytics-doc-not-handed"), notHanded), totalRow],
      [0.5, 0.3, 0.2],
    ),
    p(t("analytics-doc-by-status-title"), { bold: true, alignment: AlignmentType.LEFT }),
    table(
      [t("analytics-doc-col-indicator"), t("analytics-doc-col-organizations"), t("analytics-doc-col-share")],
      [...(["accepted", "submitted", "returned", "in-progress", "not-started", "overdue"] as const).map((c) => row(status(c), counts[c])), totalRow],
      [0.5, 0.3, 0.2],
    ),
  );
  if (year) {
    body.push(
      p(t("analytics-doc-by-quarter-title"), { bold: true, alignment: AlignmentType.LEFT }),
      table(
        [t("analytics-doc-col-quarter"), t("analytics-doc-col-organizations"), t("analytics-doc-on-time"), t("analytics-doc-late"), t("analytics-doc-returned-open"), t("analytics-doc-not-handed")],
        year.quarters.map((q) => {
          const c = countStatuses(q.reports);
          return [t("chart-skills-quarter", { quarter: q.quarter }), q.reports.length, c.onTime, c.late, c.returned, q.reports.length - c.onTime - c.late - c.returned];
        }),
        [0.16, 0.16, 0.16, 0.16, 0.2, 0.16],
      ),
    );
  }
  const overdue = reports.filter((r) => r.category === "overdue");
  if (overdue.length > 0 && !input.national) {
    body.push(p(t("analytics-doc-overdue-list")));
    for (const r of overdue) body.push(p(`• ${r.registryNo}. ${r.name}`, { indent: true, alignment: AlignmentType.LEFT }));
  }

  // 3. Activities, meetings, parents.
  const totals = activityTotals(periodReports);
  const avg = (n: number) => (totals.reports === 0 ? "0" : formatDecimal(Math.round((n / totals.reports) * 10) / 10));
  body.push(
    heading(t("analytics-doc-h-activities")),
    p(year ? t("analytics-doc-activities-period", { count: totals.reports, year: String(period.year), quarters: year.range }) : t("analytics-doc-activities-based", { count: totals.reports })),
    table(
      [t("analytics-doc-col-indicator"), t("analytics-doc-col-total"), t("analytics-doc-col-average")],
      (["activities", "meetings", "parents", "zones"] as const).map((k) => [t(`export-field-${k}`), totals[k], avg(totals[k])]),
      [0.56, 0.22, 0.22],
    ),
  );
  if (year) {
    // The sums above, quarter by quarter: each column adds up to the period's total in the last row.
    const keys = ["activities", "meetings", "parents", "zones"] as const;
    const perQuarter = year.quarters.map((q) => ({ quarter: q.quarter, totals: activityTotals(q.reports) }));
    body.push(
      p(t("analytics-doc-activities-by-quarter"), { bold: true, alignment: AlignmentType.LEFT }),
      table(
        [t("analytics-doc-col-quarter"), t("analytics-doc-col-reports"), ...keys.map((k) => t(`analytics-doc-col-${k}`))],
        [
          ...perQuarter.map((q) => [t("chart-skills-quarter", { quarter: q.quarter }), q.totals.reports, ...keys.map((k) => q.totals[k])]),
          [t("analytics-doc-period-total-row"), totals.reports, ...keys.map((k) => totals[k])],
        ],
        [0.2, 0.16, 0.16, 0.16, 0.16, 0.16],
      ),
    );
  }
  const directionsField = currentForm.fields.find((f) => f.key === "directions") as MultiChoiceField;
  const directions = choiceFrequency(periodReports, "directions");
  if (directions.length > 0) {
    body.push(p(t(year ? "analytics-doc-directions-period" : "analytics-doc-directions")));
    for (const d of directions) {
      const option = directionsField.options.find((o) => o.value === d.value);
      body.push(p(`• ${option ? t(option.labelKey) : d.value} — ${d.count}`, { indent: true, alignment: AlignmentType.LEFT }));
    }
  }

  // 4. Experimental vs control.
  body.push(heading(t("analytics-doc-h-comparison")));
  const current = skillTotals(reports);
  const baseline = period.quarter !== 1 && input.baselineReports ? skillTotals(input.baselineReports) : null;
  if (!current) body.push(p(t("analytics-doc-comparison-none")));
  else {
    const s = { exp: shares(current.experimental), ctl: shares(current.control) };
    body.push(p(t("analytics-doc-comparison-text", { quarter: period.quarter, exp: formatDecimal(s.exp.high), ctl: formatDecimal(s.ctl.high) })));
    if (baseline) {
      const b = { exp: shares(baseline.experimental), ctl: shares(baseline.control) };
      body.push(p(t("analytics-doc-comparison-baseline", { exp: formatDecimal(b.exp.high), ctl: formatDecimal(b.ctl.high) })));
    }
    const rows: (string | number)[][] = [];
    // The January–November report: every quarter of the period in which the levels were observed.
    const observed = year
      ? year.quarters.flatMap((q) => {
          const levels = skillTotals(q.reports);
          return levels ? [{ quarter: q.quarter, levels }] : [];
        })
      : [...(baseline ? [{ quarter: 1, levels: baseline }] : []), { quarter: period.quarter, levels: current }];
    for (const arm of ["experimental", "control"] as const) for (const o of observed) rows.push(skillRows(t, arm, o.quarter, o.levels[arm]));
    body.push(
      table(
        [t("analytics-doc-col-groups"), t("analytics-doc-col-quarter"), t("export-col-children"), t("chart-skills-high"), t("chart-skills-middle"), t("chart-skills-low")],
        rows,
        [0.25, 0.14, 0.13, 0.16, 0.16, 0.16],
      ),
    );
    const chartInput = skillsChartInput(t("chart-skills-title", { scope: input.scopeLabel }), period.quarter, current, baseline);
    const png = await renderSkillsChart(chartInput!, language);
    body.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, children: [new ImageRun({ type: "png", data: png, transformation: { width: 600, height: 360 } })] }));
  }
  if (input.effect !== undefined && period.quarter !== 1) {
    const [title, ...lines] = programmeEffectLines(input.effect, t, period.quarter, "effect-doc");
    body.push(p(title!, { bold: true }), ...lines.map((line) => p(line)));
  }

  // 5–7. Best practice, difficulties, help requested: quoted from the reports.
  body.push(heading(t("analytics-doc-h-practice")), ...quoteBlock(t, language, quotes(periodReports, "best_practice"), input.national));
  body.push(
    heading(t("analytics-doc-h-difficulties")),
    p(t("analytics-doc-risks", { overdue: counts.overdue, returned: counts.returned })),
    ...qualityBlock(t, language, input.quality ?? [], input.national),
    ...quoteBlock(t, language, quotes(periodReports, "difficulties"), input.national),
  );
  body.push(heading(t("analytics-doc-h-help")));
  const helpField = currentForm.fields.find((f) => f.key === "help_topics") as MultiChoiceField;
  const topics = choiceFrequency(periodReports, "help_topics");
  if (topics.length > 0) {
    body.push(
      table(
        [t("analytics-doc-col-topic"), t("analytics-doc-col-organizations")],
        topics.map((d) => [t(helpField.options.find((o) => o.value === d.value)?.labelKey ?? d.value), d.count]),
        [0.75, 0.25],
      ),
    );
  }
  body.push(...quoteBlock(t, language, quotes(periodReports, "help_text"), input.national));

  // 8. Conclusions: the person writes them.
  body.push(heading(t("analytics-doc-h-conclusions")), p(t("analytics-doc-conclusions-placeholder"), { italics: true }));

  // The head's signature block and the executor's line, as on every letter a department sends.
  body.push(
    new Paragraph({ spacing: { before: 480, after: 240 }, children: [new TextRun({ text: t("analytics-doc-signature"), bold: true })] }),
    new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: t("analytics-doc-executor"), size: 20 })] }),
  );

  const document = new Document({
    // No author: Word shows it as the author of a document the department sends (review D5).
    creator: "",
    title: t(`analytics-doc-title-${kind}`, when),
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 /* TEXT_WIDTH follows from these */ } } }, children: body }],
  });
  return Packer.toBuffer(document);
}
