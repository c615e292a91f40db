import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { auditLog } from "../../src/db/schema/index.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

describe("the language choice in the audit log", () => {
  it("records the first choice and each real change, not a repeated tap on the same language", async () => {
    const user = newUser();
    const changes = async () =>
      (await database.db.select().from(auditLog).where(and(eq(auditLog.actorId, user.id), eq(auditLog.action, "language.changed")))).map(
        (e) => (e.details as { language: string }).language,
      );
    await t.meet(user, "ru"); // Russian was also the guess from language_code: still the first choice
    expect(await changes()).toEqual(["ru"]);
    expect((await t.press(user, "lang:ru")).text).toContain("по-русски");
    expect(await changes()).toEqual(["ru"]);
    await t.press(user, "lang:kk");
    await t.press(user, "lang:kk");
    expect(await changes()).toEqual(["ru", "kk"]);
  });
});
