import type ExcelJS from "exceljs";

/**
 * Text a spreadsheet would take for a formula (or a DDE call) if it were typed: `= + - @`, a tab or a
 * carriage return first. Written as a string it never runs on open; formatted as Text ("@") it stays
 * text when someone re-enters the cell too. (exceljs 4.4 cannot write `quotePrefix`.)
 */
export const FORMULA_LIKE = /^[=+\-@\t\r]/;

/** Formats a row's formula-like strings as Text. Every data row of every workbook the bot writes goes through here. */
export function keepFormulaLikeTextAsText(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    if (typeof cell.value === "string" && FORMULA_LIKE.test(cell.value)) cell.numFmt = "@";
  });
}
