import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { activities, activityDrafts, auditLog } from "../../src/db/schema/index.js";
import { syncActivityLibrary } from "../../src/tips/library-sync.js";
import type { LibraryActivity } from "../../src/tips/library/schema.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";

const admin = newUser();
let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec), { adminIds: [admin.id] });

const seedLibrary: LibraryActivity[] = [
  {
    slug: "baker",
    direction: "trade-services",
    season: "any",
    minutes: 15,
    kk: { title: "Наубайшы", activity: "Қамыр илеңіз. ".padEnd(210, "."), words: ["нан", "ұн", "наубайшы"] },
    ru: { title: "Пекарь", activity: "Замесите тесто. ".padEnd(210, "."), words: ["хлеб", "мука", "пекарь"] },
  },
];
const kkText = "Пошташы\n---\nБалаңызбен бірге әжесіне хат жазып, конвертке салыңыз. Хатқа салған суретті бірге қарап, пошташы оны қалай жеткізетінін әңгімелеңіз: ол хатты бөлімшеге апарады, сұрыптайды, сосын мекенжайға жеткізеді. Соңында конвертке мекенжайды бірге жазыңыз.\n---\nхат, конверт, пошташы\n---\n-\n---\nСурет салса жеткілікті.";
const ruText = "Почтальон\n---\nНапишите вместе с ребёнком письмо бабушке и положите в конверт. Рассмотрите вместе рисунок в письме и расскажите, как почтальон его доставит: отнесёт на почту, рассортирует и принесёт по адресу. В конце вместе напишите адрес на конверте.\n---\nписьмо, конверт, почтальон\n---\n-\n---\nДостаточно нарисовать рисунок.";

beforeEach(async () => {
  await syncActivityLibrary(database.db, seedLibrary);
});

describe("/activities: the library kept from the chat", () => {
  it("a national coordinator adds an activity in both languages, sees both previews, and saves it at the end of the order", async () => {
    const m = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "kk");
    const list = await t.send(m, "/activities");
    expect(list.text).toContain("барлығы 1");
    const directions = await t.press(m, list.button("Жаңа іс-әрекет").data);
    const askKk = await t.press(m, directions.buttons.find((b) => b.data === "act-dir:0")!.data);
    expect(askKk.text).toContain("қазақ тіліндегі мәтінін");
    // Saving with one language only is refused with the reason.
    expect((await t.send(m, "бір жол")).text).toContain("Мәтінді оқи алмадым");
    const askRu = await t.send(m, kkText);
    expect(askRu.text).toContain("орыс тіліндегі мәтінін");
    expect((await t.press(m, "act-save")).alerts[0]).toContain("екі тілде");
    const preview = await t.send(m, ruText);
    expect(preview.texts[0]).toContain("Аптаның отбасылық іс-әрекеті: Пошташы");
    expect(preview.texts[0]).toContain("👶 Ең кішкентайларға: Сурет салса жеткілікті.");
    expect(preview.texts[1]).toContain("Занятие недели для всей семьи: Почтальон");
    const saved = await t.press(m, preview.button("Сақтау").data);
    expect(saved.text).toContain("Сақталды");
    const rows = await database.db.select().from(activities).orderBy(asc(activities.position));
    expect(rows.map((r) => [r.direction, r.source, (r.content as { ru: { title: string } }).ru.title])).toEqual([
      ["trade-services", "library", "Пекарь"],
      ["agriculture", "chat", "Почтальон"],
    ]);
    expect(await database.db.select().from(activityDrafts)).toHaveLength(0);
    const [added] = await database.db.select().from(auditLog).where(eq(auditLog.action, "activity.added"));
    expect(added).toMatchObject({ actorId: m.id, subjectId: rows[1]!.id, details: { revision: 1 } });
  });

  it("an administrator's edit of one language keeps the other, and the next library sync leaves it as edited", async () => {
    const m = admin;
    await t.meet(m, "ru");
    const [baker] = await database.db.select().from(activities);
    const card = await t.press(m, `act:${baker!.id}`);
    expect(card.texts[0]).toContain("Наубайшы");
    await t.press(m, card.button("Русский текст").data);
    const preview = await t.send(m, `Пекарь и булочки\n---\n${"Испеките булочки. ".padEnd(210, ".")}\n---\nтесто, булочка, печь`);
    await t.press(m, preview.button("Сохранить").data);
    await syncActivityLibrary(database.db, seedLibrary);
    const [edited] = await database.db.select().from(activities).where(eq(activities.id, baker!.id));
    expect(edited!.content).toMatchObject({ kk: { title: "Наубайшы" }, ru: { title: "Пекарь и булочки" } });
  });

  it("retiring takes an activity out of the plan; parents, heads and methodologists cannot retire, even with forged buttons", async () => {
    const org = await orgByRegistryNo(database.db, 11);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id });
    const [baker] = await database.db.select().from(activities);
    expect((await t.send(head, "/activities")).text).toBe(t.i18n.t("ru", "common-not-allowed"));
    expect((await t.press(head, `act-ret:${baker!.id}:on`)).alerts[0]).toBeTruthy();
    expect((await database.db.select().from(activities))[0]!.retiredAt).toBeNull();
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" });
    expect((await t.press(methodologist, `act:${baker!.id}`)).buttons.map((b) => b.text)).not.toContain("⏹ Убрать");
    expect((await t.press(methodologist, `act-ret:${baker!.id}:on`)).alerts[0]).toBe(t.i18n.t("ru", "common-not-allowed"));
    expect((await database.db.select().from(activities))[0]!.retiredAt).toBeNull();
    const m = await joinedUser(t, database.db, { role: "coordinator", regionCode: null });
    const card = await t.press(m, `act:${baker!.id}`);
    await t.press(m, card.button("Убрать").data);
    expect((await database.db.select().from(activities))[0]!.retiredAt).not.toBeNull();
    expect((await t.press(m, `act-ret:${baker!.id}:on`)).alerts[0]).toBeTruthy(); // already retired: stale
  });
});
