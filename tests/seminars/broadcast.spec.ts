import { beforeEach, describe, expect, it } from "vitest";
import { eq, like } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { broadcasts, outbox } from "../../src/db/schema/index.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestUser } from "../../testing/updates.js";
import { createFakeClock, createTestSender, renderMessage } from "../../testing/delivery.js";

let database: Database;
let t: TestBot;
let methodologist: TestUser;
let headKk: TestUser;
let headRu: TestUser;
let headOther: TestUser;
let orgs: { aktobe1: number; aktobe2: number; abai: number };
const NOW = new Date("2026-11-22T06:00:00Z");

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { now: NOW });

beforeEach(async () => {
  orgs = { aktobe1: (await orgByRegistryNo(database.db, 11)).id, aktobe2: (await orgByRegistryNo(database.db, 12)).id, abai: (await orgByRegistryNo(database.db, 1)).id };
  methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
  headKk = await joinedUser(t, database.db, { role: "head", organizationId: orgs.aktobe1 }, "kk");
  headRu = await joinedUser(t, database.db, { role: "head", organizationId: orgs.aktobe2 }, "ru");
  headOther = await joinedUser(t, database.db, { role: "head", organizationId: orgs.abai }, "ru");
});

const broadcastRows = () => database.db.select().from(outbox).where(like(outbox.kind, "broadcast-%")).orderBy(outbox.chatId);

