import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { draftAnalytics } from "../../src/outputs/analytics/draft-analytics.js";
import { exportScope } from "../../src/outputs/exports/scope-export.js";
import { findPeriod } from "../../src/figures/period-reports.js";
import { joinedUser } from "../helpers/fixtures.js";
import type { TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { docxText } from "../helpers/zip.js";
import { seedPilot } from "./effect-fixtures.js";

let database: Database;
let t: TestBot;
const NOW = new Date("2026-11-28T06:00:00Z");
useBotSpec((spec) => ({ database, t } = spec), { now: NOW });

describe("the programme's effect where the Institute reads it", () => {
  it("a national coordinator's /status offers the difference in differences by a button: its interval and what it means, in Russian and in Kazakh", async () => {
    await seedPilot(database.db, 12);
    const ru = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const status = await t.send(ru, "/status");
    // Computed on a press only: 2,000 resamples of every kindergarten take about a second nationally.
    expect(status.text).not.toContain("Эффект проекта");
    const text = (await t.press(ru, status.button("📐 Эффект проекта").data)).text;
    expect(text).toContain("📐 Эффект проекта: экспериментальные и контрольные группы");
    expect(text).toContain("Доля детей с высоким уровнем сформированности трудовых навыков, I квартал → 4-й квартал: экспериментальные группы 20,0 % → 50,0 %, контрольные группы 20,0 % → 30,0 %.");
    expect(text).toContain("Разность изменений (экспериментальные минус контрольные): +20,0 п. п.; 95-процентный интервал — от +20,0 до +20,0 п. п.");
    expect(text).toContain("Разница в пользу экспериментальных групп");
    expect(text).toContain("детские сады, сдавшие оба отчёта, — 12 с экспериментальными группами и 12 с контрольными; детей в этом периоде — 240 и 240");
    expect(text).toContain("не доказывает причину");

    const kk = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "kk");
    const kkText = (await t.press(kk, (await t.send(kk, "/status")).button("📐 Жоба әсері").data)).text;
    expect(kkText).toContain("📐 Жобаның әсері: эксперименттік және бақылау топтары");
    expect(kkText).toContain("Өзгерістердің айырмасы (эксперименттік топтардікінен бақылау топтарынікі шегеріледі): +20,0 пайыздық тармақ");
    expect(kkText).toContain("Айырма эксперименттік топтардың пайдасына");
  });

  it("with fewer than ten kindergartens behind it, /status says so and prints no estimate", async () => {
    await seedPilot(database.db, 6);
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const text = (await t.press(coordinator, (await t.send(coordinator, "/status")).button("📐 Эффект проекта").data)).text;
    expect(text).toContain("Оценку эффекта не приводим: детских садов, сдавших отчёты и за I квартал, и за этот период, слишком мало (с экспериментальными группами — 6, с контрольными — 6; нужно не меньше 10 в каждой).");
    expect(text).not.toContain("Разность изменений");
  });

  it("a regional coordinator's /status has no national estimate", async () => {
    await seedPilot(database.db, 12);
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const status = await t.send(coordinator, "/status");
    expect(status.text).not.toContain("Эффект проекта");
    expect(status.buttons.map((b) => b.text)).not.toContain("📐 Эффект проекта");
    // The national coordinator's button, forged by a regional one: refused, no estimate sent.
    const period = (await findPeriod(database.db, 2026, 4))!;
    const forged = await t.press(coordinator, `st-e:${period.id}`);
    expect(forged.alerts).toHaveLength(1);
    expect(forged.called("sendMessage")).toHaveLength(0);
  });

  it("the .xlsx has a sheet with the table behind the estimate, and the .docx the same words for preschool organisations", async () => {
    await seedPilot(database.db, 12);
    const period = (await findPeriod(database.db, 2026, 4))!;
    const scope = { national: true, regions: [], organizationIds: [] };
    const { xlsx } = await exportScope(database.db, { scope, period, now: NOW, language: "ru" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Эффект проекта")!;
    expect(sheet).toBeDefined();
    const rows = (sheet.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    expect(rows[1]).toEqual(["Экспериментальные", 12, 240, 20, 50, 30]);
    expect(rows[2]).toEqual(["Контрольные", 12, 240, 20, 30, 10]);
    expect(rows[3]![0]).toBe("Разность изменений, п. п.");
    expect(rows[3]![5]).toBe(20);
    expect(rows[4]![5]).toBe("+20,0 … +20,0");

    const { docx } = await draftAnalytics(database.db, { scope, period, regionCode: null, now: NOW, language: "kk" });
    const text = docxText(docx);
    expect(text).toContain("Жоба әсерін бағалау");
    expect(text).toContain("+20,0 пайыздық тармақ");
    expect(text).toContain("екі есебін де ұсынған мектепке дейінгі ұйымдар — эксперименттік топтары барлары 12");
  });
});
