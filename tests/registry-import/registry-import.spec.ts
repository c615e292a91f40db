import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, gt, inArray } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { auditLog, organizations } from "../../src/db/schema/index.js";
import { addOrganization, listRegions } from "../../src/registration/registry.js";
import { applyRegistryImport, RegistryImportRefused } from "../../src/registry-import/apply-registry-import.js";
import { checkRegistryFile } from "../../src/registry-import/check-registry-file.js";
import { countKinds } from "../../src/registry-import/plan-registry-import.js";
import { RegistryFileError } from "../../src/registry-import/registry-file-error.js";
import { fileProblemText, problemText, registryImportSummary, registryImportWorkbook } from "../../src/registry-import/registry-import-report.js";
import { textsFor } from "../../src/shared/locale-text.js";
import { createTestDatabase, resetDatabase } from "../helpers/test-db.js";
import { csv, registryState, xlsx } from "./helpers.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => resetDatabase(database.db));

const everywhere = () => true;
const now = new Date("2026-12-02T06:00:00Z");
const ru = textsFor("ru");
const kk = textsFor("kk");

async function apply(bytes: Uint8Array, mayAdminister: (r: string) => boolean = everywhere) {
  const check = await checkRegistryFile(database.db, bytes, mayAdminister);
  return applyRegistryImport(database.db, check.reading, { mayAdminister, actorId: 42, expectedHash: check.plan.hash, now });
}

async function seedOthers() {
  await addOrganization(database.db, { registryNo: 500, regionCode: "aktobe", name: "«Старое» балабақшасы", legalForm: "ЖШС" }, null);
  await addOrganization(database.db, { registryNo: 501, regionCode: "aktobe", name: "«Көшетін» балабақшасы" }, null);
  await addOrganization(database.db, { registryNo: 502, regionCode: "aktobe", name: "«Шығатын» балабақшасы" }, null);
  await addOrganization(database.db, { registryNo: 503, regionCode: "aktobe", name: "«Қайтатын» балабақшасы" }, null);
  await database.db.update(organizations).set({ inPilot: false }).where(eq(organizations.registryNo, 503));
}

const header = "БИН;Облыс;Атауы (қазақша);Наименование (на русском);ОПФ;В проекте;Примечание";
const ministryFile = () =>
  csv([
    header,
    "500;Ақтөбе облысы;«Жаңа атау» балабақшасы;Детский сад «Новое имя»;ЖШС;да;",
    "501;Атырауская область;«Көшетін» балабақшасы;;;да;переведён",
    "502;aktobe;«Шығатын» балабақшасы;;;нет;",
    "503;Актюбинская обл.;«Қайтатын» балабақшасы;;;иә;",
    '040140001234;г. Алматы;"«Жаңа; бір» бөбекжай-бақшасы";"Ясли-сад «Новый, один»";ТОО;да;',
    "600;Шымкент қаласы;«Тағы бір» балабақшасы;;;;",
  ]);

describe("the dry run", () => {
  it("tells what would be added, renamed, moved, taken out and put back, reads each column, and changes nothing", async () => {
    await seedOthers();
    const before = await registryState(database.db);
    const check = await checkRegistryFile(database.db, ministryFile(), everywhere);
    expect(countKinds(check.plan)).toEqual({ added: 2, renamed: 1, named: 3, moved: 1, legal_form: 0, left: 1, returned: 1 });
    expect(check.plan.problems).toEqual([]);
    expect(check.reading.columns.map((c) => c.field)).toEqual(["registryNo", "region", "nameKk", "nameRu", "legalForm", "inProject", null]);
    expect(await registryState(database.db)).toEqual(before);

    const text = registryImportSummary(ru, { fileName: "reestr.csv", reading: check.reading, plan: check.plan, applied: false });
    expect(text).toContain("🔎 Результат проверки. Реестр пока не изменён.");
    expect(text).toContain("«БИН» — номер в реестре");
    expect(text).toContain("«Примечание» — не используется");
    expect(text).toContain("• Новые организации: 2");
    expect(text).toContain("• Перевод в другой регион: 1");
    expect(text).toContain("• Выход из проекта: 1");
    expect(text).toContain("• Возвращение в проект: 1");
    const kazakh = registryImportSummary(kk, { fileName: "reestr.csv", reading: check.reading, plan: check.plan, applied: false });
    expect(kazakh).toContain("«Облыс» — өңір");
    expect(kazakh).toContain("• Жаңа ұйымдар: 2");
  });
});

