import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { joinAttempts, quarterlyReports } from "../../src/db/schema/index.js";
import { ensureReport, findReportingPeriod, replaceAnswers } from "../../src/reports/report-draft.js";
import { returnReport } from "../../src/reports/return-report.js";
import { submitReport } from "../../src/reports/submit-report.js";
import { addGroup } from "../../src/reports/groups.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { textMessage, type TestUser } from "../../testing/updates.js";

/** What strangers, heads and methodologists meet, told as they live it. */
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

const attempts = async (user: TestUser) => database.db.select().from(joinAttempts).where(eq(joinAttempts.telegramId, user.id));
const head = (language: "kk" | "ru") => joinedUser(t, database.db, { role: "head", organizationId: orgId }, language);

describe("strangers", () => {
  it("a greeting as the very first message gets the welcome and how to join, in Kazakh and in Russian, and is not a failed code", async () => {
    for (const [greeting, language, welcome] of [
      ["Сәлем", "kk", "Қалай қосылуға болады"],
      ["Здравствуйте", "ru", "Как подключиться"],
    ] as const) {
      const stranger = newUser({ language_code: language });
      const prompt = await t.send(stranger, greeting);
      expect(prompt.buttons.map((b) => b.data)).toEqual(["lang:kk", "lang:ru"]);
      const chosen = await t.press(stranger, `lang:${language}`);
      expect(chosen.text).toContain(welcome);
      expect(chosen.text).not.toMatch(/кода нет|код жоқ|коды жоқ/i);
      expect((await t.send(stranger, "hello")).text).toContain(welcome);
      expect(await attempts(stranger)).toEqual([]);
    }
  });

  it("'/join 1234' says what a code looks like and counts nothing", async () => {
    const stranger = newUser();
    await t.meet(stranger, "ru");
    expect((await t.send(stranger, "/join 1234")).text).toBe(
      "Это не похоже на код детского сада. Код состоит из 8 латинских букв и цифр, например: ABCD-2345. Отправьте его так: /join ABCD-2345",
    );
    const kk = newUser();
    await t.meet(kk, "kk");
    expect((await t.send(kk, "/join 1234")).text).toContain("Бұл балабақша кодына ұқсамайды");
    expect(await attempts(stranger)).toEqual([]);
  });

  it("a staff command from someone who has not joined says so and how to join, not 'not allowed for your role'", async () => {
    const ru = newUser();
    await t.meet(ru, "ru");
    for (const command of ["/report", "/groups", "/review"]) {
      const out = await t.send(ru, command);
      expect(out.text).toContain("Вы ещё не подключились к боту");
      expect(out.text).toContain("ABCD-2345");
    }
    const kk = newUser();
    await t.meet(kk, "kk");
    expect((await t.send(kk, "/review")).text).toContain("Сіз ботқа әлі қосылған жоқсыз");
    // A member whose role does not allow it is still told about the role.
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: orgId }, "ru");
    expect((await t.send(parent, "/review")).text).toBe("Извините, это действие недоступно для вашей роли.");
  });

  it("/cancel with nothing in progress answers politely, in both languages", async () => {
    const ru = newUser();
    await t.meet(ru, "ru");
    expect((await t.send(ru, "/cancel")).text).toBe("Сейчас нечего прерывать: вы ничего не заполняете. Список команд: /help");
    const kk = newUser();
    await t.meet(kk, "kk");
    expect((await t.send(kk, "/cancel")).text).toContain("Қазір тоқтататын ештеңе жоқ");
  });
});

describe("methodologists", () => {
  it("have /cancel in their help, since returning a report tells them to use it", async () => {
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    expect((await t.send(methodologist, "/help")).text).toContain("/cancel");
  });

  it("read a 1,500-character best practice in full in /review", async () => {
    const user = await head("ru");
    const period = (await findReportingPeriod(database.db, Q4_OPEN))!;
    const report = await ensureReport(database.db, orgId, period.id);
    const practice = `${"Неделя профессий: дети играли в врачей, строителей и поваров. ".repeat(24)}Конец.`.slice(-1500);
    await replaceAnswers(database.db, report.id, {
      directions: ["medicine"], activities: 14, meetings: 2, parents: 31, zones: 0,
      exp_high: 6, exp_middle: 10, exp_low: 4, ctl_high: 3, ctl_middle: 9, ctl_low: 6,
      best_practice: practice, best_practice_photos: [], difficulties: "Д".repeat(1000), help_topics: [], help_text: "П".repeat(1000),
    });
    expect((await submitReport(database.db, { reportId: report.id, userId: user.id, now: Q4_OPEN })).ok).toBe(true);
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const list = await t.send(methodologist, "/review");
    const opened = await t.press(methodologist, list.buttons[0]!.data);
    const shown = opened.texts.join("\n");
    expect(shown).toContain(practice);
    expect(shown).toContain("Д".repeat(1000));
    expect(shown).toContain("П".repeat(1000));
    expect(opened.texts.every((text) => text.length <= 4096)).toBe(true);
  });
});

