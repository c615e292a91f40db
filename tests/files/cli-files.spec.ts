import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import type { Database } from "../../src/db/client.js";
import { createTestDatabase, resetDatabase } from "../helpers/test-db.js";
import { docxText, pngSize } from "../helpers/zip.js";
import { AFTER_DEADLINE, seedQuarterReports } from "./seed-reports.js";

let database: Database;
let dir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  await resetDatabase(database.db);
  await seedQuarterReports(database.db);
  dir = mkdtempSync(join(tmpdir(), "erte-files-"));
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { env: {}, io: { out: (l) => out.push(l), err: (l) => err.push(l) }, database, clock: () => AFTER_DEADLINE });
  return { code, out, err: err.join("\n") };
}

describe("operator CLI: export, analytics, chart", () => {
  it("exports one region to an .xlsx", async () => {
    const file = join(dir, "aktobe.xlsx");
    const result = await cli(["export", "--period", "2026-4", "--region", "aktobe", "--lang", "ru", "--out", file]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.out[0]).toMatch(/^wrote .*aktobe\.xlsx \(\d+ bytes; 5 organisations, 2 review decisions, 10 groups\)$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount).toBe(6);
  });

  it("writes the analytics draft of a region in Kazakh, and the national one", async () => {
    const file = join(dir, "aktobe.docx");
    expect((await cli(["analytics", "--period", "2026-4", "--region", "aktobe", "--lang", "kk", "--out", file])).code).toBe(0);
    expect(docxText(readFileSync(file))).toContain("Ақтөбе облысы · 2026 жыл, 4-тоқсан");
    const national = join(dir, "national.docx");
    expect((await cli(["analytics", "--period", "2026-4", "--national", "--lang", "ru", "--out", national])).code).toBe(0);
    expect(docxText(readFileSync(national))).toContain("Республика Казахстан · 4-й квартал 2026 года");
  });

  it("writes the other documents by --doc: a region's January–November report and the Ministry's summary", async () => {
    const final = join(dir, "final.docx");
    expect((await cli(["analytics", "--doc", "final", "--period", "2026-4", "--region", "aktobe", "--lang", "ru", "--out", final])).code).toBe(0);
    expect(docxText(readFileSync(final))).toContain("Актюбинская область · январь–ноябрь 2026 года (отчёты за 1–4 кварталы)");
    const ministry = join(dir, "ministry.docx");
    expect((await cli(["analytics", "--doc", "ministry", "--period", "2026-4", "--national", "--lang", "ru", "--out", ministry])).code).toBe(0);
    expect(docxText(readFileSync(ministry))).toContain("Сводная информация о ходе реализации пилотного проекта");
  });

  it("renders charts, and produces one file per region with --all-regions", async () => {
    const png = join(dir, "status.png");
    expect((await cli(["chart", "--period", "2026-4", "--out", png])).code).toBe(0);
    expect(pngSize(readFileSync(png)).width).toBe(1000);
    const skills = join(dir, "skills.png");
    expect((await cli(["chart", "--kind", "skills", "--period", "2026-4", "--region", "aktobe", "--out", skills])).code).toBe(0);
    expect(pngSize(readFileSync(skills))).toEqual({ width: 1000, height: 600 });

    const all = join(dir, "all");
    const result = await cli(["analytics", "--period", "2026-4", "--all-regions", "--out-dir", all]);
    expect(result.code).toBe(0);
    const files = readdirSync(all);
    expect(files).toHaveLength(20);
    expect(files).toContain("analytics-2026-4-aktobe-kk.docx");
  });

  it("refuses wrong arguments with a clear message and writes nothing", async () => {
    const cases: [string[], string][] = [
      [["export", "--out", join(dir, "x.xlsx")], "--period: is required, e.g. --period 2026-4"],
      [["export", "--period", "2026-5", "--out", join(dir, "x.xlsx")], "--period: must be <year>-<quarter>, e.g. 2026-4"],
      [["analytics", "--period", "2026-4", "--out", join(dir, "x.docx")], "analytics needs --region <code>, --national or --all-regions"],
      [["export", "--period", "2026-4", "--all-regions", "--out", join(dir, "x.xlsx")], "--all-regions writes one file per region: give --out-dir <dir>"],
      [["chart", "--period", "2026-4", "--lang", "en", "--out", join(dir, "x.png")], "--lang"],
      [["analytics", "--doc", "ministry", "--period", "2026-4", "--region", "aktobe", "--out", join(dir, "x.docx")], "--doc ministry is the national summary: give --national"],
      [["analytics", "--doc", "final", "--period", "2026-3", "--region", "aktobe", "--out", join(dir, "x.docx")], "--doc final is a region's January–November report"],
      [["analytics", "--doc", "yearly", "--period", "2026-4", "--region", "aktobe", "--out", join(dir, "x.docx")], "--doc: must be quarterly, final or ministry"],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.err).toContain(message);
    }
    expect(await cli(["export", "--period", "2027-1", "--out", join(dir, "x.xlsx")])).toMatchObject({ code: 1, err: "no reporting period 2027 Q1 (see: periods)" });
    expect(await cli(["export", "--period", "2026-4", "--region", "atlantis", "--out", join(dir, "x.xlsx")])).toMatchObject({ code: 1, err: 'unknown region "atlantis" (see: regions)' });
    expect(readdirSync(dir).filter((f) => f.startsWith("x."))).toEqual([]);
  });
});
