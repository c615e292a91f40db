/** Why a whole file cannot be read; nothing in it is used. The chat and the CLI translate the code. */
export type RegistryFileProblem =
  | { code: "too_big"; maxMb: number }
  | { code: "not_spreadsheet" }
  | { code: "old_xls" }
  | { code: "empty" }
  | { code: "wrong_sheet"; sheets: string }
  | { code: "missing_columns"; columns: string; headers: string }
  | { code: "too_many_rows"; maxRows: number; rows: number };

export class RegistryFileError extends Error {
  constructor(public readonly problem: RegistryFileProblem) {
    super(`registry file: ${problem.code}`);
  }
}
