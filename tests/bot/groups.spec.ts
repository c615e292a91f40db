import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { conversationStates, kindergartenGroups, memberships, outbox } from "../../src/db/schema/index.js";
import { renderMessage } from "../../testing/delivery.js";
import { addGroup, armChildren, listGroups } from "../../src/reports/groups.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { createTestBot, newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestUser } from "../../testing/updates.js";

let database: Database;
let t: TestBot;

useBotSpec((spec) => {
  ({ database, t } = spec);
});

/** Registry 11 is «Думан» in Aktobe region; 21 is in another region. */
async function aktobeHead(language: "kk" | "ru") {
  const org = await orgByRegistryNo(database.db, 11);
  const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, language);
  return { org, head };
}

async function startAdding(bot: TestBot, head: TestUser) {
  const list = await bot.send(head, "/groups");
  return bot.press(head, list.button("➕").data);
}

describe("a head adds a group through a short conversation", () => {
  it("in Russian: every wrong input is explained and asked again, then the group is saved and listed", async () => {
    const { org, head } = await aktobeHead("ru");
    const list = await t.send(head, "/groups");
    expect(list.text).toContain("— группы, участвующие в проекте:");
    expect(list.text).toContain("Пока не добавлено ни одной группы.");

    const askName = await t.press(head, list.button("Добавить группу").data);
    expect(askName.text).toContain("Напишите название группы (не больше 60 символов)");

    const photo = await t.sendPhoto(head);
    expect(photo.texts[0]).toBe("Напишите название группы текстом.");
    expect(photo.texts[1]).toContain("Напишите название группы");

    const long = await t.send(head, "Я".repeat(61));
    expect(long.texts[0]).toBe("Название слишком длинное: 61 символ, а можно не больше 60. Сократите его.");

    const command = await t.send(head, "/help");
    expect(command.texts[0]).toBe("Сначала закончите начатое: ответьте на вопрос выше или отправьте /cancel, чтобы прервать.");
    expect(command.texts[1]).toContain("Напишите название группы");

    const stale = await t.press(head, "grp-new-arm:control");
    expect(stale.alerts).toEqual(["Эта кнопка из старого сообщения. Ответьте на последний вопрос."]);
    expect(stale.text).toContain("Напишите название группы");

    const askAge = await t.send(head, "  Солнышко  ");
    expect(askAge.text).toBe("Для какого возраста группа «Солнышко»?");
    expect(askAge.buttons.map((b) => b.text)).toEqual([
      "Ранний возраст (1–2 года)",
      "Младшая группа (2–3 года)",
      "Средняя группа (3–4 года)",
      "Старшая группа (4–5 лет)",
      "Предшкольная (5–6 лет)",
    ]);
    const typed = await t.send(head, "средняя");
    expect(typed.texts[0]).toBe("Выберите ответ кнопками под вопросом.");
    expect(typed.buttons).toHaveLength(5);

    const askChildren = await t.press(head, askAge.button("Средняя группа").data);
    expect(askChildren.text).toBe("Сколько детей в группе? Напишите целое число от 1 до 60.");
    expect((await t.send(head, "двадцать")).texts[0]).toBe("Напишите число детей цифрами, целым числом, например: 20.");
    expect((await t.send(head, "20.5")).texts[0]).toBe("Напишите число детей цифрами, целым числом, например: 20.");
    expect((await t.send(head, "0")).texts[0]).toBe("Число детей должно быть от 1 до 60.");
    expect((await t.send(head, "61")).texts[0]).toBe("Число детей должно быть от 1 до 60.");
    expect((await t.sendPhoto(head)).texts[0]).toBe("Напишите число детей цифрами, целым числом, например: 20.");

    const askArm = await t.send(head, "22");
    expect(askArm.text).toContain("Какой будет эта группа в сравнительном мониторинге?");
    expect((await t.press(head, "grp-new-age:senior")).alerts).toEqual(["Эта кнопка из старого сообщения. Ответьте на последний вопрос."]);
    expect(await listGroups(database.db, org.id)).toEqual([]);

    const done = await t.press(head, askArm.button("Экспериментальная группа").data);
    expect(done.texts[0]).toBe("✅ Группа «Солнышко» добавлена. Экспериментальная она или контрольная, подтвердит методист региона.");
    expect(done.texts[1]).toContain(
      "1. «Солнышко» · Средняя группа (3–4 года) · 22 ребёнка · Экспериментальная группа (ещё не подтверждено методистом)",
    );
    expect(done.texts[1]).toContain("Всего детей: в экспериментальных группах — 22, в контрольных — 0.");
    expect(await listGroups(database.db, org.id)).toMatchObject([
      { name: "Солнышко", ageBand: "middle", childrenCount: 22, arm: "experimental", createdBy: head.id, armConfirmedBy: null },
    ]);
    expect(await armChildren(database.db, org.id)).toEqual({ experimental: 22, control: 0 });
    // The conversation is over: its state is gone and text goes back to the usual handlers.
    expect(await database.db.select().from(conversationStates)).toEqual([]);
    expect((await t.send(head, "привет")).text).toContain("Я не понимаю это сообщение");
  });

  it("in Kazakh: the questions, the refusals and a duplicate name", async () => {
    const { org, head } = await aktobeHead("kk");
    await addGroup(database.db, { organizationId: org.id, name: "Күншуақ", ageBand: "senior", childrenCount: 20, arm: "control", createdBy: null });
    const list = await t.send(head, "/groups");
    expect(list.text).toContain("— жобаға қатысатын топтар:");
    expect(list.text).toContain("1. «Күншуақ» · Ересек топ (4–5 жас) · 20 бала · Бақылау тобы (әдіскер әлі растамаған)");

    const askName = await t.press(head, list.button("Топ қосу").data);
    expect(askName.text).toContain("Топтың атауын жазыңыз (ең көбі 60 таңба)");
    expect((await t.sendPhoto(head)).texts[0]).toBe("Топтың атауын мәтінмен жазыңыз.");
    expect((await t.send(head, "Ж".repeat(70))).texts[0]).toBe("Атау тым ұзын: 70 таңба, ал ең көбі — 60. Қысқартып жазыңыз.");
    expect((await t.send(head, "күншуақ")).texts[0]).toBe("Бұл балабақшада «күншуақ» деген топ бұрыннан бар. Басқа атау жазыңыз.");
    expect((await t.send(head, "/groups")).texts[0]).toBe(
      "Алдымен басталған әрекетті аяқтаңыз: жоғарыдағы сұраққа жауап беріңіз немесе /cancel арқылы тоқтатыңыз.",
    );

    const askAge = await t.send(head, "Балапан");
    expect(askAge.text).toBe("«Балапан» тобы балалардың қай жасына арналған?");
    expect((await t.send(head, "3 жас")).texts[0]).toBe("Жауапты сұрақтың астындағы батырмалардан таңдаңыз.");
    expect((await t.press(head, "grp-new-arm:control")).alerts).toEqual(["Бұл батырма ескі хабарламада. Соңғы сұраққа жауап беріңіз."]);

    const askChildren = await t.press(head, askAge.button("Кіші топ (2–3 жас)").data);
    expect(askChildren.text).toBe("Топта неше бала бар? Бүтін сан жазыңыз: ең азы 1, ең көбі 60.");
    expect((await t.send(head, "он сегіз")).texts[0]).toBe("Балалар санын цифрмен, бүтін сан етіп жазыңыз, мысалы: 20.");
    expect((await t.send(head, "75")).texts[0]).toBe("Балалар саны ең азы 1, ең көбі 60 болуы керек.");

    const askArm = await t.send(head, "18");
    expect(askArm.text).toContain("Салыстырмалы мониторингте бұл топ қандай топ болады?");
    expect(askArm.buttons.map((b) => b.text)).toEqual(["Эксперименттік топ", "Бақылау тобы"]);
    expect((await t.send(head, "бақылау")).texts[0]).toBe("Жауапты сұрақтың астындағы батырмалардан таңдаңыз.");
    const done = await t.press(head, askArm.button("Эксперименттік топ").data);
    expect(done.texts[0]).toBe("✅ «Балапан» тобы қосылды. Эксперименттік не бақылау тобы екенін өңір әдіскері растайды.");
    expect(done.texts[1]).toContain("2. «Балапан» · Кіші топ (2–3 жас) · 18 бала · Эксперименттік топ (әдіскер әлі растамаған)");
    expect(done.texts[1]).toContain("Барлық балалар саны: эксперименттік топтарда — 18, бақылау топтарында — 20.");
  });

  it("/cancel leaves the conversation in the user's language and saves nothing", async () => {
    const { org, head } = await aktobeHead("kk");
    await startAdding(t, head);
    await t.send(head, "Ақбота");
    const cancelled = await t.send(head, "/cancel");
    expect(cancelled.text).toBe("Тоқтатылды. Қайта бастау үшін керекті пәрменді жіберіңіз (тізімі: /help).");
    expect(await listGroups(database.db, org.id)).toEqual([]);
    expect(await database.db.select().from(conversationStates)).toEqual([]);
    // Out of the conversation, a number is just an unknown message.
    expect((await t.send(head, "20")).text).toContain("Хабарламаңызды түсінбедім");

    const ru = await aktobeHead("ru");
    await startAdding(t, ru.head);
    expect((await t.send(ru.head, "/cancel")).text).toBe("Прервано. Чтобы начать снова, отправьте нужную команду (список: /help).");
  });

  it("survives a restart: a second bot on the same database continues where the head stopped", async () => {
    const { org, head } = await aktobeHead("ru");
    const askAge = await (async () => {
      await startAdding(t, head);
      return t.send(head, "Ромашка");
    })();
    const ageButton = askAge.button("Старшая группа").data;
    const [stored] = await database.db.select().from(conversationStates);
    expect(stored?.key).toBe(`user:${head.id}`);

    // "Restart": a new bot process, nothing in memory, same database.
    const restarted = createTestBot(database.db);
    const askChildren = await restarted.press(head, ageButton);
    expect(askChildren.text).toBe("Сколько детей в группе? Напишите целое число от 1 до 60.");
    expect((await restarted.send(head, "сто")).texts[0]).toBe("Напишите число детей цифрами, целым числом, например: 20.");
    const askArm = await restarted.send(head, "25");
    const done = await restarted.press(head, askArm.button("Контрольная группа").data);
    expect(done.texts[0]).toBe("✅ Группа «Ромашка» добавлена. Экспериментальная она или контрольная, подтвердит методист региона.");
    expect(await listGroups(database.db, org.id)).toMatchObject([{ name: "Ромашка", ageBand: "senior", childrenCount: 25, arm: "control" }]);
  });

  it("a state stored by another version of the conversations is dropped, not replayed into changed code", async () => {
    const { org, head } = await aktobeHead("ru");
    await startAdding(t, head);
    await database.db
      .update(conversationStates)
      .set({ state: { version: [0, 0], state: { "add-group": [{ args: "[1]", interrupts: [], replay: { send: [], receive: [] } }] } } })
      .where(eq(conversationStates.key, `user:${head.id}`));
    // The old answer-in-progress is gone: a name is now just a message the bot does not understand.
    expect((await t.send(head, "Солнышко")).text).toContain("Я не понимаю это сообщение");
    expect(await listGroups(database.db, org.id)).toEqual([]);
  });

  it("a head who lost the role while adding is refused at the end and nothing is saved", async () => {
    const { org, head } = await aktobeHead("ru");
    await startAdding(t, head);
    await t.send(head, "Ласточка");
    await t.press(head, "grp-new-age:junior");
    const askArm = await t.send(head, "15");
    // Meanwhile the membership is removed (by an administrator, say).
    await database.db.delete(memberships).where(eq(memberships.userId, head.id));
    const end = await t.press(head, askArm.button("Экспериментальная группа").data);
    expect(end.text).toBe("Извините, это действие недоступно для вашей роли.");
    expect(await listGroups(database.db, org.id)).toEqual([]);
  });
});

