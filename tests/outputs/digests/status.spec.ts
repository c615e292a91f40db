import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Database } from "../../../src/db/client.js";
import { memberships, organizations } from "../../../src/db/schema/index.js";
import { joinedUser, orgByRegistryNo } from "../../helpers/fixtures.js";
import { newUser, type Outcome, type TestBot } from "../../../testing/test-bot.js";
import { useBotSpec } from "../../helpers/spec.js";
import { addKindergartens, seedAktobe } from "./fixtures.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

const F = "\u2007"; // figure space: pads numbers so columns line up

/** What Telegram would refuse: text over 4,096, callback data over 64 bytes, more than 100 buttons. */
function expectWithinTelegramLimits(out: Outcome) {
  for (const text of out.texts) {
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThanOrEqual(4096);
  }
  expect(out.buttons.length).toBeLessThanOrEqual(100);
  for (const b of out.buttons) expect(Buffer.byteLength(b.data ?? "")).toBeLessThanOrEqual(64);
}

describe("/status of a national coordinator, in Russian", () => {
  it("shows a line per region with what needs attention, goes down to a region and a kindergarten and back up, and switches the quarter", async () => {
    await seedAktobe(t, database.db);
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");

    const country = await t.send(coordinator, "/status");
    expectWithinTelegramLimits(country);
    const text = country.text;
    expect(text).toContain("📊 Вся республика\n4-й квартал 2026 года · срок сдачи — 20.11.2026");
    // Totals of the country, numbers aligned with figure spaces.
    expect(text).toContain(`Отчёты, всего детских садов: 100\n${F}1 ✅ принято\n${F}1 📨 на проверке\n${F}1 ↩️ возвращено на доработку\n${F}1 ✏️ заполняется\n96 ▫️ не начато\n97 ⏰ не сдано в срок\n${F}1 🐢 сдано с опозданием`);
    expect(text).toContain("2 руководителя зарегистрированы\n1 📵 руководитель недоступен для сообщений\n👤 Детских садов без зарегистрированного руководителя: 98\n2 родителя подключились\n1 из них получают сообщения бота");
    expect(text).toContain("2 экспериментальные группы, детей: 40\n2 контрольные группы, детей: 36");
    expect(text).toContain(`эксп.: ${F}40% · ${F}40% · ${F}20% (отчётов: 2)\nконтр.: ${F}22% · ${F}53% · ${F}25% (отчётов: 2)`);
    expect(text).toContain("Высокий уровень в экспериментальных группах с I квартала: +25 п. п. (детских садов, сдавших оба отчёта: 1)");
    expect(text).toContain("Высокий уровень в контрольных группах с I квартала: +6 п. п.");
    expect(text).toContain("⚠️ Требует внимания:\n⏰ отчёт не сдан в срок: 97\n👤 нет руководителя в боте: 98\n📵 руководитель недоступен: 1\n↩️ возвращён и не сдан повторно: 1");
    // One line per region; the legend once, above them.
    expect(text.match(/Сдано\/всего/g)).toHaveLength(1);
    expect(text).toContain("2/5 ⏰2 ⚠️4 Актюбинская область");
    expect(text).toContain("0/5 ⏰5 ⚠️5 Атырауская область");
    expect(text.split("\n").filter((l) => / ⚠️\d /.test(l))).toHaveLength(20);
    // No kindergarten is named in the country's view.
    expect(text).not.toContain("Думан");

    const region = await t.press(coordinator, country.button("Актюбинская").data);
    expectWithinTelegramLimits(region);
    expect(region.text).toContain("📊 Актюбинская область");
    expect(region.text).toContain("Детские сады 1–5 из 5 (страница 1 из 1), сначала те, что требуют внимания:");
    const lines = region.text.split("\n").filter((l) => /^\S+( \S+)? 1\d\. /.test(l));
    expect(lines).toEqual([
      "📨 📵 12. № 33 «Нұрсәт» балабақшасы» МКҚК",
      "↩️ 👤 13. №5 «Ақбота» бөбекжай-бақшасы» МКҚК",
      "✏️ ⏰👤 14. «NURSULTAN 7777» бөбекжай-бақшасы» ЖШС",
      "▫️ ⏰👤 15. «Айлин» балабақшасы» ЖШС",
      "✅ 11. №49 «Думан» бөбекжай-бақшасы» МКҚК",
    ]);
    expect(region.button("⬆ Вся республика").data).toBe("st:4");

    const card = await t.press(coordinator, region.button("11. №49").data);
    expectWithinTelegramLimits(card);
    expect(card.text).toContain("🏫 №49 «Думан» бөбекжай-бақшасы» МКҚК\nАктюбинская область");
    expect(card.text).toContain("Отчёт: ✅ принят\nСрок сдачи — 20.11.2026.");
    expect(card.text).toContain("1 руководитель зарегистрирован\n2 родителя подключились\n1 из них получают сообщения бота");
    // Two kindergartens handed in: too few to show a median or a range of the others.
    // A coordinator reads about the kindergarten, not "your figures".
    expect(card.text).toContain("Показатели детского сада в сравнении с регионом и республикой");
    expect(card.text).not.toContain("Ваши показатели");
    expect(card.text).toContain("Занятия: детский сад 12 · регион мало детских садов для сравнения · республика мало детских садов для сравнения");
    expect(card.text).toContain("Высокий уровень в экспериментальных группах, %: детский сад 50 · регион мало детских садов для сравнения · республика мало детских садов для сравнения");

    const back = await t.press(coordinator, card.button("⬆ Актюбинская").data);
    expect(back.text).toContain("📊 Актюбинская область");
    const up = await t.press(coordinator, back.button("⬆ Вся республика").data);
    expect(up.text).toContain("📊 Вся республика");

    const q3 = await t.press(coordinator, up.button("◀ 3 кв. 2026").data);
    expect(q3.text).toContain("3-й квартал 2026 года · срок сдачи — 05.10.2026");
    expect(q3.text).toContain("0/5 ⏰5 ⚠️5 Актюбинская область");
    expect(q3.button("4 кв. 2026 ▶").data).toBe("st:4");
  });
});