describe("applying", () => {
  it("applies the whole file in one go, with audit entries; the same file again changes nothing", async () => {
    await seedOthers();
    const { counts } = await apply(ministryFile());
    expect(counts.added).toBe(2);
    const byNo = async (n: number) => (await database.db.select().from(organizations).where(eq(organizations.registryNo, n)))[0]!;
    expect(await byNo(500)).toMatchObject({ name: "«Жаңа атау» балабақшасы", nameKk: "«Жаңа атау» балабақшасы", nameRu: "Детский сад «Новое имя»", inPilot: true });
    expect(await byNo(501)).toMatchObject({ regionCode: "atyrau" });
    expect(await byNo(502)).toMatchObject({ inPilot: false });
    expect(await byNo(503)).toMatchObject({ inPilot: true });
    expect(await byNo(40140001234)).toMatchObject({ regionCode: "almaty", nameRu: "Ясли-сад «Новый, один»", legalForm: "ТОО", pilotCohort: false });
    expect(await byNo(600)).toMatchObject({ regionCode: "shymkent", inPilot: true });
    const audit = await database.db.select().from(auditLog).where(inArray(auditLog.action, ["organization.added", "organization.updated", "registry.imported"]));
    expect(audit.filter((a) => a.action === "organization.added" && a.details.by === "registry_import")).toHaveLength(2);
    expect(audit.filter((a) => a.action === "organization.updated")).toHaveLength(4);
    expect(audit.filter((a) => a.action === "registry.imported")).toHaveLength(1);
    expect(audit.filter((a) => a.details.by === "registry_import" || a.action !== "organization.added").every((a) => a.actorId === 42)).toBe(true);

    const after = await registryState(database.db);
    const again = await apply(ministryFile());
    expect(again.plan.changes).toEqual([]);
    expect(again.plan.unchanged).toBe(6);
    expect(await registryState(database.db)).toEqual(after);
  });

  it("refuses a plan that changed since the dry run, and changes nothing", async () => {
    await seedOthers();
    const check = await checkRegistryFile(database.db, ministryFile(), everywhere);
    await database.db.update(organizations).set({ name: "Кто-то успел" }).where(eq(organizations.registryNo, 500));
    const before = await registryState(database.db);
    await expect(applyRegistryImport(database.db, check.reading, { mayAdminister: everywhere, actorId: 1, expectedHash: check.plan.hash, now })).rejects.toEqual(
      new RegistryImportRefused("changed"),
    );
    expect(await registryState(database.db)).toEqual(before);
  });
});

describe("the ministry's 100 pilot organisations", () => {
  const pilotCsv = readFileSync(new URL("../../scripts/data/organizations.csv", import.meta.url));

  it("an import of the pilot list itself (its own format) changes nothing", async () => {
    const before = await registryState(database.db);
    const check = await checkRegistryFile(database.db, new Uint8Array(pilotCsv), everywhere);
    expect(check.plan.problems).toEqual([]);
    expect(check.plan.unchanged).toBe(100);
    expect(check.plan.changes).toEqual([]);
    await apply(new Uint8Array(pilotCsv));
    expect(await registryState(database.db)).toEqual(before);
  });

  it("stay exactly as they are when the registry names, places or takes them out differently; the difference is reported", async () => {
    const before = (await registryState(database.db)).orgs.filter((o) => o.pilotCohort);
    const rows = ["registry_no;region;name_kk;name_ru;in_project", "11;Атырау облысы;Басқа атау;Другое имя;нет", "12;aktobe;№ 33 «Нұрсәт» балабақшасы» МКҚК;;да", "700;aktobe;Жаңа;;да"];
    const check = await checkRegistryFile(database.db, csv(rows), everywhere);
    expect(check.plan.pilotKept.map((p) => p.registryNo)).toEqual([11, 12]);
    expect(check.plan.changes.map((c) => c.registryNo)).toEqual([700]);
    expect(registryImportSummary(ru, { fileName: "f.csv", reading: check.reading, plan: check.plan, applied: false })).toContain(
      "• Пилотные 100 организаций записаны в реестре иначе, но не меняются: 2",
    );
    await apply(csv(rows));
    expect((await registryState(database.db)).orgs.filter((o) => o.pilotCohort)).toEqual(before);
  });
});

