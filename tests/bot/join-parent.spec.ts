import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { memberships, users } from "../../src/db/schema/index.js";
import { getParentLink, rotateParentLink } from "../../src/registration/invitations.js";
import { formatJoinCode } from "../../src/registration/tokens.js";
import { orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;

useBotSpec((spec) => {
  ({ database, t } = spec);
});

const rolesOf = (userId: number) => database.db.select().from(memberships).where(eq(memberships.userId, userId));
const userRow = async (userId: number) => (await database.db.select().from(users).where(eq(users.telegramId, userId)))[0];

describe("parents join their kindergarten", () => {
  it("through the multi-use parent link: consent first, then the name is stored", async () => {
    const org = await orgByRegistryNo(database.db, 21);
    const link = await getParentLink(database.db, org.id);
    for (const language of ["kk", "ru"] as const) {
      const parent = newUser({ first_name: `Ана ${language}`, username: `mama_${language}` });
      await t.meet(parent, language);
      const offer = await t.send(parent, `/start ${link.token}`);
      expect(offer.text).toContain(org.name);
      expect(offer.text).toContain(language === "kk" ? "дербес деректеріңізді өңдеуге келісім" : "согласие на обработку персональных данных");
      expect((await userRow(parent.id))?.firstName).toBeNull();
      const done = await t.press(parent, offer.button(language === "kk" ? "Келісім беремін" : "Даю согласие").data);
      expect(done.text).toContain(language === "kk" ? "Ата-ана —" : "Родитель —");
      const row = await userRow(parent.id);
      expect(row).toMatchObject({ firstName: `Ана ${language}`, username: `mama_${language}` });
      expect(row?.consentAt).toBeInstanceOf(Date);
      expect(await rolesOf(parent.id)).toMatchObject([{ role: "parent", organizationId: org.id }]);
    }
  });

  it("by typing the join code, in any case and with or without the dash", async () => {
    const org = await orgByRegistryNo(database.db, 22);
    const link = await getParentLink(database.db, org.id);
    const code = link.joinCode!;
    const a = newUser();
    await t.meet(a, "ru");
    const offer = await t.send(a, formatJoinCode(code).toLowerCase());
    expect(offer.text).toContain(org.name);
    const b = newUser();
    await t.meet(b, "kk");
    expect((await t.send(b, `/join ${code}`)).text).toContain(org.name);
    expect((await t.send(b, "/join")).text).toContain("Балабақша кодын жіберіңіз");
  });

  it("a parent of siblings belongs to two kindergartens", async () => {
    const first = await orgByRegistryNo(database.db, 23);
    const second = await orgByRegistryNo(database.db, 40);
    const parent = newUser();
    await t.meet(parent, "ru");
    for (const org of [first, second]) {
      const offer = await t.send(parent, `/start ${(await getParentLink(database.db, org.id)).token}`);
      await t.press(parent, offer.button("Даю согласие").data);
    }
    expect((await rolesOf(parent.id)).map((m) => m.organizationId).sort()).toEqual([first.id, second.id].sort());
    const me = await t.send(parent, "/me");
    expect(me.text).toContain(first.name);
    expect(me.text).toContain(second.name);
  });

  it("declining consent stores nothing beyond the Telegram id and language", async () => {
    const org = await orgByRegistryNo(database.db, 24);
    const parent = newUser();
    await t.meet(parent, "kk");
    const offer = await t.send(parent, `/start ${(await getParentLink(database.db, org.id)).token}`);
    expect((await t.press(parent, offer.button("Бас тарту").data)).text).toBe("Жақсы, ештеңе сақталған жоқ.");
    expect(await rolesOf(parent.id)).toEqual([]);
    expect(await userRow(parent.id)).toMatchObject({ firstName: null, username: null, consentAt: null });
  });

  it("a rotated link and its old code stop working; parents already in stay", async () => {
    const org = await orgByRegistryNo(database.db, 25);
    const old = await getParentLink(database.db, org.id);
    const early = newUser();
    await t.meet(early, "ru");
    await t.press(early, (await t.send(early, `/start ${old.token}`)).button("Даю согласие").data);
    const fresh = await rotateParentLink(database.db, org.id, null, t.now);
    expect(fresh.token).not.toBe(old.token);
    expect(fresh.joinCode).not.toBe(old.joinCode);
    const late = newUser();
    await t.meet(late, "ru");
    expect((await t.send(late, `/start ${old.token}`)).text).toContain("Эта ссылка или код не действует");
    expect((await t.send(late, old.joinCode!)).text).toContain("Эта ссылка или код не действует");
    expect((await t.send(late, `/start ${fresh.token}`)).text).toContain(org.name);
    expect(await rolesOf(early.id)).toHaveLength(1);
  });

  it("a wrong code is explained and counted towards the limit", async () => {
    const parent = newUser();
    await t.meet(parent, "ru");
    const out = await t.send(parent, "ZZZZ-ZZZZ");
    expect(out.text).toContain("Эта ссылка или код не действует");
  });

  it("text that is not a code gets the explanation of how to join", async () => {
    const guest = newUser();
    await t.meet(guest, "kk");
    expect((await t.send(guest, "сәлем")).text).toContain("Қалай қосылуға болады");
  });
});