describe("/status of a regional methodologist, in Kazakh", () => {
  it("opens the region's list in Kazakh, without a way up to the country", async () => {
    await seedAktobe(t, database.db);
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const out = await t.send(methodologist, "/status");
    expectWithinTelegramLimits(out);
    expect(out.text).toContain("📊 Ақтөбе облысы\n2026 жылғы 4-тоқсан · тапсыру мерзімі — 20.11.2026");
    expect(out.text).toContain("Есептер, балабақшалар саны: 5\n1 ✅ қабылданды\n1 📨 тексеруде\n1 ↩️ пысықтауға қайтарылды");
    expect(out.text).toContain("2 ⏰ мерзімінде тапсырылмаған");
    expect(out.text).toContain("⚠️ Назар аударыңыз:\n⏰ есеп мерзімінде тапсырылмаған: 2");
    expect(out.text).toContain("✅ 11. №49 «Думан» бөбекжай-бақшасы» МКҚК");
    expect(out.buttons.some((b) => b.data?.startsWith("st:"))).toBe(false);
    const card = await t.press(methodologist, out.button("12.").data);
    expect(card.text).toContain("Есеп: 📨 тапсырылды, әдіскер тексеріп жатыр");
    expect(card.text).toContain("🐢 Кешігіп тапсырылды.");
    expect(card.text).toContain("⚠️ Назар аударыңыз:\n📵 меңгеруші");
  });

  it("refuses forged buttons for another region, its kindergartens, the country, and malformed data; nothing is shown", async () => {
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const atyrau = await orgByRegistryNo(database.db, 21);
    for (const data of ["st-r:atyrau:4:0", `st-o:${atyrau.id}:4`, "st-r:aktobe:999:0", "st-r:AKTOBE:4:0", "st-o:abc:4", "st-r:aktobe:4:-1", "st-o:999999:4"]) {
      const out = await t.press(methodologist, data);
      expect(out.alerts).toEqual(["Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз."]);
      expect(out.texts).toEqual([]);
      expect(out.called("answerCallbackQuery")).toHaveLength(1);
    }
    // The top view of a methodologist is their region, never the country.
    const top = await t.press(methodologist, "st:4");
    expect(top.text).toContain("📊 Ақтөбе облысы");
    expect(top.text).not.toContain("Атырау");
  });

  it("a stale button after the membership was removed is refused, and /status says the figures are not for them", async () => {
    await seedAktobe(t, database.db);
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const out = await t.press(methodologist, (await t.send(methodologist, "/status")).button("11.").data);
    expect(out.text).toContain("Думан");
    const list = await t.send(methodologist, "/status");
    await database.db.delete(memberships).where(and(eq(memberships.userId, methodologist.id), eq(memberships.role, "methodologist")));
    for (const b of list.buttons) {
      const stale = await t.press(methodologist, b.data);
      expect(stale.alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
      expect(stale.texts).toEqual([]);
    }
    expect((await t.send(methodologist, "/status")).text).toBe("Сводка доступна руководителям детских садов, методистам и координаторам проекта.");
  });
});

describe("a head's /status: their kindergarten's card", () => {
  it("in Russian: what is missing in the open report and the due day, their figures beside the region's and the country's, and no other kindergarten named", async () => {
    const seeded = await seedAktobe(t, database.db);
    const head14 = await joinedUser(t, database.db, { role: "head", organizationId: seeded.o14.id }, "ru");
    const out = await t.send(head14, "/status");
    expectWithinTelegramLimits(out);
    expect(out.text).toContain("🏫 «NURSULTAN 7777» бөбекжай-бақшасы» ЖШС\nАктюбинская область\n4-й квартал 2026 года · срок сдачи — 20.11.2026");
    expect(out.text).toContain("Отчёт: ✏️ заполняется\nСрок сдачи — 20.11.2026.\n⏰ Срок прошёл, а отчёт не сдан. Открыть отчёт: /report\nЕщё без ответа, вопросов: 9");
    expect(out.text).toContain(`• ${t.i18n.t("ru", "form-v1-meetings")}`);
    expect(out.text).not.toContain("• Сколько занятий");
    expect(out.text).toContain("Занятия: у вас 3 · регион мало детских садов для сравнения · республика мало детских садов для сравнения");
    expect(out.text).toContain("Встречи и экскурсии: у вас — · регион мало детских садов для сравнения · республика мало детских садов для сравнения");
    const others = await database.db.select({ id: organizations.id, name: organizations.name }).from(organizations);
    const everything = out.text + JSON.stringify(out.buttons);
    for (const o of others.filter((o) => o.id !== seeded.o14.id)) expect(everything).not.toContain(o.name);
    // Only their own card: no button goes up to the region.
    expect(out.buttons.every((b) => b.data?.startsWith(`st-o:${seeded.o14.id}:`))).toBe(true);
  });

  it("in Kazakh: a returned report lists the returned questions; forged buttons to the region or another kindergarten are refused", async () => {
    const seeded = await seedAktobe(t, database.db);
    const head13 = await joinedUser(t, database.db, { role: "head", organizationId: seeded.o13.id }, "kk");
    const out = await t.send(head13, "/status");
    expect(out.text).toContain("Есеп: ↩️ пысықтауға қайтарылды");
    expect(out.text).toContain("Әдіскер пікір жазып қайтарған сұрақтар саны: 1\n• Тоқсан ішінде эксперименттік топтармен");
    for (const data of ["st-r:aktobe:4:0", `st-o:${seeded.o11.id}:4`, `st-o:${seeded.o12.id}:1`]) {
      const forged = await t.press(head13, data);
      expect(forged.alerts).toEqual(["Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз."]);
      expect(forged.texts).toEqual([]);
    }
    const top = await t.press(head13, "st:4");
    expect(top.text).toContain("🏫 №5 «Ақбота» бөбекжай-бақшасы» МКҚК");
  });

  it("parents and guests are told /status is not for them", async () => {
    const org = await orgByRegistryNo(database.db, 11);
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: org.id }, "kk");
    expect((await t.send(parent, "/status")).text).toBe("Жиынтықты балабақша меңгерушілері, әдіскерлер және жоба үйлестірушілері көре алады.");
    const guest = newUser();
    await t.meet(guest, "ru");
    expect((await t.send(guest, "/status")).text).toBe("Сводка доступна руководителям детских садов, методистам и координаторам проекта.");
  });
});