describe("bad files get a clear answer and change nothing", () => {
  async function refusedFile(bytes: Uint8Array, limits?: { maxBytes: number; maxRows: number }) {
    const before = await registryState(database.db);
    const error = await checkRegistryFile(database.db, bytes, everywhere, limits).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RegistryFileError);
    expect(await registryState(database.db)).toEqual(before);
    return (error as RegistryFileError).problem;
  }

  it("not a spreadsheet: a picture, a PDF, a Word document", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(await refusedFile(png)).toEqual({ code: "not_spreadsheet" });
    const docxLike = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const problem = await refusedFile(docxLike);
    expect(problem).toEqual({ code: "not_spreadsheet" });
    expect(fileProblemText(ru, problem)).toBe("Это не таблица. Отправьте реестр файлом .xlsx или .csv. Реестр не изменён.");
    expect(fileProblemText(kk, problem)).toBe("Бұл кесте емес. Реестрді .xlsx немесе .csv файлы ретінде жіберіңіз. Реестр өзгерген жоқ.");
  });

  it("an old .xls", async () => {
    expect(await refusedFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toEqual({ code: "old_xls" });
  });

  it("a wrong sheet: no sheet has the registry's columns", async () => {
    const problem = await refusedFile(await xlsx({ "Жиынтық": [["Барлығы", 10]], "Диаграмма": [["x", "y"]] }));
    expect(problem).toEqual({ code: "wrong_sheet", sheets: "Жиынтық, Диаграмма" });
  });

  it("finds the registry on the second sheet, under two title rows, with 12-digit numbers as numbers", async () => {
    const bytes = await xlsx({
      "Түсініктеме": [["Бұл файлда реестр бар"]],
      "Реестр": [["Мектепке дейінгі ұйымдар тізілімі"], [], ["№ п/п", "БИН", "Регион", "Наименование"], [1, 990140001234, "Город Астана", "Ясли-сад «Тест»"]],
    });
    const check = await checkRegistryFile(database.db, bytes, everywhere);
    expect(check.reading.sheet).toBe("Реестр");
    expect(check.plan.changes.map((c) => [c.line, c.registryNo, c.after.regionCode])).toEqual([[4, 990140001234, "astana"]]);
  });

  it("a missing column, named in the operator's language", async () => {
    const problem = await refusedFile(csv(["БИН;Наименование", "1;x"]));
    expect(problem).toMatchObject({ code: "missing_columns", columns: "region" });
    expect(fileProblemText(ru, problem)).toBe("В файле нет нужного столбца: регион. Найденные заголовки: БИН, Наименование. Реестр не изменён.");
    expect(fileProblemText(kk, problem)).toContain("Файлда керекті баған жоқ: өңір.");
  });

  it("a 20 MB file is refused before it is read", async () => {
    const problem = await refusedFile(new Uint8Array(20 * 1024 * 1024).fill(65));
    expect(fileProblemText(ru, problem)).toBe("Файл слишком большой: допустимо не более 10 МБ. Реестр не изменён.");
  });

  it("100,000 rows", async () => {
    const lines = ["БИН;Регион;Наименование", ...Array.from({ length: 100_000 }, (_, i) => `${1000 + i};aktobe;Сад ${i}`)];
    const problem = await refusedFile(csv(lines));
    expect(problem).toEqual({ code: "too_many_rows", maxRows: 20_000, rows: 100_000 });
    expect(fileProblemText(kk, problem).replace(/\u00a0/g, " ")).toBe("Файлда жол тым көп: 100 000, ал ең көбі — 20 000. Реестр өзгерген жоқ.");
  });

  it("an .xlsx over the row limit", async () => {
    const rows = [["БИН", "Регион", "Наименование"], ...Array.from({ length: 60 }, (_, i) => [1000 + i, "aktobe", `Сад ${i}`])];
    expect(await refusedFile(await xlsx({ Sheet1: rows }), { maxBytes: 10 * 1024 * 1024, maxRows: 50 })).toEqual({ code: "too_many_rows", maxRows: 50, rows: 60 });
  });

  it("rows that cannot be read are listed with their line and reason, and the file cannot be applied", async () => {
    const bytes = csv([
      "БИН;Регион;Наименование;В проекте",
      "800;aktobe;Первый;да",
      "800;aktobe;Второй с тем же номером;да",
      "801;Марс облысы;Неизвестный регион;да",
      "abc;aktobe;Не номер;да",
      ";aktobe;Без номера;да",
      "802;;Без региона;да",
      "803;aktobe;;да",
      "804;aktobe;Непонятно;может быть",
    ]);
    const before = await registryState(database.db);
    const check = await checkRegistryFile(database.db, bytes, everywhere);
    expect(check.plan.problems.map((p) => problemText(ru, p))).toEqual([
      "Строка 3: номер 800 уже есть в строке 2",
      "Строка 4: регион «Марс облысы» не найден",
      "Строка 5: «abc» — не номер в реестре (нужно число до 12 цифр)",
      "Строка 6: нет номера в реестре",
      "Строка 7: не указан регион",
      "Строка 8: нет наименования",
      "Строка 9: участие в проекте указано как «может быть»: напишите «да» или «нет»",
    ]);
    expect(problemText(kk, check.plan.problems[0]!)).toBe("3-жол: 800 нөмірі 2-жолда да бар");
    const text = registryImportSummary(ru, { fileName: "f.csv", reading: check.reading, plan: check.plan, applied: false });
    expect(text).toContain("Непрочитанные строки: 7");
    expect(text).toContain("применить его нельзя");
    expect(text).not.toContain("нажмите «Применить»");
    await expect(applyRegistryImport(database.db, check.reading, { mayAdminister: everywhere, actorId: 1, now })).rejects.toEqual(new RegistryImportRefused("problems"));
    expect(await registryState(database.db)).toEqual(before);
  });
});

