import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { users } from "../../src/db/schema/index.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import type { Database } from "../../src/db/client.js";

let database: Database;
let t: TestBot;

useBotSpec((spec) => {
  ({ database, t } = spec);
});

describe("first contact without an invitation", () => {
  it("asks for the language in both languages, Kazakh pre-selected for a kk Telegram client", async () => {
    const user = newUser({ language_code: "kk" });
    const out = await t.send(user, "/start");
    expect(out.text).toContain("Тілді таңдаңыз");
    expect(out.text).toContain("Выберите язык");
    expect(out.button("Қазақша").text).toBe("✓ Қазақша");
    expect(out.button("Русский").text).toBe("Русский");
  });

  it("pre-selects Russian for any other client language", async () => {
    for (const language_code of ["en", "ru", undefined]) {
      const out = await t.send(newUser({ language_code }), "/start");
      expect(out.button("Русский").text).toBe("✓ Русский");
    }
  });

  it("explains what the bot is and how to join, in Kazakh, after choosing Kazakh", async () => {
    const user = newUser({ language_code: "ru" });
    const out = await t.meet(user, "kk");
    expect(out.text).toContain("қазақ тілінде");
    expect(out.text).toContain("ата-ана болсаңыз — балабақшадан ата-аналарға арналған сілтемені сұрап алып");
  });

  it("explains it in Russian after choosing Russian", async () => {
    const out = await t.meet(newUser(), "ru");
    expect(out.text).toContain("если вы родитель — попросите в детском саду ссылку для родителей");
  });

  it("stores only the id and the language before anything else", async () => {
    const user = newUser({ first_name: "Айгүл", username: "aigul" });
    await t.meet(user, "kk");
    const [row] = await database.db.select().from(users).where(eq(users.telegramId, user.id));
    expect(row).toMatchObject({ language: "kk", languageConfirmed: true, firstName: null, username: null, consentAt: null });
  });

  it("keeps asking for the language until it is chosen, whatever the user sends", async () => {
    const user = newUser();
    await t.send(user, "/start");
    const out = await t.send(user, "/help");
    expect(out.text).toContain("Выберите язык");
    const photo = await t.sendPhoto(user);
    expect(photo.text).toContain("Выберите язык");
  });
});

describe("reachability", () => {
  it("a user marked unreachable (blocked the bot) becomes reachable again by writing to it", async () => {
    const user = newUser();
    await t.meet(user, "ru");
    await database.db.update(users).set({ unreachableAt: t.now }).where(eq(users.telegramId, user.id));
    await t.send(user, "/me");
    const [row] = await database.db.select().from(users).where(eq(users.telegramId, user.id));
    expect(row?.unreachableAt).toBeNull();
  });

  it("refreshes last seen at most every ten minutes", async () => {
    const user = newUser();
    await t.meet(user, "ru");
    const seen = async () => (await database.db.select().from(users).where(eq(users.telegramId, user.id)))[0]!.lastSeenAt.getTime();
    const first = await seen();
    t.advance(5 * 60_000);
    await t.send(user, "/me");
    expect(await seen()).toBe(first);
    t.advance(6 * 60_000);
    await t.send(user, "/me");
    expect(await seen()).toBe(t.now.getTime());
  });
});

describe("/lang", () => {
  it("changes the language and everything afterwards follows it", async () => {
    const user = newUser();
    await t.meet(user, "ru");
    const prompt = await t.send(user, "/lang");
    expect(prompt.text).toContain("На каком языке");
    const changed = await t.press(user, prompt.button("Қазақша").data);
    expect(changed.text).toContain("қазақ тілінде");
    const me = await t.send(user, "/me");
    expect(me.text).toContain("Тіл: қазақ тілі");
  });
});

describe("stray input", () => {
  it("answers an unknown command in the user's language", async () => {
    const kk = newUser();
    await t.meet(kk, "kk");
    expect((await t.send(kk, "/foo")).text).toBe("Мұндай пәрмен жоқ. Қолжетімді пәрмендер тізімі: /help");
    const ru = newUser();
    await t.meet(ru, "ru");
    expect((await t.send(ru, "/foo")).text).toBe("Такой команды нет. Список доступных команд: /help");
  });

  it("answers a stale or forged button with a notice and changes nothing", async () => {
    const user = newUser();
    await t.meet(user, "kk");
    const out = await t.press(user, "nonsense:1");
    expect(out.alerts).toEqual(["Бұл батырманың мерзімі өтті. Керекті пәрменді қайта жіберіңіз (тізімі: /help)."]);
  });

  it("ignores group chats", async () => {
    const user = newUser();
    const update = {
      update_id: 999999,
      message: { message_id: 1, date: 0, chat: { id: -100, type: "group" as const, title: "g" }, from: { id: user.id, is_bot: false, first_name: "x" }, text: "/start", entities: [{ type: "bot_command" as const, offset: 0, length: 6 }] },
    };
    await t.bot.handleUpdate(update);
    expect(t.telegram.calls).toEqual([]);
  });
});