describe("methodologists see what a resubmission changed", () => {
  it("version 2 shows, field by field, what changed since the returned version 1, next to the comments made then", async () => {
    const user = await head("kk");
    const period = (await findReportingPeriod(database.db, Q4_OPEN))!;
    const report = await ensureReport(database.db, orgId, period.id);
    await replaceAnswers(database.db, report.id, {
      directions: ["medicine"], activities: 14, meetings: 2, parents: 31, zones: 0,
      exp_high: 6, exp_middle: 10, exp_low: 4, ctl_high: 3, ctl_middle: 9, ctl_low: 6,
      best_practice: "Неделя профессий", best_practice_photos: [], difficulties: "Нет костюмов", help_topics: [], help_text: null,
    });
    expect((await submitReport(database.db, { reportId: report.id, userId: user.id, now: Q4_OPEN })).ok).toBe(true);
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    await returnReport(database.db, { reportId: report.id, reviewerId: methodologist.id, fieldComments: { activities: "Только экспериментальные группы", meetings: "Проверьте" }, comment: null, now: Q4_OPEN });
    await t.press(user, "report:open");
    await t.send(user, "9");
    const summary = await t.send(user, "2");
    await t.press(user, summary.button("Есепті жіберу").data);

    const list = await t.send(methodologist, "/review");
    const opened = await t.press(methodologist, list.buttons[0]!.data);
    const changes = opened.texts.find((text) => text.startsWith("Что изменено"))!;
    expect(changes).toContain("Что изменено в версии 2 по сравнению с возвращённой версией 1:");
    expect(changes).toContain("Комментарий методиста: Только экспериментальные группы\nбыло: 14\nстало: 9");
    expect(changes).toContain("Комментарий методиста: Проверьте\nОтвет не изменён.");
    expect(changes).not.toContain("Неделя профессий");
  });
});

