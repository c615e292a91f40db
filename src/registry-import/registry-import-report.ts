import ExcelJS from "exceljs";
import { keepFormulaLikeTextAsText } from "../shared/xlsx-text.js";
import type { Region } from "../registration/registry.js";
import type { Language } from "../registration/roles.js";
import type { Translate } from "../shared/locale-text.js";
import { fitMessage, MESSAGE_TEXT_LIMIT } from "../shared/message-limits.js";
import { countKinds, kindsOf, type ChangeKind, type RegistryImportPlan } from "./plan-registry-import.js";
import type { RegistryFileReading, RowProblem } from "./read-registry-rows.js";
import type { RegistryFileProblem } from "./registry-file-error.js";

const kinds: ChangeKind[] = ["added", "renamed", "named", "moved", "legal_form", "left", "returned"];
/** Problems shown in the message; the rest are in the .xlsx. */
const PROBLEMS_IN_MESSAGE = 15;

export function fileProblemText(t: Translate, problem: RegistryFileProblem): string {
  const { code, ...params } = problem;
  if (code === "missing_columns") {
    const columns = problem.columns.split(", ").map((f) => t(`registry-import-field-${f === "name" ? "name" : f}`)).join(", ");
    return t("registry-import-file-missing_columns", { columns, headers: problem.headers || "—" });
  }
  return t(`registry-import-file-${code}`, params as Record<string, string | number>);
}

/** `regionName` shows a region code in the operator's language (the file's own text stays as written). */
export function problemText(t: Translate, problem: RowProblem, regionName: (code: string) => string = (c) => c): string {
  const { line, code, ...params } = problem;
  const shown = problem.code === "region_outside_scope" ? { ...params, value: regionName(problem.value) } : params;
  return t("registry-import-line", { line, reason: t(`registry-import-problem-${code}`, shown as Record<string, string | number>) });
}

/**
 * The dry run (or the applied import) in a few lines, within one Telegram message: the file, how
 * each column was read, the counts, the first unreadable rows. The full list goes in the .xlsx.
 */
export function registryImportSummary(
  t: Translate,
  input: { fileName: string; reading: RegistryFileReading; plan: RegistryImportPlan; applied: boolean; regionName?: (code: string) => string },
  limit = MESSAGE_TEXT_LIMIT,
): string {
  const { reading, plan } = input;
  const counts = countKinds(plan);
  const head = [t(input.applied ? "registry-import-title-applied" : "registry-import-title-dry"), t("registry-import-file", { file: input.fileName })];
  if (reading.sheet) head.push(t("registry-import-sheet", { sheet: reading.sheet }));
  const columns = [
    t("registry-import-columns"),
    ...reading.columns
      .filter((c) => c.header !== "")
      .slice(0, 20)
      .map((c) => (c.field ? t("registry-import-column", { header: c.header.slice(0, 60), field: t(`registry-import-field-${c.field}`) }) : t("registry-import-column-ignored", { header: c.header.slice(0, 60) }))),
  ];
  const figures = [
    t("registry-import-rows", { n: plan.rowsRead + reading.problems.length }),
    ...kinds.filter((k) => counts[k] > 0).map((k) => t("registry-import-count", { label: t(`registry-import-kind-${k}`), n: counts[k] })),
    t("registry-import-unchanged", { n: plan.unchanged }),
    ...(plan.pilotKept.length > 0 ? [t("registry-import-pilot-kept", { n: plan.pilotKept.length })] : []),
  ];
  const problems =
    plan.problems.length === 0
      ? []
      : [
          t("registry-import-problems-title", { n: plan.problems.length }),
          ...plan.problems.slice(0, PROBLEMS_IN_MESSAGE).map((p) => problemText(t, p, input.regionName).slice(0, 200)),
          ...(plan.problems.length > PROBLEMS_IN_MESSAGE ? [t("registry-import-more")] : []),
          t("registry-import-problems-block"),
        ];
  const ending = input.applied ? [] : plan.problems.length > 0 ? [] : plan.changes.length === 0 ? [t("registry-import-nothing")] : [t("registry-import-confirm-ask")];
  return fitMessage([head, columns, figures, problems, ending], limit);
}

/** Every change, every pilot difference, every unreadable row and the columns, as an .xlsx. */
export async function registryImportWorkbook(
  t: Translate,
  language: Language,
  input: { reading: RegistryFileReading; plan: RegistryImportPlan; regions: Region[] },
): Promise<Buffer> {
  const { reading, plan } = input;
  const regionName = new Map(input.regions.map((r) => [r.code, language === "kk" ? r.nameKk : r.nameRu]));
  const region = (code: string | undefined): string => (code ? (regionName.get(code) ?? code) : "");
  const yesNo = (v: boolean) => t(v ? "registry-import-yes" : "registry-import-no");
  const workbook = new ExcelJS.Workbook();
  const sheet = (name: string, headers: string[]) => {
    const ws = workbook.addWorksheet(name.slice(0, 31));
    ws.addRow(headers).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
    headers.forEach((_, i) => (ws.getColumn(i + 1).width = i < 2 ? 12 : 40));
    return ws;
  };
  const changes = sheet(t("registry-import-sheet-changes"), [
    t("registry-import-col-line"), t("registry-import-col-registry-no"), t("registry-import-col-change"),
    t("registry-import-col-region-before"), t("registry-import-col-region-after"), t("registry-import-col-name-before"), t("registry-import-col-name-after"),
    t("registry-import-col-name-kk"), t("registry-import-col-name-ru"), t("registry-import-col-legal-form"), t("registry-import-col-in-project"),
  ]);
  for (const c of plan.changes) {
    changes.addRow([
      c.line, c.registryNo, kindsOf(c).map((k) => t(`registry-import-kind-${k}`)).join("; "),
      region(c.before?.regionCode), region(c.after.regionCode), c.before?.name ?? "", c.after.name,
      c.after.nameKk ?? "", c.after.nameRu ?? "", c.after.legalForm ?? "", yesNo(c.after.inPilot),
    ]);
  }
  if (plan.pilotKept.length > 0) {
    const pilot = sheet(t("registry-import-sheet-pilot"), [
      t("registry-import-col-line"), t("registry-import-col-registry-no"), t("registry-import-col-name-before"), t("registry-import-col-name-after"),
      t("registry-import-col-region-before"), t("registry-import-col-region-after"), t("registry-import-col-in-project"),
    ]);
    for (const p of plan.pilotKept) {
      pilot.addRow([p.line, p.registryNo, p.stored.name, p.inFile.name, region(p.stored.regionCode), region(p.inFile.regionCode), yesNo(p.inFile.inPilot)]);
    }
  }
  if (plan.problems.length > 0) {
    const problems = sheet(t("registry-import-sheet-problems"), [t("registry-import-col-line"), t("registry-import-col-reason")]);
    for (const p of plan.problems) problems.addRow([p.line, problemText(t, p, region)]);
  }
  const columns = sheet(t("registry-import-sheet-columns"), [t("registry-import-col-header"), t("registry-import-col-field")]);
  for (const c of reading.columns) columns.addRow([c.header, c.field ? t(`registry-import-field-${c.field}`) : t("registry-import-field-none")]);
  // Names and headers come from the uploaded file: none of them may become a formula.
  workbook.eachSheet((ws) => ws.eachRow((row, n) => n > 1 && keepFormulaLikeTextAsText(row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
