import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { quarterlyReports, reportSessions, reportVersions } from "../../src/db/schema/index.js";
import { acceptReport } from "../../src/reports/accept-report.js";
import { addGroup } from "../../src/reports/groups.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { createTestBot, newUser, type Outcome, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestUser } from "../../testing/updates.js";

let database: Database;
let t: TestBot;
let orgId: number;
const Q4_OPEN = new Date("2026-11-10T06:00:00Z");

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { now: Q4_OPEN });
beforeEach(async () => {
  orgId = (await orgByRegistryNo(database.db, 11)).id;
  await addGroup(database.db, { organizationId: orgId, name: "Балапан", ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: null });
  await addGroup(database.db, { organizationId: orgId, name: "Күншуақ", ageBand: "senior", childrenCount: 18, arm: "control", createdBy: null });
});

const head = (language: "kk" | "ru" = "ru", user?: TestUser) => joinedUser(t, database.db, { role: "head", organizationId: orgId }, language, user);
const report = async () => (await database.db.select().from(quarterlyReports).where(eq(quarterlyReports.organizationId, orgId)))[0]!;

/** Answers the whole form the way a head would; returns the summary. */
async function fillAll(user: TestUser, first: Outcome): Promise<Outcome> {
  let out = first;
  await t.press(user, out.buttons[0]!.data); // first direction
  await t.press(user, out.buttons[1]!.data); // second direction
  out = await t.press(user, out.button(/Готово|Дайын/).data);
  for (const answer of ["12", "3", "25", "2", "Мини-огород и уголок строителя", "5", "10", "5", "4", "10", "4", "Неделя профессий с родителями"]) {
    out = await t.send(user, answer);
  }
  out = await t.sendPhoto(user);
  out = await t.press(user, out.button(/Готово|дайын/i).data);
  out = await t.send(user, "Не хватает материалов для уголков");
  out = await t.press(user, out.button(/Готово|Дайын/).data); // help topics: none
  return t.press(user, out.button(/Пропустить|Өткізіп/).data); // help text: skipped
}

