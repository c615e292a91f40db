import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Transformer } from "grammy";
import type { Database } from "../../src/db/client.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { createTestBot } from "../../testing/test-bot.js";
import { createTestDatabase, resetDatabase } from "../helpers/test-db.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => resetDatabase(database.db));

describe("API transformers (auto-retry in production)", () => {
  it("see the calls made inside conversations too, not only the bot's own", async () => {
    const seen: string[] = [];
    const recorder: Transformer = (prev, method, payload, signal) => {
      seen.push(method);
      return prev(method, payload, signal);
    };
    const t = createTestBot(database.db, { apiTransformers: [recorder] });
    const org = await orgByRegistryNo(database.db, 70);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru");
    const list = await t.send(head, "/groups");
    seen.length = 0;
    // Entering the add-group conversation: its question is sent from inside the conversation.
    const askName = await t.press(head, list.button("Добавить группу").data);
    expect(askName.text).toContain("группы");
    expect(seen).toContain("sendMessage");
    seen.length = 0;
    const askAge = await t.send(head, "Жұлдыз");
    expect(askAge.called("sendMessage")).toHaveLength(1);
    expect(seen).toContain("sendMessage");
  });
});