describe("heads", () => {
  it("a negative number gets the range message, not 'not a whole number'", async () => {
    const user = await head("ru");
    const first = await t.send(user, "/report");
    await t.press(user, first.buttons[0]!.data);
    await t.press(user, first.button(/Готово/).data);
    const out = await t.send(user, "-5");
    expect(out.texts[0]).toContain("Число должно быть от 0 до 1000.");
    expect(out.text).not.toContain("Это не целое число");
  });

  it("the question counter does not jump when a follow-up appears: 5 of 16, a detail of 5, then 6 of 16", async () => {
    const user = await head("ru");
    const first = await t.send(user, "/report");
    await t.press(user, first.buttons[0]!.data);
    await t.press(user, first.button(/Готово/).data);
    await t.send(user, "12");
    await t.send(user, "3");
    const zones = await t.send(user, "25");
    expect(zones.text).toContain("Вопрос 5 из 16");
    const detail = await t.send(user, "2");
    expect(detail.text).toContain("Вопрос 5 из 16 — уточнение");
    expect((await t.send(user, "Уголок врача")).text).toContain("Вопрос 6 из 16");
  });

  it("a message sent before the question now asked is not taken as its answer", async () => {
    const user = await head("kk");
    const first = await t.send(user, "/report");
    await t.press(user, first.buttons[0]!.data);
    await t.press(user, first.button(/Дайын/).data);
    // The head typed "12" twice before the bot answered the first: the second one reaches the bot
    // after the next question (meetings) was asked, and is older than it.
    const once = textMessage(user, "12");
    const twice = textMessage(user, "12");
    const next = await t.bot.handleUpdate(once).then(() => t.telegram.calls.at(-1)!);
    expect(String(next.payload.text)).toContain("Сұрақ 3/16");
    const late = await t.bot.handleUpdate(twice).then(() => t.telegram.calls.at(-1)!);
    expect(String(late.payload.text)).toContain("Бұл хабар қазір жауап күтіп тұрған сұрақтан бұрын келді");
    expect((await database.db.select().from(quarterlyReports).where(eq(quarterlyReports.organizationId, orgId)))[0]!.answers).toEqual({
      directions: ["agriculture"],
      activities: 12,
    });
    expect(t.telegram.refused).toEqual([]);
  });

  it("an old button pressed after /cancel gets the outdated-button alert as its one answer", async () => {
    const user = await head("ru");
    const first = await t.send(user, "/report");
    await t.send(user, "/cancel");
    const stale = await t.press(user, first.button(/Готово/).data);
    expect(stale.called("answerCallbackQuery")).toHaveLength(1);
    expect(stale.alerts).toEqual([t.i18n.t("ru", "common-stale-button")]);
  });

  it("a returned report asks exactly the returned questions, each once, plus the description a changed answer opens", async () => {
    const user = await head("kk");
    const period = (await findReportingPeriod(database.db, Q4_OPEN))!;
    const report = await ensureReport(database.db, orgId, period.id);
    await replaceAnswers(database.db, report.id, {
      directions: ["medicine"], activities: 14, meetings: 2, parents: 31, zones: 0,
      exp_high: 6, exp_middle: 10, exp_low: 4, ctl_high: 3, ctl_middle: 9, ctl_low: 6,
      best_practice: "Неделя профессий", best_practice_photos: [], difficulties: "Нет костюмов", help_topics: [], help_text: null,
    });
    expect((await submitReport(database.db, { reportId: report.id, userId: user.id, now: Q4_OPEN })).ok).toBe(true);
    await returnReport(database.db, { reportId: report.id, reviewerId: 1, fieldComments: { activities: "Тек эксперименттік топтар", zones: "Аймақтарды қайта санаңыз", difficulties: "Толығырақ" }, comment: null, now: Q4_OPEN });

    const activities = await t.press(user, "report:open");
    expect(activities.text).toContain("Әдіскердің пікірі: Тек эксперименттік топтар");
    const zones = await t.send(user, "9");
    expect(zones.text).toContain("Әдіскердің пікірі: Аймақтарды қайта санаңыз");
    const description = await t.send(user, "1");
    expect(description.text).toContain("нақтылау");
    const difficulties = await t.send(user, "Дәрігер бұрышы");
    expect(difficulties.text).toContain("Әдіскердің пікірі: Толығырақ");
    const summary = await t.send(user, "Костюмдер жетіспейді");
    expect(summary.text).toContain("Жауаптарды тексеріңіз");
    expect(summary.text).not.toContain("Әдіскердің пікірі");
  });

  it("a group name needs a visible letter, loses invisible characters, and cannot look like another group's", async () => {
    const user = await head("ru");
    const list = await t.send(user, "/groups");
    const ask = await t.press(user, list.button("Добавить группу").data);
    expect(ask.text).toContain("Напишите название группы");
    expect((await t.send(user, "\u200B\u200D\u2060")).texts[0]).toBe("Напишите название группы текстом.");
    expect((await t.send(user, "...")).texts[0]).toBe("В названии группы должна быть хотя бы одна буква, например: Солнышко. Напишите название ещё раз.");
    // "Күн<zero-width joiner>шуақ" with a no-break space looks exactly like the existing «Күншуақ».
    expect((await t.send(user, "Күн\u200Dшуақ\u00A0")).texts[0]).toBe("В этом детском саду уже есть группа «Күншуақ». Напишите другое название.");
    const age = await t.send(user, "Ｓｕｎ  \u200Bшуақ");
    expect(age.text).toBe("Для какого возраста группа «Sun шуақ»?");
  });

  it("/report says which quarter and the due day; past it, that the report is late and final once sent, and the late submission is confirmed first", async () => {
    const ru = await head("ru");
    expect((await t.send(ru, "/report")).texts[0]).toBe("Отчёт за 4-й квартал 2026 года. Срок сдачи — 20.11.2026 включительно.");
    t.setNow(new Date("2026-11-23T05:00:00Z"));
    const late = await t.send(ru, "/report");
    expect(late.texts[0]).toContain("Срок сдачи (20.11.2026) уже прошёл: отчёт будет отмечен как сданный с опозданием.");
    expect(late.texts[0]).toContain("После отправки изменить его будет нельзя");
    const kk = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 12)).id }, "kk");
    const kkLate = await t.send(kk, "/report");
    expect(kkLate.texts[0]).toContain("Тапсыру мерзімі (20.11.2026) өтіп кетті");
  });
});