describe("/broadcast", () => {
  it("a methodologist writes both languages, adds a photo, sees the preview and the count, sends; each head gets their language; status on request", async () => {
    const m = methodologist;
    const targets = await t.send(m, "/broadcast");
    expect(targets.buttons.map((b) => b.text)).toEqual(["Заведующим", "Заведующим: выбрать сады"]);
    const askKk = await t.press(m, targets.buttons[0]!.data);
    expect(askKk.text).toContain("на казахском");
    await t.send(m, "Ертең әдістемелік күн өтеді.");
    expect((await t.send(m, "Ертең әдістемелік күн өтеді.")).text).toContain("Объявление на одном языке не отправляется");
    const attach = await t.send(m, "Завтра методический день.");
    expect(attach.text).toContain("фото или документ");
    expect((await t.send(m, "вот")).text).toContain("жду фото");
    const preview = await t.sendPhoto(m);
    expect(preview.called("sendPhoto").map((c) => c.payload.caption)).toEqual(["📢 Ертең әдістемелік күн өтеді.", "📢 Завтра методический день."]);
    expect(preview.text).toContain("Объявление получат: 2 человека (заведующие; Актюбинская область)");
    const sent = await t.press(m, preview.button("Отправить (2)").data);
    expect(sent.text).toContain("2 получателя");
    const rows = await broadcastRows();
    expect(rows.map((r) => r.chatId).sort()).toEqual([headKk.id, headRu.id].sort());
    expect(rows[0]).toMatchObject({ priority: "bulk", attachment: { type: "photo", telegramFileId: "AgACAgIAAx" } });
    const kkRow = rows.find((r) => r.chatId === headKk.id)!;
    expect(renderMessage(kkRow, "kk").text).toBe("📢 Ертең әдістемелік күн өтеді.");
    // Sending twice sends nothing twice.
    expect((await t.press(m, preview.button("Отправить (2)").data)).alerts[0]).toContain("уже отправлено");
    expect(await broadcastRows()).toHaveLength(2);

    const waiting = await t.press(m, sent.button("Статус доставки").data);
    expect(waiting.text).toContain("⏳ Ожидают отправки (тихие часы, лимиты): 2");
    const { sender, telegram } = createTestSender(database.db, { fakeClock: createFakeClock("2036-11-24T05:00:00Z") });
    telegram.block(headRu.id);
    await sender.runUntilIdle();
    const status = await t.press(m, sent.button("Статус доставки").data);
    expect(status.text).toContain("✅ Доставлено: 1");
    expect(status.text).toContain("🚫 Недоступны (заблокировали бота): 1");
    expect(status.text).toContain("⏳ Ожидают отправки (тихие часы, лимиты): 0");
  });

  it("to chosen kindergartens only", async () => {
    const targets = await t.send(methodologist, "/broadcast");
    const pick = await t.press(methodologist, targets.button("выбрать сады").data);
    expect((await t.press(methodologist, pick.button("Готово").data)).alerts).toEqual(["Отметьте хотя бы один детский сад."]);
    await t.press(methodologist, pick.button(/^⬜ 11\./).data);
    await t.press(methodologist, pick.button("Готово").data);
    await t.send(methodologist, "Мәтін");
    await t.send(methodologist, "Текст");
    const preview = await t.press(methodologist, "bc-noatt");
    expect(preview.text).toContain("Объявление получат: 1 человек");
    await t.press(methodologist, preview.button("Отправить (1)").data);
    expect((await broadcastRows()).map((r) => r.chatId)).toEqual([headKk.id]);
  });

  it("a head reaches only the parents of their own kindergarten; forged targets, other people's broadcasts and parents are refused", async () => {
    const parentHere = await joinedUser(t, database.db, { role: "parent", organizationId: orgs.aktobe2 }, "kk");
    await joinedUser(t, database.db, { role: "parent", organizationId: orgs.aktobe1 }, "ru");
    const targets = await t.send(headRu, "/broadcast");
    expect(targets.buttons).toHaveLength(1);
    expect(targets.buttons[0]!.data).toBe(`bc-to:parents:org:${orgs.aktobe2}:all`);
    const refusal = "Извините, это действие недоступно для вашей роли.";
    expect((await t.press(headRu, `bc-to:parents:org:${orgs.aktobe1}:all`)).alerts).toEqual([refusal]);
    expect((await t.press(headRu, "bc-to:heads:region:aktobe:all")).alerts).toEqual([refusal]);
    expect((await t.press(headRu, "bc-to:parents:region:aktobe:all")).alerts).toEqual([refusal]);
    expect((await t.press(headRu, "bc-to:parents:national:-:all")).alerts).toEqual([refusal]);
    await t.press(headRu, targets.buttons[0]!.data);
    await t.send(headRu, "Ертең ашық есік күні.");
    await t.send(headRu, "Завтра день открытых дверей.");
    const preview = await t.press(headRu, "bc-noatt");
    expect(preview.text).toContain("1 человек (родители");
    const [draft] = await database.db.select().from(broadcasts);
    // Someone else's broadcast: neither sent nor looked at.
    expect((await t.press(methodologist, `bc-send:${draft!.id}`)).alerts).toEqual([refusal]);
    expect((await t.press(headKk, `bc-status:${draft!.id}`)).alerts).toEqual(["Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз."]);
    expect(await broadcastRows()).toEqual([]);
    await t.press(headRu, preview.button("Отправить (1)").data);
    expect((await broadcastRows()).map((r) => r.chatId)).toEqual([parentHere.id]);
    expect((await t.send(parentHere, "/broadcast")).text).toBe("Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз.");
    const guest = newUser();
    await t.meet(guest, "ru");
    expect((await t.send(guest, "/broadcast")).text).toBe(refusal);
  });

  it("a coordinator of two regions picks the reach first (short official names on the buttons), then the audience, named in the question; another region's reach is refused", async () => {
    const both = newUser();
    await joinedUser(t, database.db, { role: "coordinator", regionCode: "east-kazakhstan" }, "ru", both);
    await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru", both);
    const reaches = await t.send(both, "/broadcast");
    expect(reaches.texts.at(-1)).toBe("Для кого объявление?");
    expect(reaches.buttons.map((b) => b.text).sort()).toEqual(["ВКО", "Актюбинская область"].sort());
    const audiences = await t.press(both, reaches.button("ВКО").data);
    expect(audiences.text).toBe("Объявление: Восточно-Казахстанская область. Кому отправить?");
    expect(audiences.buttons.map((b) => b.text)).toEqual(["Заведующим", "Заведующим: выбрать сады", "Методистам", "Родителям", "Родителям: выбрать сады"]);
    expect(audiences.buttons.every((b) => b.text.length <= 25)).toBe(true);
    expect((await t.press(both, "bc-scope:region:abai")).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect((await t.press(both, audiences.button("Методистам").data)).text).toContain("на казахском");
  });

  it("starting /broadcast in the middle of a seminar draft: typed answers go to the announcement, the draft is dropped", async () => {
    await t.send(methodologist, "/seminar");
    await t.press(methodologist, "sem-kind:seminar");
    await t.send(methodologist, "Семинар атауы");
    const targets = await t.send(methodologist, "/broadcast");
    await t.press(methodologist, targets.buttons[0]!.data);
    expect((await t.send(methodologist, "Хабарландыру мәтіні")).text).toContain("текст на русском");
    expect((await database.db.select().from(broadcasts))[0]).toMatchObject({ textKk: "Хабарландыру мәтіні", step: "text-ru" });
    const { seminars } = await import("../../src/db/schema/index.js");
    expect(await database.db.select().from(seminars)).toEqual([]);
  });

  it("one language only is refused with the reason", async () => {
    const [draft] = await database.db
      .insert(broadcasts)
      .values({ authorId: methodologist.id, scopeKey: "region:aktobe", audience: "heads", step: "preview", textKk: "Тек қазақша" })
      .returning();
    const refused = await t.press(methodologist, `bc-send:${draft!.id}`);
    expect(refused.alerts[0]).toBe("Отправить нельзя, не хватает: текст на русском.");
    expect(await broadcastRows()).toEqual([]);
    expect((await database.db.select().from(broadcasts).where(eq(broadcasts.id, draft!.id)))[0]!.status).toBe("draft");
  });

  it("a national coordinator reaches parents of every region", async () => {
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "kk");
    const p1 = await joinedUser(t, database.db, { role: "parent", organizationId: orgs.abai }, "ru");
    const p2 = await joinedUser(t, database.db, { role: "parent", organizationId: orgs.aktobe1 }, "kk");
    const targets = await t.send(coordinator, "/broadcast");
    await t.press(coordinator, targets.button("Ата-аналарға").data);
    await t.send(coordinator, "Құрметті ата-аналар!");
    await t.send(coordinator, "Уважаемые родители!");
    const preview = await t.press(coordinator, "bc-noatt");
    expect(preview.text).toContain("Хабарландыруды алатын адам саны: 2");
    expect((await t.press(coordinator, preview.button("Жіберу (2)").data)).text).toContain("екінші адам");
    expect(await broadcastRows()).toEqual([]);
    // Parents of the whole country: a second person approves first.
    const colleague = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const [draft] = await database.db.select().from(broadcasts);
    await t.press(colleague, `bc-ok:${draft!.id}`);
    expect((await broadcastRows()).map((r) => r.chatId).sort()).toEqual([p1.id, p2.id].sort());
  });
});
