import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { joinedUser } from "../helpers/fixtures.js";
import { createTestBot, newUser, type TestBot } from "../../testing/test-bot.js";
import { createTestDatabase, resetDatabase } from "../helpers/test-db.js";
import type { TestUser } from "../../testing/updates.js";

/**
 * What each kind of update costs the database, counted statement by statement (BEGIN and COMMIT
 * included): every statement is a round trip on PostgreSQL. The update path is one statement that
 * claims the update and reads the person (user, memberships, conversation state, waiting dialog)
 * and one that marks the update handled; a typed message adds only its dialog's own work.
 */
let database: Database;
let t: TestBot;
let counting = false;
let statements: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (statement) => void (counting && statements.push(statement)) });
});
afterAll(async () => database.close());

let methodologist: TestUser;
beforeEach(async () => {
  await resetDatabase(database.db);
  t = createTestBot(database.db, { now: new Date("2026-11-22T06:00:00Z") });
  methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
});

async function count(run: () => Promise<unknown>): Promise<string[]> {
  statements = [];
  counting = true;
  try {
    await run();
  } finally {
    counting = false;
  }
  return statements;
}

const figures: Record<string, number> = {};

describe("database round trips per update", () => {
  afterAll(() => {
    console.log(`round trips per update: ${Object.entries(figures).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  });

  it("a command of a member seen a minute ago: the claim with the person, the answer, done", async () => {
    t.advance(60_000);
    const sent = await count(() => t.send(methodologist, "/start"));
    figures["command (/start)"] = sent.length;
    expect(sent).toHaveLength(2);
  });

  it("a typed line with no dialog waiting reaches the fallback without a query of its own", async () => {
    const sent = await count(() => t.send(methodologist, "здравствуйте"));
    figures["typed line, no dialog"] = sent.length;
    expect(sent).toHaveLength(2);
  });

  it("a typed answer costs the update path plus its dialog's own work (read the draft, save the step)", async () => {
    const targets = await t.send(methodologist, "/broadcast");
    await t.press(methodologist, targets.buttons[0]!.data);
    let reply;
    const sent = await count(async () => {
      reply = await t.send(methodologist, "Ертең жиналыс болады");
    });
    expect(reply!.text).toContain("на русском");
    figures["typed answer (broadcast text)"] = sent.length;
    expect(sent).toHaveLength(4);
  });

  it("a button: an outdated one is refused by the fallback on the update path alone", async () => {
    const sent = await count(() => t.press(methodologist, "zz:1"));
    figures["button (outdated)"] = sent.length;
    expect(sent).toHaveLength(2);
  });

  it("first contact writes the new user and nothing else", async () => {
    const sent = await count(() => t.send(newUser(), "/start"));
    figures["first contact"] = sent.length;
    expect(sent).toHaveLength(3);
  });
});
