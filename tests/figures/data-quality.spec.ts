import ExcelJS from "exceljs";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { draftAnalytics } from "../../src/outputs/analytics/draft-analytics.js";
import type { Database } from "../../src/db/client.js";
import { quarterlyReports, reportVersions } from "../../src/db/schema/index.js";
import { qualityFlags } from "../../src/figures/data-quality.js";
import { prepareWeeklyDigest } from "../../src/outputs/digests/weekly.js";
import { exportScope } from "../../src/outputs/exports/scope-export.js";
import { createI18n } from "../../src/bot/i18n.js";
import { findPeriod } from "../../src/figures/period-reports.js";
import { AFTER_DEADLINE, answers, seedQuarterReports } from "../files/seed-reports.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestBot } from "../../testing/test-bot.js";
import { docxText } from "../helpers/zip.js";

const previous = answers({ exp_high: 4, exp_middle: 10, exp_low: 6, ctl_high: 3, ctl_middle: 9, ctl_low: 6 });

describe("data-quality rules (one file: src/figures/data-quality.ts)", () => {
  it("children-jump: an arm's children change by half or more; less than half is not flagged", () => {
    expect(qualityFlags(answers({ exp_high: 8, exp_middle: 14, exp_low: 8, ctl_high: 3, ctl_middle: 9, ctl_low: 6 }), previous)).toContainEqual({ rule: "children-jump", arm: "exp", before: 20, after: 30 });
    expect(qualityFlags(answers({ exp_high: 5, exp_middle: 14, exp_low: 10, ctl_high: 3, ctl_middle: 9, ctl_low: 6 }), previous).filter((f) => f.rule === "children-jump")).toEqual([]);
    expect(qualityFlags(answers({ exp_high: 4, exp_middle: 10, exp_low: 6, ctl_high: 2, ctl_middle: 4, ctl_low: 3 }), previous)).toContainEqual({ rule: "children-jump", arm: "ctl", before: 18, after: 9 });
  });

  it("share-jump: an arm's share at a high level moves by 40 points or more; 35 points is not flagged", () => {
    expect(qualityFlags(answers({ exp_high: 13, exp_middle: 5, exp_low: 2, ctl_high: 3, ctl_middle: 9, ctl_low: 6 }), previous)).toContainEqual({ rule: "share-jump", arm: "exp", before: 20, after: 65 });
    expect(qualityFlags(answers({ exp_high: 11, exp_middle: 7, exp_low: 2, ctl_high: 3, ctl_middle: 9, ctl_low: 6 }), previous).filter((f) => f.rule === "share-jump")).toEqual([]);
  });

  it("same-as-previous: every figure equals the previous report's; one figure changed is not flagged; no previous report, no flags", () => {
    expect(qualityFlags(previous, previous)).toEqual([{ rule: "same-as-previous" }]);
    expect(qualityFlags({ ...previous, parents: 32 }, previous)).toEqual([]);
    expect(qualityFlags(previous, null)).toEqual([]);
  });
});

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec), { now: AFTER_DEADLINE });
beforeEach(async () => seedQuarterReports(database.db));

/** Changes what a kindergarten's fourth-quarter report says (its Q1 report is the comparison point). */
async function q4Answers(registryNo: number, values: Record<string, unknown>) {
  const org = await orgByRegistryNo(database.db, registryNo);
  const period = (await findPeriod(database.db, 2026, 4))!;
  const [report] = await database.db
    .update(quarterlyReports)
    .set({ answers: answers(values) as never })
    .where(and(eq(quarterlyReports.organizationId, org.id), eq(quarterlyReports.periodId, period.id)))
    .returning();
  // What was handed in, as the documents read it (the latest version).
  await database.db.update(reportVersions).set({ answers: answers(values) as never }).where(eq(reportVersions.reportId, report!.id));
}

