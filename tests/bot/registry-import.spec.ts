import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { organizations } from "../../src/db/schema/index.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type Outcome, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { csv, registryState, xlsx } from "../registry-import/helpers.js";

let database: Database;
let t: TestBot;
const admin = newUser();

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { adminIds: [admin.id] });

async function sendFile(user: ReturnType<typeof newUser>, bytes: Uint8Array, fileName: string): Promise<Outcome> {
  const fileId = t.telegram.serveFile(bytes);
  return t.sendDocument(user, fileName, { file_id: fileId, file_size: bytes.length, mime_type: "application/octet-stream" });
}

async function sentWorkbook(out: Outcome): Promise<ExcelJS.Workbook> {
  const call = out.calls.find((c) => c.method === "sendDocument")!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((call.payload.document as { fileBytes: Buffer }).fileBytes as unknown as ArrayBuffer);
  return workbook;
}

const registryXlsx = () =>
  xlsx({
    "Тізілім": [
      ["№ п/п", "БИН", "Регион", "Наименование на казахском", "Наименование на русском", "ОПФ"],
      [1, 990140000001, "Ақтөбе облысы", "«Болашақ» бөбекжай-бақшасы", "Ясли-сад «Болашак»", "ЖШС"],
      [2, 990140000002, "Город Астана", "«Ақбота» балабақшасы", "Детский сад «Акбота»", null],
    ],
  });

describe("a national administrator imports the registry in the chat", () => {
  it("in Russian: /import, the file, the dry run with the full list, Apply; the same file again changes nothing", async () => {
    await t.meet(admin, "ru");
    expect((await t.send(admin, "/help")).text).toContain("/import — Загрузить реестр организаций");
    expect((await t.send(admin, "/import")).text).toContain("Отправьте файл реестра (.xlsx или .csv) документом.");
    const before = await registryState(database.db);
    const dry = await sendFile(admin, await registryXlsx(), "reestr.xlsx");
    expect(dry.text).toContain("🔎 Результат проверки. Реестр пока не изменён.");
    expect(dry.text).toContain("«БИН» — номер в реестре");
    expect(dry.text).toContain("«№ п/п» — не используется");
    expect(dry.text).toContain("• Новые организации: 2");
    const workbook = await sentWorkbook(dry);
    expect(workbook.getWorksheet("Изменения")!.getRow(2).getCell(2).value).toBe(990140000001);
    expect(await registryState(database.db)).toEqual(before);

    const applied = await t.press(admin, dry.button("Применить").data);
    expect(applied.text).toContain("✅ Реестр обновлён.");
    expect((await database.db.select().from(organizations).where(eq(organizations.registryNo, 990140000001)))[0]).toMatchObject({
      regionCode: "aktobe", nameKk: "«Болашақ» бөбекжай-бақшасы", nameRu: "Ясли-сад «Болашак»", legalForm: "ЖШС",
    });
    const after = await registryState(database.db);
    // A second press (or a stale button) changes nothing.
    expect((await t.press(admin, dry.button("Применить").data)).alerts).toEqual(["Этот файл уже применён или отменён."]);

    await t.send(admin, "/import");
    const again = await sendFile(admin, await registryXlsx(), "reestr.xlsx");
    expect(again.text).toContain("В файле нет изменений: в реестре всё уже так.");
    expect(again.buttons).toEqual([]);
    expect(await registryState(database.db)).toEqual(after);
  });

  it("in Kazakh: a file changed after the dry run is not applied; Cancel changes nothing", async () => {
    await t.meet(admin, "kk");
    await t.send(admin, "/import");
    const bytes = csv(["registry_no;region;name_kk", "4001;aktobe;«Бірінші» балабақшасы"]);
    const dry = await sendFile(admin, bytes, "a.csv");
    expect(dry.text).toContain("🔎 Тексеру нәтижесі. Реестр әлі өзгерген жоқ.");
    expect(dry.text).toContain("• Жаңа ұйымдар: 1");
    const fileId = [...t.telegram.files.keys()].at(-1)!;
    t.telegram.files.set(fileId, csv(["registry_no;region;name_kk", "4001;almaty;«Басқа» балабақшасы"]));
    const before = await registryState(database.db);
    expect((await t.press(admin, dry.button("Қолдану").data)).text).toBe("Тексеруден кейін реестр немесе файл өзгерді, сондықтан ештеңе қолданылмады. Файлды қайта жіберіңіз.");
    expect(await registryState(database.db)).toEqual(before);

    await t.send(admin, "/import");
    const second = await sendFile(admin, bytes, "a.csv");
    expect((await t.press(admin, second.button("Болдырмау").data)).text).toBe("Болдырылмады. Реестр өзгерген жоқ.");
    expect((await t.press(admin, second.button("Қолдану").data)).alerts).toEqual(["Бұл файл бұрын қолданылған немесе болдырылмаған."]);
    expect(await registryState(database.db)).toEqual(before);
  });

  it("bad files get a clear answer, change nothing, and the bot still waits for a good one", async () => {
    await t.meet(admin, "ru");
    await t.send(admin, "/import");
    const before = await registryState(database.db);
    const picture = await sendFile(admin, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), "photo.png");
    expect(picture.text).toBe("Это не таблица. Отправьте реестр файлом .xlsx или .csv. Реестр не изменён.");
    const big = await t.sendDocument(admin, "huge.xlsx", { file_id: "huge", file_size: 20 * 1024 * 1024 });
    expect(big.text).toBe("Файл слишком большой: допустимо не более 10 МБ. Реестр не изменён.");
    expect(big.called("getFile")).toHaveLength(0);
    expect((await t.send(admin, "вот файл")).text).toContain("Отправьте реестр документом");
    const badRows = await sendFile(admin, csv(["БИН;Регион;Наименование", "5001;Марс;Сад", "5001;aktobe;Сад"]), "b.csv");
    expect(badRows.text).toContain("Строка 2: регион «Марс» не найден");
    expect(badRows.text).toContain("Строка 3: номер 5001 уже есть в строке 2");
    expect(badRows.buttons).toEqual([]);
    expect(await registryState(database.db)).toEqual(before);
    expect((await t.send(admin, "/cancel")).text).toBe("Загрузка реестра остановлена. Реестр не изменён.");
  });
});