describe("/status at national size", () => {
  it("a region of 705 kindergartens with 300-character names: every page within Telegram's limits, each kindergarten on exactly one page", async () => {
    const all = await addKindergartens(database.db, "aktobe", 700, 300);
    expect(all).toHaveLength(705);
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "kk");
    let page = await t.send(coordinator, "/status");
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      expectWithinTelegramLimits(page);
      seen.push(...page.text.split("\n").filter((l) => /^▫️ ⏰👤 [\d\u2007]+\. /.test(l)).map((l) => l.split(" ")[2]!.replace(/\u2007/g, "")));
      const next = page.buttons.find((b) => b.text === "Әрі қарай ▶");
      if (!next) break;
      page = await t.press(coordinator, next.data);
    }
    expect(page.text).toContain("Балабақшалар: 701–705, барлығы 705 (бет: 36 / 36)");
    expect(new Set(seen).size).toBe(705);
    expect(seen.length).toBe(705);
    // A card of a 300-character name fits too.
    const button = page.buttons.find((b) => b.data?.startsWith("st-o:"))!;
    const card = await t.press(coordinator, button.data);
    expectWithinTelegramLimits(card);
    const shown = all.find((o) => o.id === Number(button.data!.split(":")[1]))!;
    expect(shown.name).toHaveLength(300);
    expect(card.text).toContain(`🏫 ${shown.name}\n`);
  }, 180_000);
});
