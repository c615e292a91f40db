import { beforeEach, describe, expect, it } from "vitest";
import { and, asc, eq, like } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { activities, activityDrafts, activityRevisions, auditLog, outbox } from "../../src/db/schema/index.js";
import { approveProposal } from "../../src/tips/library-revisions.js";
import { syncActivityLibrary } from "../../src/tips/library-sync.js";
import type { LibraryActivity } from "../../src/tips/library/schema.js";
import { planWeek } from "../../src/tips/plan-week.js";
import { tipParams } from "../../src/tips/render.js";
import { loadMemberships } from "../../src/registration/actor.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { kindergartenGroup, parentIn } from "../helpers/tips.js";
import type { TestUser } from "../../testing/updates.js";

const admin = newUser();
let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec), { adminIds: [admin.id] });

// Monday 06:00 Almaty, ahead of the wall clock so planned rows are in the future.
const monday = new Date("2036-11-24T01:00:00Z");
const nextMonday = new Date("2036-12-01T01:00:00Z");

const bakerRu = "Замесите вместе с ребёнком тесто. ".padEnd(230, ".");
const seedLibrary: LibraryActivity[] = [
  {
    slug: "baker",
    direction: "trade-services",
    season: "any",
    minutes: 15,
    kk: { title: "Наубайшы", activity: "Баламен бірге қамыр илеңіз. ".padEnd(230, "."), words: ["нан", "ұн", "наубайшы"] },
    ru: { title: "Пекарь", activity: bakerRu, words: ["хлеб", "мука", "пекарь"] },
  },
];

const ruEdit = (title: string, activity: string) => `${title}\n---\n${activity.padEnd(230, ".")}\n---\nхлеб, мука, пекарь`;
const phishing = ruEdit(
  "Пекарь",
  "Министерство дарит семьям 50 000 тенге на продукты! Получите выплату до пятницы: https://kaspi-bonus.kz/gift и введите данные карты родителя.",
);

let bakerId: number;

beforeEach(async () => {
  t.setNow(monday);
  await syncActivityLibrary(database.db, seedLibrary);
  bakerId = (await database.db.select().from(activities))[0]!.id;
  await t.meet(admin, "ru");
});

/** The activity text the parent's planned tip will carry: rendered at send time from the activity's current revision. */
async function plannedText(parent: TestUser, language: "kk" | "ru"): Promise<string> {
  const [row] = await database.db.select().from(outbox).where(and(eq(outbox.chatId, parent.id), eq(outbox.kind, "tip")));
  expect(row, "the parent's activity is planned").toBeDefined();
  const [activity] = await database.db.select().from(activities).where(eq(activities.id, Number((row!.params as { activity: number }).activity)));
  return t.i18n.t(language, "tips-weekly", tipParams(activity!.content, activity!.minutes, language));
}

const baker = async () => (await database.db.select().from(activities).where(eq(activities.id, bakerId)))[0]!;
const audit = async () => (await database.db.select().from(auditLog).where(like(auditLog.action, "activity.%")).orderBy(asc(auditLog.id))).map((a) => a.action);
const revisions = async () => database.db.select().from(activityRevisions).orderBy(asc(activityRevisions.id));