describe("flags reach the methodologist and the documents, and change nothing", () => {
  it("the methodologist sees the flags when opening the report in /review", async () => {
    // 12 in Q1: control 2 + 9 + 7 = 18 children; now 36.
    await q4Answers(12, { ctl_high: 9, ctl_middle: 9, ctl_low: 18 });
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const list = await t.send(methodologist, "/review");
    const opened = await t.press(methodologist, list.button(/^12\..*2026\/4/).data!);
    expect(opened.texts[0]).toContain("⚠️ Проверьте данные");
    expect(opened.texts[0]).toContain("число детей в контрольных группах изменилось с 18 до 36");
  });

  it("the document lists them in section 6, in Kazakh too", async () => {
    // 11 in Q1: experimental 2 + 10 + 8 = 20 children, 10 % high; now 40 children, 50 % high.
    await q4Answers(11, { exp_high: 20, exp_middle: 10, exp_low: 10 });
    const period = (await findPeriod(database.db, 2026, 4))!;
    const scope = { national: false, regions: ["aktobe"], organizationIds: [] };
    const ru = docxText((await draftAnalytics(database.db, { scope, period, regionCode: "aktobe", now: AFTER_DEADLINE, language: "ru" })).docx);
    expect(ru).toContain("Данные, требующие проверки (по сравнению с предыдущим отчётом организации; организаций: 1):");
    expect(ru).toMatch(/• 11\. .*: число детей в экспериментальных группах изменилось с 20 до 40 \(на половину и больше\); доля детей с высоким уровнем в экспериментальных группах изменилась с 10 % до 50 %/);
    const kk = docxText((await draftAnalytics(database.db, { scope, period, regionCode: "aktobe", now: AFTER_DEADLINE, language: "kk" })).docx);
    expect(kk).toContain("эксперименттік топтарындағы балалар саны 20 болса, енді 40");
    const org = await orgByRegistryNo(database.db, 11);
    const [row] = await database.db.select().from(quarterlyReports).where(and(eq(quarterlyReports.organizationId, org.id), eq(quarterlyReports.periodId, period.id)));
    expect(row!.answers).toMatchObject({ exp_high: 20, exp_middle: 10, exp_low: 10 });
  });
});

describe("flags are listed in the region's weekly digest and marked in the .xlsx export", () => {
  const i18n = createI18n();
  const translate = (locale: "kk" | "ru", key: string, params?: Record<string, string | number>) => i18n.t(locale, key, params);

  it("the region's digest lists the flagged kindergartens in both languages; the country's digest does not", async () => {
    await q4Answers(11, { exp_high: 20, exp_middle: 10, exp_low: 10 });
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const run = await prepareWeeklyDigest(database.db, AFTER_DEADLINE, translate);
    const bodyOf = (userId: number, language: "kk" | "ru") =>
      run.messages.filter((m) => m.chatId === userId && m.templateKey === "digest-weekly-part").map((m) => (m.params!.body as { kk: string; ru: string })[language]).join("\n");
    const ru = bodyOf(methodologist.id, "ru");
    expect(ru).toContain("⚠️ Данные, требующие проверки (по сравнению с предыдущим отчётом организации; ничего не изменено), организаций: 1:");
    expect(ru).toMatch(/• 11\. .*: число детей в экспериментальных группах изменилось с 20 до 40/);
    expect(bodyOf(methodologist.id, "kk")).toContain("эксперименттік топтарындағы балалар саны 20 болса, енді 40");
    expect(bodyOf(national.id, "ru")).not.toContain("Данные, требующие проверки");
  });

  it("the .xlsx has a data-check column, filled and marked only for the flagged report; the figures stay as handed in", async () => {
    await q4Answers(11, { exp_high: 20, exp_middle: 10, exp_low: 10 });
    const period = (await findPeriod(database.db, 2026, 4))!;
    const scope = { national: false, regions: ["aktobe"], organizationIds: [] };
    const { xlsx } = await exportScope(database.db, { scope, period, now: AFTER_DEADLINE, language: "ru", regionCode: "aktobe" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Отчёты")!;
    expect(sheet.getRow(1).getCell(8).value).toBe("Проверка данных");
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const flagged = rows.filter((r) => r.getCell(8).value);
    expect(flagged.map((r) => r.getCell(2).value)).toEqual([11]);
    expect(String(flagged[0]!.getCell(8).value)).toContain("число детей в экспериментальных группах изменилось с 20 до 40");
    expect(flagged[0]!.getCell(8).fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFFFE699" } });
    expect(rows.find((r) => r.getCell(2).value === 12)!.getCell(8).fill).toBeUndefined();
    const highColumn = (sheet.getRow(1).values as unknown[]).indexOf("Экспериментальные: высокий уровень");
    expect(flagged[0]!.getCell(highColumn).value).toBe(20);
  });
});
