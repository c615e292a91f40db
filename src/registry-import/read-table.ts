import ExcelJS from "exceljs";
import type { RegistryFileLimits } from "./limits.js";
import { RegistryFileError } from "./registry-file-error.js";

/** One sheet (or CSV) as text cells; `line` is the row's number as a spreadsheet program shows it. */
export interface RawTable {
  sheet: string | null;
  rows: { line: number; cells: string[] }[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Every sheet of an .xlsx, or the one table of a .csv, told apart by content (never by the name a
 * person gave the file). Refuses what is not a spreadsheet, an old .xls, a file over the limits.
 */
export async function readTables(bytes: Uint8Array, limits: RegistryFileLimits): Promise<RawTable[]> {
  if (bytes.length > limits.maxBytes) throw new RegistryFileError({ code: "too_big", maxMb: Math.round(limits.maxBytes / 1024 / 1024) });
  if (bytes.length === 0) throw new RegistryFileError({ code: "empty" });
  if (startsWith(bytes, OLE)) throw new RegistryFileError({ code: "old_xls" });
  const tables = startsWith(bytes, ZIP) ? await readXlsx(bytes) : [readCsv(decodeText(bytes))];
  for (const table of tables) {
    const rows = table.rows.length - 1;
    if (rows > limits.maxRows) throw new RegistryFileError({ code: "too_many_rows", maxRows: limits.maxRows, rows });
  }
  return tables;
}

async function readXlsx(bytes: Uint8Array): Promise<RawTable[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new RegistryFileError({ code: "not_spreadsheet" });
  }
  if (workbook.worksheets.length === 0) throw new RegistryFileError({ code: "not_spreadsheet" });
  return workbook.worksheets.map((sheet) => {
    const rows: RawTable["rows"] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell);
      });
      rows.push({ line, cells: Array.from(cells, (c) => c ?? "") });
    });
    return { sheet: sheet.name, rows };
  });
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  return cell.text ?? "";
}

/** UTF-8 (with or without BOM); a CSV saved by Excel in Russian Windows is windows-1251. */
function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1251").decode(bytes);
  }
  // Binary content (a picture, a PDF, a zip that is not a workbook) is not a table.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) throw new RegistryFileError({ code: "not_spreadsheet" });
  return text.replace(/^\uFEFF/, "");
}

/** RFC 4180 CSV: quoted fields may hold the delimiter, quotes ("") and line breaks; `;`, `,` or tab. */
export function readCsv(text: string): RawTable {
  const delimiter = detectDelimiter(text);
  const rows: RawTable["rows"] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(field);
    if (cells.some((c) => c.trim() !== "")) rows.push({ line: rowLine, cells });
    cells = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === "") {
      field = "";
      quoted = true;
    } else if (ch === delimiter) {
      cells.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (field !== "" || cells.length > 0) endRow();
  return { sheet: null, rows };
}

function detectDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [";", ",", "\t"].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}
