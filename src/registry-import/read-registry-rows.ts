import type { Region } from "../registration/registry.js";
import { registryFileLimits, type RegistryFileLimits } from "./limits.js";
import { readTables, type RawTable } from "./read-table.js";
import { mapColumns, missingFields, type ColumnReading, type RegistryField } from "./registry-columns.js";
import { RegistryFileError } from "./registry-file-error.js";
import { regionResolver } from "./region-names.js";

/** One organisation as the file gives it; an absent or empty cell is `null` (nothing said). */
export interface RegistryFileRow {
  line: number;
  registryNo: number;
  regionCode: string;
  nameKk: string | null;
  nameRu: string | null;
  name: string | null;
  legalForm: string | null;
  inProject: boolean | null;
}

/** A row that cannot be read, and why; the chat and the CLI translate the code. */
export type RowProblem = { line: number } & (
  | { code: "registry_no_missing" }
  | { code: "registry_no_invalid"; value: string }
  | { code: "registry_no_duplicate"; value: string; firstLine: number }
  | { code: "region_missing" }
  | { code: "region_unknown"; value: string }
  | { code: "region_outside_scope"; value: string }
  | { code: "name_missing" }
  | { code: "name_too_long" }
  | { code: "in_project_unknown"; value: string }
);

export interface RegistryFileReading {
  sheet: string | null;
  columns: ColumnReading[];
  rows: RegistryFileRow[];
  problems: RowProblem[];
}

const HEADER_SEARCH_ROWS = 10;
/** Registry numbers: positive, at most 12 digits (a BIN). */
const MAX_REGISTRY_NO = 999_999_999_999;
const MAX_NAME = 300;

const yes = ["да", "иә", "ия", "yes", "y", "true", "1", "+", "участвует", "қатысады", "в проекте", "жобада"];
const no = ["нет", "жоқ", "no", "n", "false", "0", "-", "не участвует", "выбыл", "выбыла", "қатыспайды", "шықты", "шығарылды"];

function parseInProject(value: string): boolean | null | "unknown" {
  const v = value.trim().toLowerCase().replace(/ё/g, "е");
  if (v === "") return null;
  if (yes.includes(v)) return true;
  if (no.includes(v)) return false;
  return "unknown";
}

/** The first sheet (and row within its first ten) whose headers name the registry's columns. */
function findRegistryTable(tables: RawTable[]): { table: RawTable; headerAt: number; columns: ColumnReading[] } {
  let best: { columns: ColumnReading[]; missing: string[] } | null = null;
  for (const table of tables) {
    for (let i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.rows.length); i++) {
      const columns = mapColumns(table.rows[i]!.cells);
      const missing = missingFields(columns);
      if (missing.length === 0) return { table, headerAt: i, columns };
      if (!best || missing.length < best.missing.length) best = { columns, missing };
    }
  }
  if (tables.length > 1 && (!best || best.missing.length === 3)) {
    throw new RegistryFileError({ code: "wrong_sheet", sheets: tables.map((t) => t.sheet ?? "").join(", ") });
  }
  if (!best) throw new RegistryFileError({ code: "empty" });
  throw new RegistryFileError({
    code: "missing_columns",
    columns: best.missing.join(", "),
    headers: best.columns.map((c) => c.header).filter(Boolean).join(", "),
  });
}

/**
 * Reads a registry file (.xlsx or .csv) into rows and the problems of the rows that cannot be
 * read. A file that is not a registry at all throws RegistryFileError. `mayUseRegion` is the
 * operator's reach: a row of another region is a problem, not an organisation.
 */
export async function readRegistryFile(
  bytes: Uint8Array,
  regions: Region[],
  options: { limits?: RegistryFileLimits } = {},
): Promise<RegistryFileReading> {
  const tables = await readTables(bytes, options.limits ?? registryFileLimits);
  const { table, headerAt, columns } = findRegistryTable(tables);
  const resolveRegion = regionResolver(regions);
  const at = new Map<RegistryField, number>(columns.filter((c) => c.field).map((c) => [c.field!, c.index]));
  const rows: RegistryFileRow[] = [];
  const problems: RowProblem[] = [];
  const firstLineOf = new Map<number, number>();
  for (const { line, cells } of table.rows.slice(headerAt + 1)) {
    const cell = (field: RegistryField): string | null => {
      const index = at.get(field);
      const value = index === undefined ? "" : (cells[index] ?? "").replace(/\s+/g, " ").trim();
      return value === "" ? null : value;
    };
    const rawNo = cell("registryNo");
    if (rawNo === null) {
      problems.push({ line, code: "registry_no_missing" });
      continue;
    }
    const digits = rawNo.replace(/\s/g, "");
    const registryNo = /^\d{1,12}$/.test(digits) ? Number(digits) : NaN;
    if (!(registryNo >= 1 && registryNo <= MAX_REGISTRY_NO)) {
      problems.push({ line, code: "registry_no_invalid", value: rawNo });
      continue;
    }
    const firstLine = firstLineOf.get(registryNo);
    if (firstLine !== undefined) {
      problems.push({ line, code: "registry_no_duplicate", value: rawNo, firstLine });
      continue;
    }
    firstLineOf.set(registryNo, line);
    const rawRegion = cell("region");
    if (rawRegion === null) {
      problems.push({ line, code: "region_missing" });
      continue;
    }
    const region = resolveRegion(rawRegion);
    if (!region) {
      problems.push({ line, code: "region_unknown", value: rawRegion });
      continue;
    }
    const [nameKk, nameRu, name] = [cell("nameKk"), cell("nameRu"), cell("name")];
    if (nameKk === null && nameRu === null && name === null) {
      problems.push({ line, code: "name_missing" });
      continue;
    }
    if ([nameKk, nameRu, name].some((n) => n !== null && n.length > MAX_NAME)) {
      problems.push({ line, code: "name_too_long" });
      continue;
    }
    const rawInProject = cell("inProject");
    const inProject = rawInProject === null ? null : parseInProject(rawInProject);
    if (inProject === "unknown") {
      problems.push({ line, code: "in_project_unknown", value: rawInProject! });
      continue;
    }
    const legalForm = cell("legalForm");
    rows.push({ line, registryNo, regionCode: region.code, nameKk, nameRu, name, legalForm: legalForm?.slice(0, 20) ?? null, inProject });
  }
  return { sheet: table.sheet, columns, rows, problems };
}
