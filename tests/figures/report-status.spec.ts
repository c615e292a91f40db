import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { createI18n } from "../../src/bot/i18n.js";
import { runWeeklyDigest } from "../../src/outputs/digests/weekly.js";
import { createFakeClock, createTestSender } from "../../testing/delivery.js";
import { joinedUser } from "../helpers/fixtures.js";
import type { Outcome, TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { docxText } from "../helpers/zip.js";
import { seedQuarterReports } from "../files/seed-reports.js";

/**
 * Monday 23.11.2026, 15:00 in Almaty: three days after Q4's due day (20.11). Aktobe then has 11
 * accepted (on time), 12 handed in late (that morning), 13 returned and not resubmitted, 14 a
 * draft and 15 nothing — the last two not handed in by the due day.
 */
const DAY_3 = new Date("2026-11-23T10:00:00Z");

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec), { now: DAY_3 });

const i18n = createI18n();
const translate = (locale: "kk" | "ru", key: string, params?: Record<string, string | number>) => i18n.t(locale, key, params);

interface Counts {
  overdue: number;
  late: number;
  returned: number;
  handedIn: number;
}

/** "3 ⏰ не сдано в срок" and the like, numbers padded with figure spaces. */
function summaryCounts(text: string): Counts {
  const plain = text.replace(/\u2007/g, " ");
  const n = (label: string) => Number(new RegExp(`(\\d+) \\S+ ${label}`).exec(plain)?.[1] ?? NaN);
  return { overdue: n("не сдано в срок"), late: n("сдано с опозданием"), returned: n("возвращено на доработку"), handedIn: n("принято") + n("на проверке") };
}

function documentBytes(outcome: Outcome): Buffer {
  const [call] = outcome.called("sendDocument");
  expect(call, "a document was sent").toBeDefined();
  return (call!.payload.document as { fileBytes: Buffer }).fileBytes;
}

describe("a report's status is the same in every output", () => {
  it("three days after the due day, /status, the weekly digest, the .xlsx and the analytical .docx of a region count on-time, late, not handed in and returned reports alike", async () => {
    await seedQuarterReports(database.db);
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const expected: Counts = { overdue: 2, late: 1, returned: 1, handedIn: 2 };

    const status = await t.send(methodologist, "/status");
    expect(summaryCounts(status.text)).toEqual(expected);

    await runWeeklyDigest(database.db, DAY_3, translate);
    const { sender, telegram } = createTestSender(database.db, { fakeClock: createFakeClock(DAY_3) });
    await sender.runUntilIdle();
    const digest = telegram.delivered.find((m) => m.chatId === methodologist.id && !m.attachment)!;
    expect(summaryCounts(digest.text)).toEqual(expected);
    // The list of kindergartens not handed in names exactly those two.
    expect(digest.text).toMatch(/⏰ Не сдали отчёт в срок \(2\)/);
    // (each line may start with the flags that say what to do: 👤 no head, 📵 unreachable, ↩️ returned)
    expect(digest.text.split("\n").flatMap((l) => /^• (?:[^\d\s]+ )?(\d+)\. /.exec(l)?.[1] ?? [])).toEqual(["14", "15"]);

    const exportMenu = await t.send(methodologist, "/export");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(documentBytes(await t.press(methodologist, exportMenu.button("4-й кв. 2026 г.").data)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Отчёты")!;
    const rows = [2, 3, 4, 5, 6].map((n) => sheet.getRow(n));
    const statuses = rows.map((r) => r.getCell(4).value);
    expect({
      overdue: statuses.filter((s) => s === "Не сдан в срок").length,
      late: rows.filter((r) => r.getCell(6).value === "Да").length,
      returned: statuses.filter((s) => s === "На доработке").length,
      handedIn: statuses.filter((s) => s === "Принят" || s === "Сдан").length,
    }).toEqual(expected);

    const analyticsMenu = await t.send(methodologist, "/analytics");
    const docx = docxText(documentBytes(await t.press(methodologist, analyticsMenu.button("4-й кв. 2026 г.").data)));
    const discipline = docx.slice(docx.indexOf("2. Отчётная дисциплина"));
    const row = (label: string) => Number(new RegExp(`${label}\\n(\\d+)\\n`).exec(discipline)?.[1] ?? NaN);
    expect({ overdue: row("Не сдан в срок"), late: row("Сдано с опозданием"), returned: row("На доработке"), handedIn: row("Сдано в срок") + row("Сдано с опозданием") }).toEqual(expected);
    expect(docx).toContain("Дошкольные организации, не сдавшие отчёт в срок:\n• 14.");
  });
});
