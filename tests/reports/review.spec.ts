import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { outbox, quarterlyReports, reportReviews } from "../../src/db/schema/index.js";
import { ensureReport, findReportingPeriod, replaceAnswers } from "../../src/reports/report-draft.js";
import { submitReport } from "../../src/reports/submit-report.js";
import { addGroup } from "../../src/reports/groups.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { createTestBot, newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestUser } from "../../testing/updates.js";

let database: Database;
let t: TestBot;
let orgId: number;
let head: TestUser;
let methodologist: TestUser;
const NOW = new Date("2026-11-12T06:00:00Z");

const fullAnswers = {
  directions: ["medicine", "digital"],
  activities: 14,
  meetings: 2,
  parents: 31,
  zones: 1,
  zones_description: "Уголок «Юный врач»",
  exp_high: 6,
  exp_middle: 10,
  exp_low: 4,
  ctl_high: 3,
  ctl_middle: 9,
  ctl_low: 6,
  best_practice: "Неделя профессий",
  best_practice_photos: ["photo-a", "photo-b"],
  difficulties: "Нет костюмов",
  help_topics: ["materials"],
  help_text: null,
};

async function submitted() {
  const period = (await findReportingPeriod(database.db, NOW))!;
  const report = await ensureReport(database.db, orgId, period.id);
  await replaceAnswers(database.db, report.id, fullAnswers);
  const result = await submitReport(database.db, { reportId: report.id, userId: head.id, now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return report.id;
}

const reportRow = async () => (await database.db.select().from(quarterlyReports).where(eq(quarterlyReports.organizationId, orgId)))[0]!;

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { now: NOW });
beforeEach(async () => {
  orgId = (await orgByRegistryNo(database.db, 12)).id;
  await addGroup(database.db, { organizationId: orgId, name: "Айгөлек", ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: null });
  await addGroup(database.db, { organizationId: orgId, name: "Ботақан", ageBand: "senior", childrenCount: 18, arm: "control", createdBy: null });
  head = await joinedUser(t, database.db, { role: "head", organizationId: orgId }, "kk");
  methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
});

describe("a methodologist reviews the region's reports", () => {
  it("lists, reads (with photos) and accepts; the head is notified through the outbox", async () => {
    const reportId = await submitted();
    const list = await t.send(methodologist, "/review");
    expect(list.text).toContain("Ожидают проверки: 1");
    const opened = await t.press(methodologist, list.button("№ 33 «Нұрсәт»").data);
    expect(opened.texts[0]).toContain("Актюбинская область");
    expect(opened.texts[0]).toContain("2026 год, 4-й квартал · версия 1 · отправлен 12.11.2026");
    expect(opened.texts[0]).toContain("→ Медицина и здоровье; Цифровые технологии");
    expect(opened.called("sendMediaGroup")).toHaveLength(1);
    const accepted = await t.press(methodologist, opened.button("Принять").data);
    expect(accepted.text).toContain("Отчёт принят");
    expect(await reportRow()).toMatchObject({ status: "accepted", acceptedBy: methodologist.id });
    const notices = await database.db.select().from(outbox).where(eq(outbox.chatId, head.id));
    expect(notices).toMatchObject([{ templateKey: "review-notice-accepted", kind: "report-review" }]);
    expect((await t.press(methodologist, opened.button("Принять").data)).text).toContain("решение уже принято");
    expect(await database.db.select().from(reportReviews).where(eq(reportReviews.reportId, reportId))).toHaveLength(1);
    expect((await t.send(methodologist, "/review")).text).toBe("Отчётов, ожидающих проверки, нет.");
  });

  it("returns with comments on chosen fields; the head redoes exactly those and resubmits", async () => {
    await submitted();
    const list = await t.send(methodologist, "/review");
    const opened = await t.press(methodologist, list.buttons[0]!.data);
    const choose = await t.press(methodologist, opened.button("Вернуть").data);
    expect(choose.text).toContain("Отметьте номера вопросов");
    expect((await t.press(methodologist, choose.button("Далее").data)).alerts).toEqual(["Отметьте хотя бы один вопрос."]);
    expect((await t.send(methodologist, "вопрос 2")).text).toContain("Отметьте вопросы кнопками");
    await t.press(methodologist, choose.button("⬜ 2").data);
    await t.press(methodologist, choose.button("⬜ 5").data);
    const ask = await t.press(methodologist, choose.button("Далее").data);
    expect(ask.text).toContain("Комментарий к вопросу «Сколько занятий");
    expect((await t.sendPhoto(methodologist)).text).toContain("Напишите комментарий текстом");
    expect((await t.send(methodologist, "x".repeat(501))).text).toContain("Комментарий слишком длинный: можно не больше 500 знаков, а сейчас — 501.");
    // A restart between the two comments: the conversation continues from the database.
    t = createTestBot(database.db, { now: NOW });
    const second = await t.send(methodologist, "Укажите только занятия с экспериментальными группами");
    expect(second.text).toContain("Комментарий к вопросу «Сколько новых зон");
    const done = await t.send(methodologist, "Опишите все уголки");
    expect(done.text).toContain("Отчёт возвращён на доработку");
    const row = await reportRow();
    expect(row).toMatchObject({ status: "returned", returnedFields: { activities: "Укажите только занятия с экспериментальными группами", zones: "Опишите все уголки" } });
    const [notice] = await database.db.select().from(outbox).where(eq(outbox.chatId, head.id));
    expect(notice).toMatchObject({ templateKey: "review-notice-returned", buttons: [{ textKey: "report-button-open-report", callbackData: "report:open" }] });

    // The head opens the report from the notice's button and is walked through the two fields.
    const first = await t.press(head, "report:open");
    expect(first.text).toContain("Әдіскердің пікірі: Укажите только занятия");
    expect(first.text).toContain("Тоқсан ішінде эксперименттік топтармен");
    const next = await t.send(head, "9");
    expect(next.text).toContain("Әдіскердің пікірі: Опишите все уголки");
    const summary = await t.send(head, "2");
    expect(summary.text).toContain("Жауаптарды тексеріңіз");
    // Text typed at the summary changes nothing and points to the buttons.
    expect((await t.send(head, "бәрі дұрыс")).text).toContain("Жауапты өзгерту үшін оның нөмірі бар ✏️ батырмасын басыңыз");
    const resubmitted = await t.press(head, summary.button("Есепті жіберу").data);
    expect(resubmitted.text).toContain("2-нұсқа");
    expect(await reportRow()).toMatchObject({ status: "submitted", returnedFields: null });
    expect((await reportRow()).answers).toMatchObject({ activities: 9, zones: 2 });
  });

  it("sees only their region's reports; others are refused and change nothing", async () => {
    const reportId = await submitted();
    const other = await joinedUser(t, database.db, { role: "methodologist", regionCode: "abai" }, "kk");
    expect((await t.send(other, "/review")).text).toBe("Тексеруді күтіп тұрған есеп жоқ.");
    expect((await t.press(other, `rv-open:${reportId}`)).alerts).toEqual(["Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз."]);
    expect((await t.press(other, `rv-acc:${reportId}`)).alerts).toHaveLength(1);
    expect((await t.press(other, `rv-ret:${reportId}`)).alerts).toHaveLength(1);
    expect((await t.send(head, "/review")).text).toBe("Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз.");
    const guest = newUser();
    await t.meet(guest, "ru");
    expect((await t.send(guest, "/review")).text).toContain("Вы ещё не подключились к боту");
    expect(await reportRow()).toMatchObject({ status: "submitted" });
  });
});
