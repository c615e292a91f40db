import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { conversationStates, kindergartenGroups } from "../../src/db/schema/index.js";
import { MAX_WRONG_ANSWERS } from "../../src/bot/conversations/ask.js";
import { CONVERSATION_STATE_TTL_MS, prunePersonalData } from "../../src/registration/retention.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;

useBotSpec((spec) => {
  ({ database, t } = spec);
});

async function headAddingAGroup() {
  const org = await orgByRegistryNo(database.db, 11);
  const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru", newUser({ first_name: "Айгерим", username: "aigerim_k" }));
  await t.press(head, (await t.send(head, "/groups")).button("Добавить группу").data);
  return { org, head };
}

const stateRow = async (id: number) =>
  (
    await database.db
      .select({ bytes: sql<number>`octet_length(${conversationStates.state}::text)`, text: sql<string>`${conversationStates.state}::text` })
      .from(conversationStates)
      .where(eq(conversationStates.key, `user:${id}`))
  )[0];

describe("conversation state keeps only what a wizard needs", () => {
  it("400 wrong answers of 3,000 characters: the wizard ends after a few, the state stays small and then goes", async () => {
    const { head } = await headAddingAGroup();
    const wrong = "Я".repeat(3_000); // a group name may have 60 characters
    const sizes: number[] = [];
    let ended = "";
    for (let i = 0; i < 400; i++) {
      const out = await t.send(head, wrong);
      const row = await stateRow(head.id);
      if (!row) {
        ended = out.text;
        // Later messages are ordinary messages: no state is written for them.
        for (let j = 0; j < 5; j++) await t.send(head, wrong);
        break;
      }
      sizes.push(row.bytes);
    }
    expect(sizes).toHaveLength(MAX_WRONG_ANSWERS - 1);
    expect(Math.max(...sizes)).toBeLessThan(64 * 1024); // it once reached 1.57 MB
    expect(ended).toBe("Слишком много неподходящих ответов подряд, поэтому действие прервано; ничего не сохранено. Чтобы начать заново, отправьте /groups.");
    expect(await stateRow(head.id)).toBeUndefined();
    expect(await database.db.select().from(kindergartenGroups)).toEqual([]);

    // Starting again works, and a right answer after a few wrong ones goes on as before.
    await t.press(head, (await t.send(head, "/groups")).button("Добавить группу").data);
    await t.send(head, wrong);
    expect((await t.send(head, "Солнышко")).text).toBe("Для какого возраста группа «Солнышко»?");
  });

  it("names, usernames and language codes are not stored; typed answers the wizard needs are", async () => {
    const { head } = await headAddingAGroup();
    await t.send(head, "Солнышко");
    const row = await stateRow(head.id);
    expect(row!.text).toContain("Солнышко");
    expect(row!.text).not.toContain("Айгерим");
    expect(row!.text).not.toContain("aigerim_k");
    expect(row!.text).not.toContain("language_code");
    expect(row!.text).toContain(String(head.id));
    // The stripped state still replays: the wizard goes on to the end.
    const age = await t.send(head, "x");
    expect(age.texts[0]).toContain("кнопк");
  });

  it("an abandoned wizard's state is pruned by the scheduled task after a week, a recent one is kept", async () => {
    const { head } = await headAddingAGroup();
    const other = await headAddingAGroup();
    await database.db
      .update(conversationStates)
      .set({ updatedAt: new Date(Date.now() - CONVERSATION_STATE_TTL_MS - 60_000) })
      .where(eq(conversationStates.key, `user:${head.id}`));
    expect(await prunePersonalData(database.db, new Date())).toMatchObject({ conversationStates: 1 });
    expect(await stateRow(head.id)).toBeUndefined();
    expect(await stateRow(other.head.id)).toBeDefined();
    // The person then simply talks to the bot again.
    expect((await t.send(head, "Солнышко")).text).toContain("/help");
  });
});
