import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { memberships } from "../../src/db/schema/index.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type Outcome, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { docxText, pngSize, readZipEntry, zipEntryNames } from "../helpers/zip.js";
import { AFTER_DEADLINE, seedQuarterReports } from "./seed-reports.js";

let database: Database;
let t: TestBot;
const ADMIN = newUser();

useBotSpec((spec) => ({ database, t } = spec), { now: AFTER_DEADLINE, adminIds: [ADMIN.id] });
beforeEach(async () => seedQuarterReports(database.db));

function documentOf(outcome: Outcome): Buffer {
  const [call] = outcome.called("sendDocument");
  expect(call, "a document was sent").toBeDefined();
  return (call!.payload.document as { fileBytes: Buffer }).fileBytes;
}

describe("/analytics: the draft of the regional analytical report", () => {
  it("a methodologist gets their region's draft in Russian: organisations, discipline, figures, comparison with its chart, quotes with names", async () => {
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const menu = await t.send(methodologist, "/analytics");
    expect(menu.text).toBe("Проект аналитического отчёта. За какой отчётный период?");
    const sent = await t.press(methodologist, menu.button("4-й кв. 2026 г.").data);
    expect(sent.called("answerCallbackQuery")).toHaveLength(1);
    expect(sent.called("sendDocument")[0]!.payload.caption).toContain("Проект информации о ходе реализации проекта: Актюбинская область, 4-й квартал 2026 года.");
    const docx = documentOf(sent);
    const text = docxText(docx);
    for (const heading of [
      "1. Организации — участники пилотного проекта",
      "2. Отчётная дисциплина",
      "3. Мероприятия, встречи и участие родителей",
      "4. Сравнительный мониторинг: экспериментальные и контрольные группы",
      "5. Лучший педагогический опыт",
      "6. Трудности и риски",
      "7. Запрошенная методическая помощь",
      "8. Выводы и предложения",
    ]) expect(text).toContain(heading);
    expect(text).toContain("В пилотном проекте участвуют 5 дошкольных организаций.");
    expect(text).toContain("Срок сдачи отчёта за 4-й квартал 2026 года — 20.11.2026.");
    // Discipline: 11 on time, 12 late, 13 returned, 14 and 15 not handed in by the due day.
    expect(text).toMatch(/Сдано в срок\n1\n20 %/);
    expect(text).toMatch(/Сдано с опозданием\n1\n20 %/);
    expect(text).toMatch(/Не сдан в срок\n2\n40 %/);
    expect(text).toContain("• 14. «NURSULTAN 7777» бөбекжай-бақшасы» ЖШС");
    // Figures count the reports handed in and not returned: 11 (20 activities) and 12 (14).
    expect(text).toContain("По сданным отчётам (отчётов: 2).");
    expect(text).toMatch(/Занятия в экспериментальных группах\n34\n17/);
    expect(text).toMatch(/Родители — участники совместных мероприятий\n62\n31/);
    // Experimental vs control with the first quarter (11 and 12 in Q1: 4 of 40 high).
    expect(text).toContain("доля детей с высоким уровнем сформированности трудовых навыков: в экспериментальных группах — 40 %, в контрольных — 16,7 %.");
    expect(text).toContain("В 1-м квартале: в экспериментальных группах — 10 %, в контрольных — 11,1 %.");
    expect(text).toMatch(/Экспериментальные группы\n1-й квартал\n40\n4 \(10 %\)/);
    // Tables have fixed column widths: "№" is narrow, names get the room (not four equal columns).
    const xml = readZipEntry(docx, "word/document.xml")!.toString("utf8");
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])));
    const list = grids.find((g) => g.length === 4)!;
    expect(list[0]!).toBeLessThan(800);
    expect(list[2]!).toBeGreaterThan(4000);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    // The comparison table's first column is wide enough for «Эксперименттік» / «Экспериментальные» in 12 pt.
    const comparison = grids.find((g) => g.length === 6)!;
    expect(comparison[0]!).toBeGreaterThanOrEqual(2300);
    const images = zipEntryNames(docx).filter((name) => name.startsWith("word/media/"));
    expect(images).toHaveLength(1);
    expect(pngSize(readZipEntry(docx, images[0]!)!)).toEqual({ width: 1000, height: 600 });
    // Quotes, each with its kindergarten's registry name.
    expect(text).toContain("«Семейный проект «Профессии моих родителей»: папы и мамы приходили в группу»\n— №49 «Думан» бөбекжай-бақшасы» МКҚК");
    expect(text).toContain("«Нужны методические пособия на казахском языке»\n— № 33 «Нұрсәт» балабақшасы» МКҚК");
    expect(text).toContain("Требуют внимания: отчёты, не сданные в срок, — 2, возвращённые на доработку — 1.");
    expect(text).not.toContain("OTHER-REGION");
  });

  it("writes the draft in Kazakh for a Kazakh-speaking coordinator", async () => {
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "kk");
    const menu = await t.send(coordinator, "/analytics");
    const text = docxText(documentOf(await t.press(coordinator, menu.button("2026 ж., 4-тоқсан").data)));
    expect(text).toContain("«Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасының 2026 жылғы 4-тоқсанда іске асырылу барысы туралы ақпарат");
    expect(text).toContain("Ақтөбе облысы · 2026 жыл, 4-тоқсан");
    for (const heading of ["1. Пилоттық жобаға қатысатын ұйымдар", "2. Есеп беру тәртібі", "4. Салыстырмалы мониторинг: эксперименттік және бақылау топтары", "5. Үздік педагогикалық тәжірибе", "8. Қорытынды және ұсыныстар"]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Пилоттық жобаға қатысатын мектепке дейінгі ұйымдар саны: 5.");
    expect(text).toContain("— №49 «Думан» бөбекжай-бақшасы» МКҚК");
    expect(text).toMatch(/Мерзімінде тапсырылды\n1\n20 %/);
  });

  it("a national administrator chooses a region or the national draft", async () => {
    await t.meet(ADMIN, "ru");
    const periods = await t.send(ADMIN, "/analytics");
    const regions = await t.press(ADMIN, periods.button("4-й кв. 2026 г.").data);
    expect(regions.called("editMessageText")[0]!.payload.text).toBe("По какому региону подготовить проект? «Вся республика» — сводный отчёт по всем регионам.");
    expect(regions.buttons).toHaveLength(21);
    const national = docxText(documentOf(await t.press(ADMIN, regions.button("Вся республика").data)));
    expect(national).toContain("Республика Казахстан · 4-й квартал 2026 года");
    expect(national).toContain("В пилотном проекте участвуют 100 дошкольных организаций.");
    expect(national).toContain("— №1 «Балапан» бөбекжай-бақшасы» КМҚК, Восточно-Казахстанская область");
    const aktobe = docxText(documentOf(await t.press(ADMIN, regions.button("Актюбинская область").data)));
    expect(aktobe).toContain("В пилотном проекте участвуют 5 дошкольных организаций.");
  });
});

