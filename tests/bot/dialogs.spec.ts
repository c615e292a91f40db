import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { joinedUser } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestBot } from "../../testing/test-bot.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

describe("one dialog at a time, the newest wins", () => {
  it("a methodologist who starts an announcement while an activity waits for its text: the typed text goes to the announcement, and /cancel ends only that", async () => {
    const m = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    await t.send(m, "/activities");
    const askText = await t.press(m, "act-dir:0");
    expect(askText.text).toContain("казахский текст занятия");

    const targets = await t.send(m, "/broadcast");
    const askKk = await t.press(m, targets.buttons[0]!.data);
    expect(askKk.text).toContain("на казахском");

    // The announcement is the newer dialog: the line is its Kazakh text, not an activity's.
    const typed = await t.send(m, "Ертең сағат 10-да жиналыс болады");
    expect(typed.text).toContain("Теперь текст на русском языке");
    expect(typed.text).not.toContain("Не удалось разобрать текст");

    expect((await t.send(m, "/cancel")).text).toBe("Черновик объявления удалён.");
    // The activity stopped waiting when the announcement began: a line now is just a line.
    expect((await t.send(m, "Просто сообщение")).text).toBe("Я не понимаю это сообщение. Доступные команды: /help");
    expect((await t.send(m, "/cancel")).text).toBe("Сейчас нечего прерывать: вы ничего не заполняете. Список команд: /help");
  });
});
