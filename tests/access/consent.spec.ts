import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { getParentLink } from "../../src/registration/invitations.js";
import { orgByRegistryNo } from "../helpers/fixtures.js";
import { createTestBot, newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;

useBotSpec((spec) => {
  ({ database, t } = spec);
});

async function consentText(bot: TestBot, language: "kk" | "ru") {
  const org = await orgByRegistryNo(database.db, 41);
  const parent = newUser();
  await bot.meet(parent, language);
  return (await bot.send(parent, `/start ${(await getParentLink(database.db, org.id)).token}`)).text;
}

describe("the consent text says who, what, why, under which law, and how to withdraw", () => {
  it("in Russian, with the operator configured", async () => {
    const bot = createTestBot(database.db, { operatorName: "РГКП «Институт раннего развития детей»" });
    const text = await consentText(bot, "ru");
    expect(text).toContain("Кто обрабатывает: РГКП «Институт раннего развития детей».");
    expect(text).toContain("Что сохраняется: ваше имя и имя пользователя в Telegram");
    expect(text).toContain("Зачем: чтобы присылать еженедельные занятия и объявления пилотного проекта");
    expect(text).toContain("Закон Республики Казахстан «О персональных данных и их защите»");
    expect(text).toContain("командой /leave");
  });

  it("in Kazakh, generic and truthful when no operator is configured", async () => {
    const text = await consentText(t, "kk");
    expect(text).toContain("Деректерді өңдейтін: Қазақстан Республикасы Оқу-ағарту министрлігінің пилоттық жобасының операторы.");
    expect(text).toContain("«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының Заңы");
    expect(text).toContain("/leave пәрменімен қайтарып ала аласыз");
  });
});
