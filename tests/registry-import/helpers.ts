import ExcelJS from "exceljs";
import { asc, count } from "drizzle-orm";
import type { Db } from "../../src/db/client.js";
import { auditLog, organizations } from "../../src/db/schema/index.js";

export const csv = (lines: string[]) => new TextEncoder().encode(lines.join("\r\n") + "\r\n");

/** An .xlsx with the given sheets (name → rows of cells). */
export async function xlsx(sheets: Record<string, (string | number | null)[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = workbook.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Everything an import could touch: every organisation (all columns) and the audit log's size. */
export async function registryState(db: Db) {
  const orgs = await db.select().from(organizations).orderBy(asc(organizations.registryNo));
  const [audit] = await db.select({ n: count() }).from(auditLog);
  return { orgs, audit: audit!.n };
}