describe("a head removes a group with a confirmation", () => {
  it("no keeps it, yes archives it; a stale or forged confirmation changes nothing", async () => {
    const { org, head } = await aktobeHead("ru");
    const g = await addGroup(database.db, { organizationId: org.id, name: "Солнышко", ageBand: "middle", childrenCount: 22, arm: "experimental", createdBy: null });
    await addGroup(database.db, { organizationId: org.id, name: "Ромашка", ageBand: "junior", childrenCount: 18, arm: "control", createdBy: null });
    const list = await t.send(head, "/groups");
    const ask = await t.press(head, list.button("🗑 1. Солнышко").data);
    expect(ask.text).toBe("Убрать группу «Солнышко» из проекта? Данные в уже сданных отчётах сохранятся.");
    const kept = await t.press(head, ask.button("Нет, оставить").data);
    expect(kept.text).toContain("1. «Солнышко»");
    expect(await armChildren(database.db, org.id)).toEqual({ experimental: 22, control: 18 });

    const yes = ask.button("Да, убрать").data;
    const removed = await t.press(head, yes);
    expect(removed.alerts).toEqual(["Группа «Солнышко» убрана из проекта."]);
    expect(removed.text).toContain("1. «Ромашка»");
    expect(removed.text).not.toContain("Солнышко");
    expect(await armChildren(database.db, org.id)).toEqual({ experimental: 0, control: 18 });

    // Pressing the old confirmation again: politely refused.
    expect((await t.press(head, yes)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);

    // Another kindergarten's head forging the buttons of this one.
    const other = await orgByRegistryNo(database.db, 12);
    const stranger = await joinedUser(t, database.db, { role: "head", organizationId: other.id }, "kk");
    const [romashka] = await listGroups(database.db, org.id);
    for (const data of [`grp-arc:${romashka!.id}`, `grp-arc-yes:${romashka!.id}`, `grp-add:${org.id}`, `grp-org:${org.id}`, `grp-arm:${romashka!.id}:experimental`]) {
      expect((await t.press(stranger, data)).alerts).toEqual(["Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз."]);
    }
    expect(await listGroups(database.db, org.id)).toMatchObject([{ name: "Ромашка", arm: "control", armConfirmedBy: null }]);
    expect(g.id).toBeLessThan(romashka!.id);
  });
});

describe("the region's methodologist confirms or changes arms; coordinators only look", () => {
  async function withGroups() {
    const org = await orgByRegistryNo(database.db, 11);
    await addGroup(database.db, { organizationId: org.id, name: "Күншуақ", ageBand: "middle", childrenCount: 22, arm: "experimental", createdBy: null });
    await addGroup(database.db, { organizationId: org.id, name: "Балапан", ageBand: "middle", childrenCount: 20, arm: "experimental", createdBy: null });
    return org;
  }

  it("in Kazakh: picks a kindergarten of the region, confirms one arm and changes another", async () => {
    const org = await withGroups();
    const m = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const orgs = await t.send(m, "/groups");
    expect(orgs.text).toBe("Ақтөбе облысы: балабақшаны таңдаңыз.");
    expect(orgs.buttons).toHaveLength(5);
    const view = await t.press(m, orgs.button(/^11\. /).data);
    expect(view.text).toContain("Әр топтың эксперименттік не бақылау тобы екенін растаңыз немесе өзгертіңіз");
    expect(view.buttons.map((b) => b.text)).toEqual([
      "● 1. эксперименттік",
      "1. бақылау",
      "● 2. эксперименттік",
      "2. бақылау",
      "◀ Балабақшалар тізімі",
    ]);
    expect(view.buttons.some((b) => b.text.includes("Топ қосу"))).toBe(false);

    const confirmed = await t.press(m, view.button("● 1. эксперименттік").data);
    expect(confirmed.alerts).toEqual(["«Күншуақ»: эксперименттік топ — расталды."]);
    expect(confirmed.text).toContain("1. «Күншуақ» · Ортаңғы топ (3–4 жас) · 22 бала · Эксперименттік топ (әдіскер растаған)");

    // Moving a group to the other arm changes the comparison: the methodologist confirms first.
    const headOfOrg = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru");
    const ask = await t.press(m, view.button("2. бақылау").data);
    expect(ask.text).toBe(
      "«Балапан» тобын эксперименттік топтардан бақылау топтарға ауыстыру керек пе? Бұл эксперименттік және бақылау топтарын салыстыруды өзгертеді; меңгерушіге хабарлама жіберіледі.",
    );
    expect((await database.db.select().from(kindergartenGroups).where(eq(kindergartenGroups.name, "Балапан")))[0]!.arm).toBe("experimental");
    const changed = await t.press(m, ask.button("Иә, ауыстыру").data);
    expect(changed.alerts).toEqual(["«Балапан» енді бақылау тобы болып белгіленді."]);
    // The head is told through the outbox, in their language at send time.
    const [notice] = await database.db.select().from(outbox).where(eq(outbox.chatId, headOfOrg.id));
    expect(notice).toMatchObject({ templateKey: "ux-groups-arm-changed-notice", params: { name: "Балапан", before: "experimental", after: "control" } });
    expect(renderMessage(notice!, "ru").text).toContain("по решению методиста группа «Балапан» переведена из экспериментальных в контрольные.");
    expect(changed.text).toContain("2. «Балапан» · Ортаңғы топ (3–4 жас) · 20 бала · Бақылау тобы (әдіскер растаған)");
    expect(changed.text).toContain("эксперименттік топтарда — 22, бақылау топтарында — 20.");
    const rows = await database.db.select().from(kindergartenGroups).where(eq(kindergartenGroups.organizationId, org.id));
    expect(rows.map((r) => [r.name, r.arm, r.armConfirmedBy])).toEqual([
      ["Күншуақ", "experimental", m.id],
      ["Балапан", "control", m.id],
    ]);
    expect((await t.press(m, view.button("Балабақшалар тізімі").data)).text).toBe("Ақтөбе облысы: балабақшаны таңдаңыз.");
  });

  it("in Russian: a methodologist of another region and a coordinator are refused changes; the head cannot set arms", async () => {
    const org = await withGroups();
    const [first] = await listGroups(database.db, org.id);
    const outsider = await joinedUser(t, database.db, { role: "methodologist", regionCode: "abai" }, "ru");
    const notAllowed = ["Извините, это действие недоступно для вашей роли."];
    expect((await t.press(outsider, `grp-org:${org.id}`)).alerts).toEqual(notAllowed);
    expect((await t.press(outsider, `grp-arm:${first!.id}:control`)).alerts).toEqual(notAllowed);
    expect((await t.press(outsider, "grp-reg:aktobe:0")).alerts).toEqual(notAllowed);
    expect((await t.press(outsider, `grp-add:${org.id}`)).alerts).toEqual(notAllowed);
    expect((await t.send(outsider, "/groups")).text).toBe("Область Абай: выберите детский сад.");

    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const orgs = await t.send(coordinator, "/groups");
    const view = await t.press(coordinator, orgs.button(/^11\. /).data);
    expect(view.text).toContain("1. «Күншуақ» · Средняя группа (3–4 года) · 22 ребёнка · Экспериментальная группа (ещё не подтверждено методистом)");
    expect(view.buttons.map((b) => b.text)).toEqual(["◀ Список детских садов"]);
    expect((await t.press(coordinator, `grp-arm:${first!.id}:control`)).alerts).toEqual(notAllowed);
    expect((await t.press(coordinator, `grp-arc-yes:${first!.id}`)).alerts).toEqual(notAllowed);

    const { head } = await aktobeHead("ru");
    expect((await t.press(head, `grp-arm:${first!.id}:control`)).alerts).toEqual(notAllowed);
    expect((await t.press(head, "grp-arm:not-a-number:control")).alerts).toEqual(notAllowed);
    expect(await listGroups(database.db, org.id)).toMatchObject([
      { arm: "experimental", armConfirmedBy: null },
      { arm: "experimental", armConfirmedBy: null },
    ]);
  });

  it("a national coordinator picks a region first", async () => {
    await withGroups();
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "kk");
    const regions = await t.send(national, "/groups");
    expect(regions.text).toBe("Қай балабақшаның топтарын ашамыз? Балабақшаны немесе өңірді таңдаңыз.");
    expect(regions.buttons).toHaveLength(20);
    const orgs = await t.press(national, regions.button("Ақтөбе облысы").data);
    const view = await t.press(national, orgs.button(/^11\. /).data);
    expect(view.text).toContain("«Күншуақ»");
  });
});

describe("others get the polite refusal", () => {
  it("a parent and a guest, in both languages", async () => {
    const org = await orgByRegistryNo(database.db, 11);
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: org.id }, "kk");
    expect((await t.send(parent, "/groups")).text).toBe("Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз.");
    expect((await t.press(parent, `grp-org:${org.id}`)).alerts).toEqual(["Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз."]);
    const guest = newUser();
    await t.meet(guest, "ru");
    // Someone who has not joined is told so, and how to join.
    expect((await t.send(guest, "/groups")).text).toContain("Вы ещё не подключились к боту");
    expect((await t.press(guest, `grp-add:${org.id}`)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
  });
});