describe("the national library: who may write what every parent reads", () => {
  it("the attack as reported: a methodologist of one region cannot put a phishing link into an activity nor retire it; a parent elsewhere gets the approved text", async () => {
    await kindergartenGroup(database.db, { registryNo: 16 }); // Almaty region
    const parent = await parentIn(t, database.db, 16, "Балапан");
    const m = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const card = await t.press(m, `act:${bakerId}`);
    expect(card.buttons.map((b) => b.data)).not.toContain(`act-ret:${bakerId}:on`);

    // The phishing text: refused as typed, with the reason, in the user's language; the draft keeps nothing.
    await t.press(m, card.button("Правка: русский").data);
    const refused = await t.send(m, phishing);
    expect(refused.text).toContain("не должно быть ссылок");
    expect(refused.text).toContain("https://kaspi-bonus.kz/gift");
    for (const disguised of ["hxxps://kaspi-bonus.kz/gift", "kaspi-bonus . kz/gift", "kaspi-bonus[.]kz", "t.me/kaspi_gift", "@kaspi_gift_bot", "h t t p s : / / kaspi"]) {
      expect((await t.send(m, ruEdit("Пекарь", `Получите выплату: ${disguised} — введите данные карты.`))).text, disguised).toContain("не должно быть ссылок");
    }
    expect((await database.db.select().from(activityDrafts))[0]!.ru).toBeNull();
    // A forged save and a forged retirement change nothing.
    expect((await t.press(m, "act-save")).text).toContain("Сохранять нечего");
    expect((await t.press(m, `act-ret:${bakerId}:on`)).alerts[0]).toBe(t.i18n.t("ru", "common-not-allowed"));

    // The same text without the link only becomes a proposal: nothing changes for parents.
    const preview = await t.send(m, ruEdit("Пекарь", "Министерство дарит семьям 50 000 тенге на продукты! Позвоните и назовите данные карты."));
    const sent = await t.press(m, preview.button("На проверку").data);
    expect(sent.text).toContain("Предложение отправлено на проверку");

    const now = await baker();
    expect(now.retiredAt).toBeNull();
    expect(now.revision).toBe(1);
    expect((now.content as { ru: { activity: string } }).ru.activity).toBe(bakerRu);
    await planWeek(database.db, { now: monday, perHour: 1000 });
    const text = await plannedText(parent, "ru");
    expect(text).toContain("Замесите вместе с ребёнком тесто");
    expect(text).not.toContain("50 000");
    expect(await audit()).toEqual(["activity.proposed"]);
  });

  it("answers a link in Kazakh to a Kazakh-speaking methodologist, and refuses it in either language's text", async () => {
    const m = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    await t.press(m, `act-edit:${bakerId}:kk`);
    const kk = await t.send(m, `Наубайшы\n---\n${"Сайтқа кіріңіз: www.example.kz/sylyk және картаңыздың деректерін жазыңыз.".padEnd(230, ".")}\n---\nнан, ұн, наубайшы`);
    expect(kk.text).toContain("сілтеме болмауы керек");
    expect(kk.text).toContain("www.example.kz/sylyk");
    const newOne = await t.press(m, "act-dir:0");
    expect(newOne.text).toContain("қазақ тіліндегі");
    expect((await t.send(m, `Бағбан\n---\n${"Тұқым себіңіз. ".padEnd(230, ".")}\n---\nтұқым, топырақ, бағбан\n---\nТолығырақ: example.com/xyz`)).text).toContain("сілтеме болмауы керек");
  });

  it("a proposal reaches parents only after a second person, a national editor, approves it; its author never approves it", async () => {
    await kindergartenGroup(database.db, { registryNo: 16 });
    const before = await parentIn(t, database.db, 16, "Балапан");
    const m = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    await t.press(m, `act-edit:${bakerId}:ru`);
    const preview = await t.send(m, ruEdit("Пекарь и булочки", "Испеките вместе булочки: ребёнок раскатывает тесто, взрослый ставит противень в духовку."));
    await t.press(m, preview.button("Тексеруге").data);
    const [proposal] = (await revisions()).filter((r) => r.status === "proposed");
    // The national editors hear of it (not the author); the author's own id is not among them.
    const notices = await database.db.select().from(outbox).where(eq(outbox.kind, "activity-proposal"));
    expect(notices.map((n) => n.chatId).sort()).toEqual([admin.id, national.id].sort());

    // Invisible to parents until approved.
    await planWeek(database.db, { now: monday, perHour: 1000 });
    expect(await plannedText(before, "ru")).not.toContain("булочки");

    // The author, with a forged button, and even holding a national role later, cannot approve it.
    expect((await t.press(m, `act-ok:${proposal!.id}`)).alerts[0]).toBe(t.i18n.t("kk", "common-not-allowed"));
    await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "kk", m);
    expect((await t.press(m, `act-ok:${proposal!.id}`)).alerts[0]).toBe(t.i18n.t("kk", "library-problem-own_proposal"));
    const actor = { telegramId: m.id, isAdmin: false, memberships: await loadMemberships(database.db, m.id) };
    expect(await approveProposal(database.db, { actor, proposalId: proposal!.id, now: monday })).toEqual({ ok: false, problem: "own_proposal" });
    expect((await baker()).revision).toBe(1);

    // A second person approves: revision 2, the next plan carries it, the author is told.
    const card = await t.press(national, `act-rev:${proposal!.id}`);
    expect(card.text).toContain("− Пекарь");
    expect(card.text).toContain("+ Пекарь и булочки");
    const approved = await t.press(national, card.button("Одобрить").data);
    expect(approved.text).toContain("версия № 2");
    expect((await t.press(national, `act-ok:${proposal!.id}`)).alerts[0]).toBe(t.i18n.t("ru", "common-stale-button"));
    expect((await baker()).revision).toBe(2);
    const after = await parentIn(t, database.db, 16, "Балапан");
    await planWeek(database.db, { now: nextMonday, perHour: 1000 });
    expect(await plannedText(after, "ru")).toContain("Пекарь и булочки");
    const [told] = await database.db.select().from(outbox).where(eq(outbox.kind, "activity-decision"));
    expect(told).toMatchObject({ chatId: m.id, templateKey: "library-notice-approved" });
    expect(await audit()).toEqual(["activity.proposed", "activity.approved"]);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "activity.approved"));
    expect(entry).toMatchObject({ actorId: national.id, subjectId: bakerId, details: { proposal: proposal!.id, author: m.id, revision: 2 } });
  });

  it("a proposed new activity does not exist for parents until approved; a rejection carries its reason to the author", async () => {
    const m = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const propose = async (title: string) => {
      await t.press(m, "act-dir:0");
      await t.send(m, `${title}\n---\n${"Бала саусағымен шұңқыр жасап, тұқым отырғызсын. ".padEnd(230, ".")}\n---\nтұқым, топырақ, бағбан`);
      const preview = await t.send(m, `${title}-ру\n---\n${"Посадите вместе семена в стаканчик с землёй. ".padEnd(230, ".")}\n---\nсемена, земля, садовод`);
      await t.press(m, preview.button("На проверку").data);
      return (await revisions()).at(-1)!;
    };
    const first = await propose("Бағбан");
    expect(first).toMatchObject({ status: "proposed", activityId: null });
    expect(await database.db.select().from(activities)).toHaveLength(1);

    const list = await t.send(admin, "/activities");
    const queue = await t.press(admin, list.button("Предложения: 1").data);
    expect(queue.text).toContain("Новое занятие «Бағбан-ру»");
    const card = await t.press(admin, queue.buttons[0]!.data);
    expect(card.texts[1]).toContain("Посадите вместе семена");
    const ask = await t.press(admin, card.button("Отклонить").data);
    expect(ask.text).toContain("почему предложение отклонено");
    expect((await t.send(admin, "а")).text).toBe(t.i18n.t("ru", "library-problem-reason_invalid"));
    expect((await t.send(admin, "Нет варианта для самых маленьких")).text).toContain("Предложение отклонено");
    const [rejected] = (await revisions()).filter((r) => r.id === first.id);
    expect(rejected).toMatchObject({ status: "rejected", reason: "Нет варианта для самых маленьких", decidedBy: admin.id });
    const [told] = await database.db.select().from(outbox).where(eq(outbox.kind, "activity-decision"));
    expect(told).toMatchObject({ chatId: m.id, templateKey: "library-notice-rejected", params: { reason: "Нет варианта для самых маленьких" } });
    expect((await t.press(admin, `act-ok:${first.id}`)).alerts[0]).toBe(t.i18n.t("ru", "common-stale-button"));

    const second = await propose("Егінші");
    await t.press(admin, `act-ok:${second.id}`);
    const rows = await database.db.select().from(activities).orderBy(asc(activities.position));
    expect(rows.map((r) => [(r.content as { ru: { title: string } }).ru.title, r.revision, r.source])).toEqual([
      ["Пекарь", 1, "library"],
      ["Егінші-ру", 1, "chat"],
    ]);
    expect(await audit()).toEqual(["activity.proposed", "activity.rejected", "activity.proposed", "activity.approved"]);
  });

  it("every revision is kept: listed, compared, restored as a new revision; retire and return are audited", async () => {
    await t.press(admin, `act-edit:${bakerId}:ru`);
    await t.press(admin, (await t.send(admin, ruEdit("Пекарь и булочки", "Испеките вместе булочки."))).button("Сохранить").data);
    await t.press(admin, `act-edit:${bakerId}:kk`);
    const kkPreview = await t.send(admin, `Наубайшы мен тоқаш\n---\n${"Бірге тоқаш пісіріңіз. ".padEnd(230, ".")}\n---\nнан, ұн, наубайшы`);
    await t.press(admin, kkPreview.button("Сохранить").data);
    expect((await baker()).revision).toBe(3);

    const card = await t.press(admin, `act:${bakerId}`);
    expect(card.text).toContain("Текущая версия: № 3");
    const history = await t.press(admin, card.button("История").data);
    expect(history.text).toContain("текущая версия — № 3");
    expect(history.text).toContain("библиотека проекта");
    expect(history.buttons.map((b) => b.text)).toEqual(["№ 3", "№ 2", "№ 1"]);
    const second = await t.press(admin, history.button("№ 2").data);
    expect(second.text).toContain("версия № 2. Изменения по сравнению с версией № 1");
    expect(second.text).toContain("Русский текст, название:\n− Пекарь\n+ Пекарь и булочки");
    expect(second.text).not.toContain("Казахский текст");

    const first = await t.press(admin, history.button("№ 1").data);
    const compared = await t.press(admin, first.button("Сравнить").data);
    expect(compared.text).toContain("версия № 1 отличается от текущей (№ 3)");
    expect(compared.text).toContain("Казахский текст, название:\n− Наубайшы\n+ Наубайшы мен тоқаш");
    const restored = await t.press(admin, first.button("Вернуть № 1").data);
    expect(restored.text).toContain("новая версия № 4");
    const now = await baker();
    expect(now.revision).toBe(4);
    expect(now.content).toEqual({ kk: seedLibrary[0]!.kk, ru: seedLibrary[0]!.ru });
    expect((await revisions()).map((r) => [r.number, r.restoredFrom, r.authorId])).toEqual([
      [1, null, null],
      [2, null, admin.id],
      [3, null, admin.id],
      [4, 1, admin.id],
    ]);
    // The same restore button again is stale: the current revision is no longer the one it was pressed on.
    expect((await t.press(admin, first.button("Вернуть № 1").data)).alerts[0]).toBe(t.i18n.t("ru", "common-stale-button"));
    expect((await t.press(admin, `act:${bakerId}`)).text).toContain("№ 4");
    expect((await t.press(admin, `act-hist:${bakerId}:0`)).text).toContain("возвращена версия № 1");

    await t.press(admin, `act-ret:${bakerId}:on`);
    await t.press(admin, `act-ret:${bakerId}:off`);
    expect(await audit()).toEqual(["activity.edited", "activity.edited", "activity.revision_restored", "activity.retired", "activity.unretired"]);
    const [edited] = await database.db.select().from(auditLog).where(eq(auditLog.action, "activity.edited"));
    expect(edited).toMatchObject({ actorId: admin.id, subjectId: bakerId, details: { revision: 2, changed: ["ru.title", "ru.activity"] } });
  });

  it("a comparison of two revisions that differ in every part, at the largest sizes, fits one message", async () => {
    const big = (mark: string, lang: "kk" | "ru") => ({
      title: `${mark}${lang}`.padEnd(80, "т"),
      activity: `${mark} `.repeat(600).slice(0, 1800),
      words: Array.from({ length: 6 }, (_, i) => `${mark}${i}`.padEnd(40, "с")),
      safety: `${mark}!`.repeat(250).slice(0, 500),
      youngest: `${mark}?`.repeat(300).slice(0, 600),
    });
    await database.db
      .update(activities)
      .set({ content: { kk: big("а", "kk"), ru: big("б", "ru") } })
      .where(eq(activities.id, bakerId));
    await database.db.update(activityRevisions).set({ content: { kk: big("а", "kk"), ru: big("б", "ru") } }).where(eq(activityRevisions.activityId, bakerId));
    await database.db.update(activities).set({ source: "chat" }).where(eq(activities.id, bakerId));
    const m = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" });
    // A proposal that changes every part of both languages.
    const typed = (mark: string, lang: "kk" | "ru") => {
      const b = big(mark, lang);
      return `${b.title}\n---\n${b.activity}\n---\n${b.words.join(", ")}\n---\n${b.safety}\n---\n${b.youngest}`;
    };
    await t.press(m, `act-edit:${bakerId}:kk`);
    await t.press(m, (await t.send(m, typed("в", "kk"))).button("На проверку").data);
    await t.press(admin, `act-ok:${(await revisions()).at(-1)!.id}`);
    await t.press(m, `act-edit:${bakerId}:ru`);
    await t.press(m, (await t.send(m, typed("г", "ru"))).button("На проверку").data);
    const proposal = await t.press(admin, `act-rev:${(await revisions()).at(-1)!.id}`);
    expect(proposal.text).toContain("Русский текст, что делать:");
    await t.press(admin, proposal.button("Одобрить").data);
    // Revision 1 against the current one: every part of both languages differs.
    const [first] = await revisions();
    const compared = await t.press(admin, `act-cmp:${first!.id}`);
    // The fake Telegram refuses a text over 4,096 characters; each changed part is there, shortened.
    expect(compared.texts).toHaveLength(1);
    for (const language of ["Казахский", "Русский"]) {
      for (const part of ["название", "что делать", "слова для разговора", "безопасность", "для самых маленьких"]) {
        expect(compared.text).toContain(`${language} текст, ${part}:`);
      }
    }
  });

  it("forged and malformed buttons of every library action are refused and change nothing", async () => {
    const org = await orgByRegistryNo(database.db, 11);
    const m = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" });
    await t.press(m, `act-edit:${bakerId}:ru`);
    await t.press(m, (await t.send(m, ruEdit("Пекарь!", "Новый текст занятия для проверки."))).button("На проверку").data);
    const proposal = (await revisions()).at(-1)!;
    const others = [
      await joinedUser(t, database.db, { role: "head", organizationId: org.id }),
      await joinedUser(t, database.db, { role: "parent", organizationId: org.id }),
      await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }),
      m,
    ];
    const snapshot = async () => JSON.stringify([await baker(), await revisions(), await audit()]);
    const before = await snapshot();
    for (const user of others) {
      for (const data of [`act-ok:${proposal.id}`, `act-no:${proposal.id}`, `act-back:${(await revisions())[0]!.id}:1`, `act-ret:${bakerId}:on`, "act-props:0"]) {
        const outcome = await t.press(user, data);
        expect(outcome.alerts[0], `${data}`).toBeTruthy();
        expect(outcome.called("sendMessage"), `${data}`).toHaveLength(0);
      }
    }
    for (const data of ["act-ok:abc", "act-ok:99999999999", "act-back:1", "act-back:1:-1", "act-no:0", "act-rev:1.5", "act-hist:1:x"]) {
      expect((await t.press(admin, data)).alerts[0], data).toBeTruthy();
    }
    expect(await snapshot()).toBe(before);
    expect((await t.send(others[0]!, "/activities")).text).toBe(t.i18n.t("ru", "common-not-allowed"));
    expect((await t.send(others[2]!, "/activities")).text).toBe(t.i18n.t("ru", "common-not-allowed"));
  });

  it("the start-up sync adds revision 1 for a new slug, refreshes an unedited activity as a new revision, and never overwrites a revision approved in the bot", async () => {
    const two: LibraryActivity[] = [...seedLibrary, { ...seedLibrary[0]!, slug: "baker-2", ru: { ...seedLibrary[0]!.ru, title: "Пекарь 2" } }];
    expect(await syncActivityLibrary(database.db, two)).toEqual({ added: 1, updated: 0 });
    await t.press(admin, `act-edit:${bakerId}:ru`);
    await t.press(admin, (await t.send(admin, ruEdit("Пекарь из бота", "Текст, одобренный в боте."))).button("Сохранить").data);

    const release = two.map((a) => ({ ...a, season: "winter" as const, ru: { ...a.ru, title: `${a.ru.title} (релиз)` } }));
    expect(await syncActivityLibrary(database.db, release)).toEqual({ added: 0, updated: 1 });
    expect(await syncActivityLibrary(database.db, release)).toEqual({ added: 0, updated: 0 });
    const rows = await database.db.select().from(activities).orderBy(asc(activities.position));
    expect(rows.map((r) => [r.slug, (r.content as { ru: { title: string } }).ru.title, r.season, r.revision])).toEqual([
      ["baker", "Пекарь из бота", "any", 2],
      ["baker-2", "Пекарь 2 (релиз)", "winter", 2],
    ]);
    const history = (await revisions()).filter((r) => r.activityId === rows[1]!.id);
    expect(history.map((r) => [r.number, r.authorId, (r.content as { ru: { title: string } }).ru.title])).toEqual([
      [1, null, "Пекарь 2"],
      [2, null, "Пекарь 2 (релиз)"],
    ]);
  });
});
