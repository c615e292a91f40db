import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import type { FieldDef, FormDefinition } from "../../reports/form/types.js";
import type { KindergartenReport } from "../../figures/period-reports.js";
import { inRegionOrder, regionName } from "../../figures/summaries.js";
import type { ReviewEntry } from "../../figures/review-history.js";
import { isHandedIn, statusCategories } from "../../figures/report-status.js";
import type { ScopeGroup } from "../../figures/scope-groups.js";
import { keepFormulaLikeTextAsText } from "../../shared/xlsx-text.js";
import type { ProgrammeEffect } from "../../figures/programme-effect.js";
import { qualityFlagText, type QualityFlag } from "../../figures/data-quality.js";
import { formatPoints, programmeEffectLines } from "../../figures/programme-effect-lines.js";
import type { Language } from "../../registration/roles.js";
import { textsFor, type Translate } from "../../shared/locale-text.js";

export interface ReportWorkbookInput {
  form: FormDefinition;
  reports: KindergartenReport[];
  reviews: ReviewEntry[];
  groups: ScopeGroup[];
  /** The programme's estimated effect for the same scope (null in the first quarter; absent: no sheet). */
  effect?: ProgrammeEffect | null;
  quarter?: number;
  /** Data-quality flags per organisation id (figures/data-quality.ts): a column of their texts, the cell marked. */
  quality?: Map<number, QualityFlag[]>;
}

const ALMATY_OFFSET_MS = 5 * 60 * 60 * 1000;
/** Excel has no time zones: write the wall-clock time of Asia/Almaty. */
const almatyWallClock = (at: Date) => new Date(at.getTime() + ALMATY_OFFSET_MS);
const DATE_TIME_FORMAT = "dd.mm.yyyy hh:mm";

function cellValue(t: Translate, field: FieldDef, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case "integer":
      return typeof value === "number" ? value : null;
    case "choice":
    case "multi": {
      const values = Array.isArray(value) ? value : [value];
      return values.map((v) => {
        const option = field.options.find((o) => o.value === v);
        return option ? t(option.labelKey) : String(v);
      }).join("; ");
    }
    case "yesno":
      return t(value === true ? "export-yes" : "export-no");
    case "photos":
      return Array.isArray(value) ? value.length : null;
    case "text":
      return String(value);
  }
}

/**
 * A sheet of the streaming writer: bold wrapped header row, frozen under the header and beside the
 * first `frozenColumns` columns, an auto-filter over the header; date columns formatted.
 */
