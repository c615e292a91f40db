import ExcelJS from "exceljs";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { kindergartenGroups, memberships } from "../../src/db/schema/index.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type Outcome, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { pngSize } from "../helpers/zip.js";
import { AFTER_DEADLINE, seedQuarterReports } from "./seed-reports.js";

let database: Database;
let t: TestBot;
const ADMIN = newUser();

useBotSpec((spec) => ({ database, t } = spec), { now: AFTER_DEADLINE, adminIds: [ADMIN.id] });
beforeEach(async () => seedQuarterReports(database.db));

async function workbookOf(outcome: Outcome): Promise<ExcelJS.Workbook> {
  const [call] = outcome.called("sendDocument");
  expect(call, "a document was sent").toBeDefined();
  const bytes = (call!.payload.document as { fileBytes: Buffer }).fileBytes;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const headerOf = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1);
const column = (sheet: ExcelJS.Worksheet, header: string) => headerOf(sheet).indexOf(header) + 1;

describe("/export: an .xlsx of the user's scope for a chosen period", () => {
  it("a methodologist gets the region's kindergartens with answers, review history and groups, then the status chart", async () => {
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const menu = await t.send(methodologist, "/export");
    expect(menu.text).toContain("Выгрузка в Excel: Актюбинская область. За какой отчётный период?");
    expect(menu.buttons.map((b) => b.text)).toEqual(["4-й кв. 2026 г.", "3-й кв. 2026 г.", "2-й кв. 2026 г.", "1-й кв. 2026 г."]);

    const sent = await t.press(methodologist, menu.button("4-й кв. 2026 г.").data);
    expect(sent.called("answerCallbackQuery")).toHaveLength(1);
    expect(sent.called("sendDocument")[0]!.payload.caption).toBe("Актюбинская область: отчёты за 4-й квартал 2026 года. Организаций в файле: 5.");
    const workbook = await workbookOf(sent);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Отчёты", "История проверки", "Группы", "Эффект проекта"]);

    const reports = workbook.getWorksheet("Отчёты")!;
    expect(headerOf(reports).slice(0, 10)).toEqual([
      "Регион", "№ в реестре", "Наименование организации", "Статус отчёта", "Сдан (дата и время)", "С опозданием", "Количество версий",
      "Проверка данных", "Направления работы", "Занятия в экспериментальных группах",
    ]);
    expect(reports.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(reports.autoFilter).toBeTruthy();
    expect(reports.rowCount).toBe(6);
    const rows = [2, 3, 4, 5, 6].map((n) => reports.getRow(n));
    expect(rows.map((r) => r.getCell(2).value)).toEqual([11, 12, 13, 14, 15]);
    expect(rows.map((r) => r.getCell(3).value)).toEqual([
      "№49 «Думан» бөбекжай-бақшасы» МКҚК", "№ 33 «Нұрсәт» балабақшасы» МКҚК", "№5 «Ақбота» бөбекжай-бақшасы» МКҚК",
      "«NURSULTAN 7777» бөбекжай-бақшасы» ЖШС", "«Айлин» балабақшасы» ЖШС",
    ]);
    expect(rows.map((r) => r.getCell(4).value)).toEqual(["Принят", "Сдан", "На доработке", "Не сдан в срок", "Не сдан в срок"]);
    expect(rows.map((r) => r.getCell(6).value)).toEqual(["Нет", "Да", null, null, null]);
    const activities = rows[0]!.getCell(column(reports, "Занятия в экспериментальных группах"));
    expect(activities.type).toBe(ExcelJS.ValueType.Number);
    expect(activities.value).toBe(20);
    expect(rows[0]!.getCell(column(reports, "Экспериментальные: высокий уровень")).value).toBe(8);
    expect(rows[0]!.getCell(column(reports, "Направления работы")).value).toBe("Медицина и здоровье; Цифровые технологии");
    expect(rows[0]!.getCell(5).value).toEqual(new Date("2026-11-15T11:00:00Z")); // 11:00 in Almaty, written as wall-clock time
    expect(rows[0]!.getCell(7).value).toBe(1);
    const everything = JSON.stringify(reports.getSheetValues());
    expect(everything).not.toContain("OTHER-REGION");

    const reviews = workbook.getWorksheet("История проверки")!;
    expect(reviews.rowCount).toBe(3);
    expect(reviews.getRow(2).values).toEqual(expect.arrayContaining([11, "Принят", "Администратор или бывший методист"]));
    expect(reviews.getRow(3).values).toEqual(expect.arrayContaining([13, "Возвращён на доработку", "Родители — участники совместных мероприятий: Проверьте число родителей"]));

    const groups = workbook.getWorksheet("Группы")!;
    expect(groups.rowCount).toBe(11);
    expect(groups.getRow(2).values).toEqual(expect.arrayContaining(["Айгөлек", 20, "Экспериментальная группа", "Нет"]));
    expect(groups.getCell(2, 6).type).toBe(ExcelJS.ValueType.Number);

    const [photo] = sent.called("sendPhoto");
    expect(photo!.payload.caption).toBe("Статус отчётов: Актюбинская область, 4-й квартал 2026 года");
    expect(pngSize((photo!.payload.photo as { fileBytes: Buffer }).fileBytes)).toMatchObject({ width: 1000 });
  });

  it("text a spreadsheet would take for a formula is written as text and formatted as Text, so a re-entered cell stays text", async () => {
    const names = ["=HYPERLINK(\"http://x.example\",\"ok\")", "+7 701 000", "-5", "@SUM(A1)", "\tTab", "\rCR"];
    const groups = await database.db.select().from(kindergartenGroups).orderBy(kindergartenGroups.id).limit(names.length);
    for (const [i, g] of groups.entries()) await database.db.update(kindergartenGroups).set({ name: names[i]! }).where(eq(kindergartenGroups.id, g.id));
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const menu = await t.send(methodologist, "/export");
    const sheet = (await workbookOf(await t.press(methodologist, menu.button("4-й кв. 2026 г.").data))).getWorksheet("Группы")!;
    const nameColumn = column(sheet, "Группа");
    const cells = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(nameColumn));
    // XML reads a bare carriage return back as a line feed.
    const read = names.map((n) => n.replace("\r", "\n"));
    const risky = cells.filter((c) => read.includes(c.value as string));
    expect(risky.map((c) => c.value).sort()).toEqual([...read].sort());
    for (const cell of risky) {
      expect(cell.type, String(cell.value)).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt, String(cell.value)).toBe("@");
    }
    const plain = cells.filter((c) => !read.includes(c.value as string));
    expect(plain.length).toBeGreaterThan(0);
    for (const cell of plain) expect(cell.numFmt).toBeUndefined();
  });

  it("writes Kazakh headers for a Kazakh-speaking user", async () => {
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const menu = await t.send(methodologist, "/export");
    const workbook = await workbookOf(await t.press(methodologist, menu.button("2026 ж., 4-тоқсан").data));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Есептер", "Тексеру тарихы", "Топтар", "Жоба әсері"]);
    const reports = workbook.worksheets[0]!;
    expect(headerOf(reports).slice(0, 4)).toEqual(["Өңір", "Тізілімдегі №", "Ұйымның атауы", "Есептің жағдайы"]);
    expect(reports.getRow(2).getCell(1).value).toBe("Ақтөбе облысы");
    expect(reports.getRow(2).getCell(4).value).toBe("Қабылданды");
  });

  it("a national administrator gets every pilot kindergarten; a head gets only their own, without a chart", async () => {
    await t.meet(ADMIN, "ru");
    const menu = await t.send(ADMIN, "/export");
    const national = await t.press(ADMIN, menu.button("4-й кв. 2026 г.").data);
    const book = await workbookOf(national);
    expect(book.worksheets[0]!.rowCount).toBe(101);
    expect(national.called("sendPhoto")).toHaveLength(1);
    // Regions alphabetically in the reader's language, as in /status and the digest (not by code:
    // "west-kazakhstan" would come last, «Западно-Казахстанская» comes after «Жамбылская»).
    const regionsInSheet = [...new Set(book.worksheets[0]!.getColumn(1).values.slice(2).map(String))];
    expect(regionsInSheet.indexOf("Западно-Казахстанская область")).toBe(regionsInSheet.indexOf("Жамбылская область") + 1);
    expect(regionsInSheet.slice(0, 8)).toEqual(["Акмолинская область", "Актюбинская область", "Алматинская область", "Атырауская область", "Восточно-Казахстанская область", "Город Алматы", "Город Астана", "Город Шымкент"]);
    // Printed landscape, every column on the page's width, the header on every page, header cells wrapping.
    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      sheet.getRow(1).eachCell((cell) => expect(cell.alignment?.wrapText).toBe(true));
    }

    const head = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 12)).id }, "ru");
    const own = await t.press(head, (await t.send(head, "/export")).button("4-й кв. 2026 г.").data);
    const sheet = (await workbookOf(own)).worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toBe(12);
    expect(own.called("sendPhoto")).toHaveLength(0);
  });
});

describe("/export refuses what is outside the scope", () => {
  it("a parent is told it is not for their role", async () => {
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: (await orgByRegistryNo(database.db, 11)).id }, "ru");
    const reply = await t.send(parent, "/export");
    expect(reply.text).toBe("Извините, это действие недоступно для вашей роли.");
    const forged = await t.press(parent, "exp:4");
    expect(forged.alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect(forged.called("sendDocument")).toHaveLength(0);
  });

  it("a forged or unknown period is a stale button; a removed membership makes an old button refuse", async () => {
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const menu = await t.send(methodologist, "/export");
    for (const data of ["exp:99999", "exp:abc", "exp:"]) {
      const forged = await t.press(methodologist, data);
      expect(forged.called("sendDocument")).toHaveLength(0);
      expect(forged.called("answerCallbackQuery")).toHaveLength(1);
    }
    await database.db.delete(memberships).where(and(eq(memberships.userId, methodologist.id), eq(memberships.role, "methodologist")));
    const stale = await t.press(methodologist, menu.button("4-й кв. 2026 г.").data);
    expect(stale.alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect(stale.called("sendDocument")).toHaveLength(0);
  });
});