describe("a regional administrator imports for their region only", () => {
  it("rows of another region are refused with their lines; their own region's rows apply", async () => {
    const regional = await joinedUser(t, database.db, { role: "regional_admin", regionCode: "aktobe" }, "kk");
    await t.send(regional, "/import");
    const mixed = await sendFile(regional, csv(["БИН;Облыс;Атауы", "6001;aktobe;«Өз» балабақшасы", "6002;Алматы қаласы;«Бөтен» балабақшасы"]), "m.csv");
    expect(mixed.text).toContain("3-жол: «Алматы қаласы» өңірі сіздің өкілеттігіңізге кірмейді");
    expect(mixed.buttons).toEqual([]);
    const own = await sendFile(regional, csv(["БИН;Облыс;Атауы", "6001;aktobe;«Өз» балабақшасы"]), "o.csv");
    expect((await t.press(regional, own.button("Қолдану").data)).text).toContain("✅ Реестр жаңартылды.");
    expect((await orgByRegistryNo(database.db, 6001)).regionCode).toBe("aktobe");
  });

  it("another person's confirmation, a forged one, and /import without the role are refused", async () => {
    await t.meet(admin, "ru");
    await t.send(admin, "/import");
    const dry = await sendFile(admin, csv(["БИН;Регион;Наименование", "7001;almaty;Сад"]), "x.csv");
    const regional = await joinedUser(t, database.db, { role: "regional_admin", regionCode: "almaty" }, "ru");
    const before = (await registryState(database.db)).orgs;
    expect((await t.press(regional, dry.button("Применить").data)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect((await t.press(regional, "rimp-ok:999999")).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect((await t.press(regional, "rimp-ok:abc")).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    const org = await orgByRegistryNo(database.db, 30);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru");
    expect((await t.send(head, "/import")).text).toBe("Извините, это действие недоступно для вашей роли.");
    expect((await t.press(head, dry.button("Применить").data)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect((await registryState(database.db)).orgs).toEqual(before);
  });
});
