import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { runCli } from "../../src/cli/run-cli.js";
import { createTestDatabase } from "../helpers/test-db.js";
import { csv, registryState } from "./helpers.js";

let database: Database;
const dir = mkdtempSync(join(tmpdir(), "registry-cli-"));
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { env: {}, io: { out: (l) => out.push(l), err: (l) => err.push(l) }, database, clock: () => new Date("2026-12-02T06:00:00Z") });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run cli -- import-registry", () => {
  it("a dry run first (in the operator's language, with the full list as .xlsx); --apply applies; again changes nothing", async () => {
    const file = join(dir, "reestr.csv");
    writeFileSync(file, csv(["registry_no,region,name_kk,name_ru", "3001,aktobe,«Бірінші» балабақшасы,Детский сад «Первый»", "3002,Атырау облысы,«Екінші» балабақшасы,"]));
    const before = await registryState(database.db);
    const dry = await cli(["import-registry", file, "--lang", "ru", "--report", join(dir, "report.xlsx")]);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("🔎 Результат проверки. Реестр пока не изменён.");
    expect(dry.out).toContain("• Новые организации: 2");
    expect(await registryState(database.db)).toEqual(before);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, "report.xlsx")) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Изменения")!.rowCount).toBe(3);

    const applied = await cli(["import-registry", file, "--apply"]);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain("✅ Реестр жаңартылды.");
    const after = await registryState(database.db);
    expect(after.orgs).toHaveLength(before.orgs.length + 2);
    const again = await cli(["import-registry", file, "--apply"]);
    expect(again.out).toContain("Файлда өзгеріс жоқ");
    expect(await registryState(database.db)).toEqual(after);
  });

  it("a bad file: a clear message, exit 1, nothing changed", async () => {
    const file = join(dir, "photo.csv");
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const before = await registryState(database.db);
    const result = await cli(["import-registry", file, "--apply", "--lang", "ru"]);
    expect(result).toMatchObject({ code: 1, err: "Это не таблица. Отправьте реестр файлом .xlsx или .csv. Реестр не изменён." });
    const big = join(dir, "big.csv");
    writeFileSync(big, Buffer.alloc(20 * 1024 * 1024, 65));
    expect((await cli(["import-registry", big, "--lang", "ru"])).err).toBe("Файл слишком большой: допустимо не более 10 МБ. Реестр не изменён.");
    expect((await cli(["import-registry"])).err).toContain("import-registry needs a file");
    expect(await registryState(database.db)).toEqual(before);
  });
});
