/**
 * A parent who writes to the bot as to the kindergarten («Балам бүгін ауырып қалды, келмейді») is
 * told kindly that nobody at the kindergarten reads it, to contact the teacher directly, and what the
 * bot does; staff still get the short "not understood".
 */
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestBot } from "../../testing/test-bot.js";
import { photoMessage } from "../../testing/updates.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

describe("a parent writing to the bot as to the kindergarten", () => {
  it("in Kazakh: the message does not reach the kindergarten, call the teacher, and what the bot does", async () => {
    const org = await orgByRegistryNo(database.db, 11);
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: org.id }, "kk");
    const answer = await t.send(parent, "Балам бүгін ауырып қалды, келмейді");
    expect(answer.text).toContain("Бұл бот хабарламаларды балабақшаға жеткізбейді");
    expect(answer.text).toContain("тәрбиешіге немесе балабақшаға тікелей");
    for (const command of ["/tip", "/tips", "/child", "/help"]) expect(answer.text).toContain(command);
    expect(answer.text).not.toContain("түсінбедім");
  });

  it("in Russian, and for a photo too; a head who types a stray line still gets the short answer", async () => {
    const org = await orgByRegistryNo(database.db, 11);
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: org.id }, "ru");
    const text = await t.send(parent, "Здравствуйте, Алия Сериковна! Мы сегодня опоздаем");
    expect(text.text).toContain("Этот бот не передаёт сообщения в детский сад");
    expect(text.text).toContain("позвоните или напишите воспитателю");
    const photo = await t.deliver(photoMessage(parent, { caption: "Справка" }));
    expect(photo.text).toContain("Этот бот не передаёт сообщения в детский сад");

    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru");
    expect((await t.send(head, "привет")).text).toBe("Я не понимаю это сообщение. Доступные команды: /help");
  });
});