describe("a head fills in the quarterly report", () => {
  it("one question at a time, sees a summary, submits; a version is kept", async () => {
    const user = await head("ru");
    const first = await t.send(user, "/report");
    expect(first.text).toContain("Вопрос 1 из 16");
    expect(first.text).toContain("Направления работы");
    expect(first.buttons.map((b) => b.text)).toContain("▫️ Сельское хозяйство");
    const summary = await fillAll(user, first);
    expect(summary.text).toContain("Отчёт: №49 «Думан» бөбекжай-бақшасы» МКҚК, 2026 год, 4-й квартал");
    expect(summary.text).toContain("→ Сельское хозяйство; Строительство");
    expect(summary.text).toContain("→ 12");
    expect(summary.text).toContain("→ 1 фото");
    expect(summary.buttons.filter((b) => b.text.startsWith("✏️"))).toHaveLength(17);
    const done = await t.press(user, summary.button("Отправить отчёт").data);
    expect(done.text).toContain("Отчёт отправлен (версия 1)");
    const row = await report();
    expect(row).toMatchObject({ status: "submitted", submittedLate: false, formVersion: "2026.1" });
    expect(row.answers).toMatchObject({ directions: ["agriculture", "construction"], activities: 12, exp_high: 5, ctl_low: 4, help_text: null });
    const versions = await database.db.select().from(reportVersions).where(eq(reportVersions.reportId, row.id));
    expect(versions).toMatchObject([{ version: 1, submittedBy: user.id, late: false }]);
  });

  it("in Kazakh too", async () => {
    const user = await head("kk");
    const first = await t.send(user, "/report");
    expect(first.text).toContain("Сұрақ 1/16");
    expect(first.text).toContain("Осы тоқсанда таңдалған жұмыс бағыттары");
    const summary = await fillAll(user, first);
    expect(summary.text).toContain("Есеп: №49 «Думан» бөбекжай-бақшасы» МКҚК, 2026 жыл, 4-тоқсан");
    const done = await t.press(user, summary.button("Есепті жіберу").data);
    expect(done.text).toContain("Есеп жіберілді (1-нұсқа)");
  });

  it("wrong input is explained, asked again, and changes nothing", async () => {
    const user = await head("ru");
    const first = await t.send(user, "/report");
    expect((await t.send(user, "строительство")).text).toContain("Выберите ответ кнопкой");
    expect((await t.press(user, first.button(/Готово/).data)).text).toContain("Отметьте хотя бы 1 вариант");
    await t.press(user, first.buttons[0]!.data);
    await t.press(user, first.button(/Готово/).data);
    expect((await t.send(user, "двенадцать")).text).toContain("Это не целое число");
    expect((await t.send(user, "12.5")).text).toContain("Это не целое число");
    expect((await t.send(user, "5000")).text).toContain("Число должно быть от 0 до 1000");
    expect((await t.sendPhoto(user)).text).toContain("Нужно число");
    const stale = await t.press(user, first.buttons[2]!.data); // a button of the first question
    expect(stale.alerts).toEqual(["Эта кнопка устарела. Отправьте нужную команду ещё раз (список: /help)."]);
    expect((await report()).answers).toEqual({ directions: ["agriculture"] });
    const ok = await t.send(user, " 12 ");
    expect(ok.text).toContain("встреч с людьми разных профессий");
    expect((await report()).answers).toEqual({ directions: ["agriculture"], activities: 12 });
    for (const n of ["1", "2", "0"]) await t.send(user, n);
    const tooLong = await t.send(user, "а".repeat(1501));
    // zones = 0: the description is not asked; the next is the experimental groups' high level
    expect(tooLong.text).toContain("Это не целое число");
  });

  it("counts by level must add up to the arm's children, otherwise the three are asked again", async () => {
    const user = await head("kk");
    const first = await t.send(user, "/report");
    await t.press(user, first.buttons[0]!.data);
    await t.press(user, first.button(/Дайын/).data);
    for (const n of ["1", "1", "1", "0", "5", "5"]) await t.send(user, n);
    const broken = await t.send(user, "5");
    expect(broken.text).toContain("Эксперименттік топтардағы балалардың жалпы саны — 20, ал үш деңгей бойынша қосындысы — 15.");
    expect(broken.text).toContain("жоғары деңгейде");
    expect((await report()).answers).not.toHaveProperty("exp_high");
    for (const n of ["5", "10"]) await t.send(user, n);
    expect((await t.send(user, "5")).text).toContain("Бақылау топтары: дағдыларды байқау нәтижесі бойынша қанша бала жоғары деңгейде?");
  });

  it("a long text is refused with its length", async () => {
    const user = await head("ru");
    const first = await t.send(user, "/report");
    await t.press(user, first.buttons[0]!.data);
    await t.press(user, first.button(/Готово/).data);
    for (const n of ["1", "1", "1", "1"]) await t.send(user, n);
    expect((await t.send(user, "х".repeat(501))).text).toContain("Ответ слишком длинный: можно не больше 500 знаков, а сейчас — 501.");
  });

  it("/cancel keeps the draft, and the walk continues after a restart exactly where it stopped", async () => {
    const user = await head("ru");
    const first = await t.send(user, "/report");
    await t.press(user, first.buttons[3]!.data);
    await t.press(user, first.button(/Готово/).data);
    await t.send(user, "7");
    expect((await t.send(user, "/cancel")).text).toContain("Заполнение прервано, ответы сохранены.");
    expect((await t.send(user, "42")).text).not.toContain("Вопрос");
    // A new process: another bot on the same database.
    t = createTestBot(database.db, { now: Q4_OPEN });
    const resumed = await t.send(user, "/report");
    expect(resumed.texts[0]).toContain("Продолжаем с того места");
    expect(resumed.texts[1]).toContain("Вопрос 3 из 16");
    expect(resumed.texts[1]).toContain("встреч с людьми разных профессий");
    expect((await report()).answers).toEqual({ directions: ["transport"], activities: 7 });
  });

  it("changes a single answer from the summary and comes back to it", async () => {
    const user = await head("ru");
    const summary = await fillAll(user, await t.send(user, "/report"));
    const question = await t.press(user, summary.button("✏️ 2").data);
    expect(question.text).toContain("Сколько занятий");
    expect(question.text).toContain("Сейчас указано: 12");
    const back = await t.send(user, "30");
    expect(back.text).toContain("Проверьте ответы");
    expect(back.text).toContain("→ 30");
    // Zones from 2 to 0: the description no longer applies and disappears.
    const zones = await t.press(user, back.button("✏️ 5").data);
    expect(zones.text).toContain("новых зон");
    const after = await t.send(user, "0");
    expect(after.text).not.toContain("Мини-огород");
    expect(after.buttons.filter((b) => b.text.startsWith("✏️"))).toHaveLength(16);
  });

  it("a late submission is accepted and marked late", async () => {
    const user = await head("ru");
    const summary = await fillAll(user, await t.send(user, "/report"));
    t.setNow(new Date("2026-11-21T05:00:00Z")); // 10:00 in Almaty, the day after the due day
    // Past the due day the head is asked first: a late report cannot be changed once sent.
    const confirm = await t.press(user, summary.button("Отправить отчёт").data);
    expect(confirm.text).toContain("после отправки изменить его будет нельзя. Отправить?");
    expect(await report()).toMatchObject({ status: "draft" });
    const done = await t.press(user, confirm.button("Да, отправить").data);
    expect(done.text).toContain("отмечен как сданный с опозданием");
    expect(await report()).toMatchObject({ status: "submitted", submittedLate: true });
  });

  it("after submitting: changeable until the deadline, then closed; accepted reports are closed", async () => {
    const user = await head("ru");
    const summary = await fillAll(user, await t.send(user, "/report"));
    await t.press(user, summary.button("Отправить отчёт").data);
    const again = await t.send(user, "/report");
    expect(again.text).toContain("Проверьте ответы");
    expect(again.button("📨 Отправить исправленный")).toBeDefined();
    const edited = await t.send(user, "/report");
    await t.press(user, edited.button("✏️ 3").data);
    const resubmitted = await t.press(user, (await t.send(user, "4")).button("Отправить исправленный").data);
    expect(resubmitted.text).toContain("версия 2");
    t.setNow(new Date("2026-11-20T19:00:00Z")); // 00:00 on 21 November in Almaty
    expect((await t.send(user, "/report")).text).toContain("Срок сдачи прошёл");
    await acceptReport(database.db, { reportId: (await report()).id, reviewerId: 1, now: t.now });
    expect((await t.send(user, "/report")).text).toContain("уже принят методистом");
  });

  it("photos: a file is refused, at most five are kept, then the walk goes on by itself", async () => {
    const user = await head("kk");
    const first = await t.send(user, "/report");
    await t.press(user, first.buttons[0]!.data);
    await t.press(user, first.button(/Дайын/).data);
    for (const answer of ["1", "1", "1", "0", "5", "10", "5", "4", "10", "4"]) await t.send(user, answer);
    const photosQuestion = await t.send(user, "Кәсіптер апталығы");
    expect(photosQuestion.text).toContain("Үздік педагогикалық тәжірибенің фотосуреттері");
    const file = await t.sendDocument(user);
    expect(file.text).toContain("Мұнда фотосуреттер қажет (файл емес, фото ретінде)");
    expect((await t.send(user, "міне")).text).toContain("Мұнда фотосуреттер қажет");
    for (let i = 1; i <= 4; i++) expect((await t.sendPhoto(user)).text).toBe(`Фото қосылды: ${i}/5. Тағы жіберіңіз немесе «Фото дайын» батырмасын басыңыз.`);
    const fifth = await t.sendPhoto(user);
    expect(fifth.text).toContain("Кездескен қиындықтар мен тәуекелдер");
    expect(((await report()).answers.best_practice_photos as string[]).length).toBe(5);
  });

  it("says so when no period is open", async () => {
    t.setNow(new Date("2026-01-10T06:00:00Z"));
    const user = await head("kk");
    expect((await t.send(user, "/report")).text).toBe("Қазір есеп беру кезеңі ашық емес. Кезең ашылғанда еске саламын.");
  });

  it("the skill levels may be skipped in the second quarter, not in the fourth", async () => {
    const user = await head("ru");
    const first = await t.send(user, "/report");
    await t.press(user, first.buttons[0]!.data);
    await t.press(user, first.button(/Готово/).data);
    for (const n of ["1", "1", "1"]) await t.send(user, n);
    const q4 = await t.send(user, "0");
    expect(q4.text).not.toContain("(необязательно)");
    expect(q4.buttons.map((b) => b.text)).not.toContain("Пропустить");
    const view = (await database.db.select().from(reportSessions))[0]!;
    expect((await t.press(user, `rf-skip:6`)).text).toContain("Этот вопрос обязательный");
    expect((await database.db.select().from(reportSessions))[0]!.fieldKey).toBe(view.fieldKey);
  });

  it("two heads of one kindergarten: the second is told who is filling it in and may take over", async () => {
    const first = await head("ru", newUser({ first_name: "Айгерим" }));
    const second = await head("kk", newUser({ first_name: "Гүлнар" }));
    const q1 = await t.send(first, "/report");
    await t.press(first, q1.buttons[0]!.data);
    const busy = await t.send(second, "/report");
    expect(busy.text).toContain("Бұл есепті қазір Айгерим толтырып жатыр");
    const taken = await t.press(second, busy.button("Өзім жалғастырамын").data);
    expect(taken.text).toContain("Сұрақ 1/16");
    expect(taken.buttons[0]!.text).toBe("✅ Ауыл шаруашылығы");
    const told = await t.press(first, q1.button(/Готово/).data);
    expect(told.text).toContain("Теперь отчёт заполняет Гүлнар");
    expect((await report()).editorId).toBe(second.id);
  });

  it("is refused to anyone who is not a head", async () => {
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: orgId }, "ru");
    expect((await t.send(parent, "/report")).text).toBe("Извините, это действие недоступно для вашей роли.");
    expect((await t.press(parent, `rp-take:${orgId}`)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect(await database.db.select().from(quarterlyReports)).toEqual([]);
  });
});