function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  headers: { title: string; width: number }[],
  frozenColumns: number,
): ExcelJS.Worksheet {
  // Printed: landscape, all columns on the page's width (as many pages down as it takes), the
  // header repeated on every page.
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: frozenColumns, ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" },
  });
  // A column at least as wide as the longest word of its header (bold, plus a margin), so a header
  // wraps between words and never inside one.
  const longestWord = (title: string) => Math.max(0, ...title.split(/\s+/).map((w) => [...w].length));
  sheet.columns = headers.map((h) => ({ width: Math.max(h.width, Math.ceil(longestWord(h.title) * 1.15) + 2) }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  const header = sheet.addRow(headers.map((h) => h.title));
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  header.height = 45;
  header.commit();
  return sheet;
}

/** Every data row of every sheet goes through here: dates formatted, formula-like text kept as text. */
/** A flagged cell: amber fill, like a spreadsheet's own warning colour (flagged, never changed). */
const FLAG_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFE699" } };

function addRow(sheet: ExcelJS.Worksheet, values: ExcelJS.CellValue[], dateColumn?: number, flaggedColumn?: number): void {
  const row = sheet.addRow(values);
  if (dateColumn && values[dateColumn - 1] instanceof Date) row.getCell(dateColumn).numFmt = DATE_TIME_FORMAT;
  if (flaggedColumn && values[flaggedColumn - 1]) row.getCell(flaggedColumn).fill = FLAG_FILL;
  keepFormulaLikeTextAsText(row);
  row.commit();
}

/** The .xlsx of a scope and period: reports (a row per kindergarten), review history, groups. */
export async function buildReportWorkbook(input: ReportWorkbookInput, language: Language): Promise<Buffer> {
  const t = textsFor(language);
  // The streaming writer: about half the CPU of the in-memory workbook at 10,000 rows.
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  // No author: Excel shows it as the author of a file the department sends (review D5).
  workbook.creator = "";

  const fields = input.form.fields;
  const reports = addSheet(
    workbook,
    t("export-sheet-reports"),
    [
      { title: t("export-col-region"), width: 24 },
      { title: t("export-col-registry-no"), width: 10 },
      { title: t("export-col-organization"), width: 50 },
      { title: t("export-col-status"), width: 16 },
      { title: t("export-col-submitted-at"), width: 17 },
      { title: t("export-col-late"), width: 11 },
      { title: t("export-col-versions"), width: 9 },
      { title: t("export-col-quality"), width: 40 },
      ...fields.map((f) => ({ title: t(`export-field-${f.key}`), width: f.type === "text" || f.type === "multi" ? 40 : 14 })),
    ],
    3,
  );
  const statusLabel = Object.fromEntries(statusCategories.map((c) => [c, t(`chart-status-${c}`)]));
  for (const r of inRegionOrder(input.reports, language)) {
    addRow(reports, [
      regionName(r, language),
      r.registryNo,
      r.name,
      statusLabel[r.category],
      r.submittedAt ? almatyWallClock(r.submittedAt) : null,
      isHandedIn(r.category) ? t(r.late ? "export-yes" : "export-no") : null,
      r.versionCount,
      input.quality?.get(r.organizationId)?.map((f) => qualityFlagText(t, f)).join("; ") || null,
      ...fields.map((f) => cellValue(t, f, r.answers?.[f.key])),
    ], 5, 8);
  }
  reports.commit();

  const reviews = addSheet(
    workbook,
    t("export-sheet-reviews"),
    [
      { title: t("export-col-region"), width: 24 },
      { title: t("export-col-registry-no"), width: 10 },
      { title: t("export-col-organization"), width: 50 },
      { title: t("export-col-version"), width: 9 },
      { title: t("export-col-decided-at"), width: 17 },
      { title: t("export-col-decision"), width: 22 },
      { title: t("export-col-reviewer"), width: 22 },
      { title: t("export-col-comment"), width: 60 },
    ],
    3,
  );
  const fieldLabel = (key: string) => (fields.some((f) => f.key === key) ? t(`export-field-${key}`) : key);
  for (const r of inRegionOrder(input.reviews, language)) {
    const comments = [r.comment, ...Object.entries(r.fieldComments ?? {}).map(([key, text]) => `${fieldLabel(key)}: ${text}`)].filter(Boolean);
    addRow(reviews, [
      regionName(r, language),
      r.registryNo,
      r.name,
      r.version,
      almatyWallClock(r.decidedAt),
      t(`export-decision-${r.decision}`),
      t(r.reviewerRole === "methodologist" ? "export-reviewer-methodologist" : "export-reviewer-other"),
      comments.join("\n"),
    ], 5);
  }
  reviews.commit();

  const groups = addSheet(
    workbook,
    t("export-sheet-groups"),
    [
      { title: t("export-col-region"), width: 24 },
      { title: t("export-col-registry-no"), width: 10 },
      { title: t("export-col-organization"), width: 50 },
      { title: t("export-col-group"), width: 24 },
      { title: t("export-col-age-band"), width: 30 },
      { title: t("export-col-children"), width: 10 },
      { title: t("export-col-arm"), width: 24 },
      { title: t("export-col-confirmed"), width: 14 },
    ],
    3,
  );
  for (const g of inRegionOrder(input.groups, language)) {
    addRow(groups, [
      regionName(g, language),
      g.registryNo,
      g.organization,
      g.name,
      t(`groups-age-${g.ageBand}`),
      g.children,
      t(`groups-arm-${g.arm}`),
      t(g.confirmed ? "export-yes" : "export-no"),
    ]);
  }
  groups.commit();

  if (input.effect !== undefined) addEffectSheet(workbook, t, input.effect, input.quarter ?? 4);
  await workbook.commit();
  return Buffer.concat(chunks);
}

/**
 * The programme's effect: the table behind the estimate (per arm: organisations, children, the
 * high-level share in the first quarter and now, the change), the difference with its interval as
 * numbers a coordinator can reuse, then the same words as the .docx and /status.
 */
function addEffectSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, t: Translate, effect: ProgrammeEffect | null, quarter: number): void {
  const sheet = addSheet(
    workbook,
    t("effect-sheet"),
    [
      { title: t("effect-col-arm"), width: 34 },
      { title: t("effect-col-organizations"), width: 14 },
      { title: t("effect-col-children"), width: 12 },
      { title: t("effect-col-first"), width: 18 },
      { title: t("effect-col-now"), width: 18 },
      { title: t("effect-col-change"), width: 14 },
    ],
    1,
  );
  const share = (x: number) => Math.round(x * 1000) / 10;
  if (effect?.kind === "estimate") {
    for (const arm of ["experimental", "control"] as const) {
      const a = effect[arm];
      addRow(sheet, [t(`effect-row-${arm}`), a.kindergartens, a.children, share(a.first), share(a.now), Math.round((share(a.now) - share(a.first)) * 10) / 10]);
    }
    addRow(sheet, [t("effect-row-difference"), null, null, null, null, Math.round(effect.effect * 10) / 10]);
    addRow(sheet, [t("effect-row-interval"), null, null, null, null, `${formatPoints(effect.low, true)} … ${formatPoints(effect.high, true)}`]);
  }
  addRow(sheet, []);
  for (const line of programmeEffectLines(effect, t, quarter, "effect-doc")) addRow(sheet, [line]);
  sheet.commit();
}
