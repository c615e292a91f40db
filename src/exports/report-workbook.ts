import ExcelJS from "exceljs";
import type { FieldDef, FormDefinition } from "../reports/form/types.js";
import type { KindergartenReport } from "../pilot-figures/period-reports.js";
import { regionName } from "../pilot-figures/summaries.js";
import type { ReviewEntry } from "../pilot-figures/review-history.js";
import type { ScopeGroup } from "../pilot-figures/scope-groups.js";
import type { Language } from "../registration/roles.js";
import { textsFor, type Translate } from "../shared/locale-text.js";

export interface ReportWorkbookInput {
  form: FormDefinition;
  reports: KindergartenReport[];
  reviews: ReviewEntry[];
  groups: ScopeGroup[];
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

function headerRow(sheet: ExcelJS.Worksheet, headers: { title: string; width: number }[], frozenColumns: number): void {
  sheet.columns = headers.map((h) => ({ header: h.title, width: h.width }));
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.alignment = { vertical: "middle", wrapText: true };
  row.height = 45;
  sheet.views = [{ state: "frozen", xSplit: frozenColumns, ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
}

/** The .xlsx of a scope and period: reports (a row per kindergarten), review history, groups. */
export async function buildReportWorkbook(input: ReportWorkbookInput, language: Language): Promise<Buffer> {
  const t = textsFor(language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Erte bot";
  workbook.created = new Date(0);

  const fields = input.form.fields;
  const reports = workbook.addWorksheet(t("export-sheet-reports"));
  headerRow(
    reports,
    [
      { title: t("export-col-region"), width: 24 },
      { title: t("export-col-registry-no"), width: 10 },
      { title: t("export-col-organization"), width: 50 },
      { title: t("export-col-status"), width: 16 },
      { title: t("export-col-submitted-at"), width: 17 },
      { title: t("export-col-late"), width: 11 },
      { title: t("export-col-versions"), width: 9 },
      ...fields.map((f) => ({ title: t(`export-field-${f.key}`), width: f.type === "text" || f.type === "multi" ? 40 : 14 })),
    ],
    3,
  );
  reports.getColumn(5).numFmt = DATE_TIME_FORMAT;
  const statusLabel = Object.fromEntries(["not-started", "in-progress", "submitted", "returned", "accepted", "overdue"].map((c) => [c, t(`chart-status-${c}`)]));
  for (const r of input.reports) {
    reports.addRow([
      regionName(r, language),
      r.registryNo,
      r.name,
      statusLabel[r.category],
      r.submittedAt ? almatyWallClock(r.submittedAt) : null,
      r.submittedAt ? t(r.late ? "export-yes" : "export-no") : null,
      r.versionCount,
      ...fields.map((f) => cellValue(t, f, r.answers?.[f.key])),
    ]);
  }

  const reviews = workbook.addWorksheet(t("export-sheet-reviews"));
  headerRow(
    reviews,
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
  reviews.getColumn(5).numFmt = DATE_TIME_FORMAT;
  const fieldLabel = (key: string) => (fields.some((f) => f.key === key) ? t(`export-field-${key}`) : key);
  for (const r of input.reviews) {
    const comments = [r.comment, ...Object.entries(r.fieldComments ?? {}).map(([key, text]) => `${fieldLabel(key)}: ${text}`)].filter(Boolean);
    reviews.addRow([
      regionName(r, language),
      r.registryNo,
      r.name,
      r.version,
      almatyWallClock(r.decidedAt),
      t(`export-decision-${r.decision}`),
      t(r.reviewerRole === "methodologist" ? "export-reviewer-methodologist" : "export-reviewer-other"),
      comments.join("\n"),
    ]);
  }

  const groups = workbook.addWorksheet(t("export-sheet-groups"));
  headerRow(
    groups,
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
  for (const g of input.groups) {
    groups.addRow([
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
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