describe("/analytics refuses what is outside the scope", () => {
  it("heads and parents are refused, even with forged buttons", async () => {
    const org = await orgByRegistryNo(database.db, 11);
    for (const role of ["head", "parent"] as const) {
      const user = await joinedUser(t, database.db, { role, organizationId: org.id }, "ru");
      expect((await t.send(user, "/analytics")).text).toBe("Извините, это действие недоступно для вашей роли.");
      for (const data of ["ana-p:4", "ana-r:4:aktobe", "ana-n:4"]) {
        const forged = await t.press(user, data);
        expect(forged.alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
        expect(forged.called("sendDocument")).toHaveLength(0);
      }
    }
  });

  it("a methodologist of another region cannot get Aktobe's or the national draft by forging the button", async () => {
    const other = await joinedUser(t, database.db, { role: "methodologist", regionCode: "east-kazakhstan" }, "ru");
    const menu = await t.send(other, "/analytics");
    const periodId = menu.button("4-й кв. 2026 г.").data!.split(":")[1];
    for (const data of [`ana-r:${periodId}:aktobe`, `ana-n:${periodId}`]) {
      const forged = await t.press(other, data);
      expect(forged.alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
      expect(forged.called("sendDocument")).toHaveLength(0);
    }
    const own = docxText(documentOf(await t.press(other, `ana-r:${periodId}:east-kazakhstan`)));
    expect(own).toContain("OTHER-REGION practice");
    expect(own).not.toContain("Думан");
  });

  it("an unknown period or region is a stale button; a removed membership refuses the old button", async () => {
    await t.meet(ADMIN, "ru");
    const menu = await t.send(ADMIN, "/analytics");
    const periodId = menu.button("4-й кв. 2026 г.").data!.split(":")[1];
    for (const data of ["ana-p:99999", `ana-r:${periodId}:atlantis`, "ana-n:0"]) {
      const forged = await t.press(ADMIN, data);
      expect(forged.called("answerCallbackQuery")).toHaveLength(1);
      expect(forged.called("sendDocument")).toHaveLength(0);
    }
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const regions = await t.press(coordinator, (await t.send(coordinator, "/analytics")).button("4-й кв. 2026 г.").data);
    await database.db.delete(memberships).where(eq(memberships.userId, coordinator.id));
    const stale = await t.press(coordinator, regions.button("Вся республика").data);
    expect(stale.alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect(stale.called("sendDocument")).toHaveLength(0);
  });
});