describe("a regional administrator's reach", () => {
  it("a row of another region, or a move out of or into it, is a problem, not a change", async () => {
    await seedOthers();
    const onlyAktobe = (r: string) => r === "aktobe";
    const check = await checkRegistryFile(
      database.db,
      csv(["БИН;Регион;Наименование", "500;aktobe;Переименован;", "501;atyrau;Увезённый", "900;almaty;Чужой", "60;aktobe;Чужой пилотный"]),
      onlyAktobe,
    );
    expect(check.plan.changes.map((c) => c.registryNo)).toEqual([500]);
    expect(check.plan.problems.map((p) => problemText(ru, p))).toEqual([
      "Строка 3: регион «atyrau» не входит в ваши полномочия",
      "Строка 4: регион «almaty» не входит в ваши полномочия",
      "Строка 5: регион «mangystau» не входит в ваши полномочия",
    ]);
    expect(problemText(kk, check.plan.problems[2]!, () => "Маңғыстау облысы")).toBe("5-жол: «Маңғыстау облысы» өңірі сіздің өкілеттігіңізге кірмейді");
    const before = await registryState(database.db);
    await expect(applyRegistryImport(database.db, check.reading, { mayAdminister: onlyAktobe, actorId: 1, now })).rejects.toEqual(new RegistryImportRefused("problems"));
    expect(await registryState(database.db)).toEqual(before);
    expect(await database.db.select().from(organizations).where(and(eq(organizations.regionCode, "almaty"), gt(organizations.registryNo, 100)))).toEqual([]);
  });
});

describe("the dry run's .xlsx", () => {
  it("keeps a name from the file that a spreadsheet would take for a formula as text", async () => {
    const bytes = csv([header, "700;aktobe;=2+3 «Балабақша»;@SUM(1) сад;;да;"]);
    const check = await checkRegistryFile(database.db, bytes, everywhere);
    const file = await registryImportWorkbook(textsFor("ru"), "ru", { reading: check.reading, plan: check.plan, regions: await listRegions(database.db) });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const cells = workbook.worksheets.flatMap((ws) => ws.getSheetValues().flatMap((row, n) => (n > 1 && Array.isArray(row) ? row.map((_, i) => ws.getRow(n).getCell(i)) : [])));
    const formulaLike = cells.filter((c) => typeof c.value === "string" && /^[=@]/.test(c.value));
    expect(formulaLike.map((c) => c.value)).toEqual(expect.arrayContaining(["=2+3 «Балабақша»", "@SUM(1) сад"]));
    for (const cell of formulaLike) expect(cell.numFmt).toBe("@");
  });
});
