import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { auditLog, memberships, users } from "../../src/db/schema/index.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type Outcome, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;
const admin = newUser();

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { adminIds: [admin.id] });

const helpCommands = (out: Outcome) => [...out.text.matchAll(/^\/(\w+) — /gm)].map((m) => m[1]);

describe("/help and the command menu list exactly what the role allows", () => {
  it("guest", async () => {
    const guest = newUser();
    await t.meet(guest, "ru");
    expect(helpCommands(await t.send(guest, "/help"))).toEqual(["start", "help", "join", "me", "lang"]);
  });

  it("parent: the menu is set per chat, in the stored language, same list as /help", async () => {
    const org = await orgByRegistryNo(database.db, 41);
    const parent = newUser();
    t.telegram.clear();
    await joinedUser(t, database.db, { role: "parent", organizationId: org.id }, "kk", parent);
    const menus = t.telegram.calls.filter((c) => c.method === "setMyCommands");
    expect(menus).toHaveLength(1);
    expect(menus[0]!.payload.scope).toEqual({ type: "chat", chat_id: parent.id });
    const commands = menus[0]!.payload.commands as { command: string; description: string }[];
    expect(commands.map((c) => c.command)).toEqual(["start", "help", "tip", "child", "tips", "join", "me", "lang", "leave"]);
    expect(commands.find((c) => c.command === "leave")!.description).toBe("Жобадан шығу және деректерімді өшіру");
    const help = await t.send(parent, "/help");
    expect(help.text).toContain("Сізге қолжетімді пәрмендер:");
    expect(helpCommands(help)).toEqual(commands.map((c) => c.command));
  });

  it("head has the parent link; methodologist and coordinator can invite; admin has both views", async () => {
    const org = await orgByRegistryNo(database.db, 42);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru");
    expect(helpCommands(await t.send(head, "/help"))).toEqual(["start", "help", "report", "cancel", "status", "broadcast", "parentlink", "groups", "tips", "export", "join", "me", "lang", "leave"]);
    const m = await joinedUser(t, database.db, { role: "methodologist", regionCode: "abai" }, "ru");
    expect(helpCommands(await t.send(m, "/help"))).toEqual(["start", "help", "review", "cancel", "status", "digest", "seminar", "seminars", "broadcast", "bestpractice", "invite", "invitations", "groups", "tips", "activities", "export", "analytics", "join", "me", "lang", "leave"]);
    await t.meet(admin, "ru");
    const adminStart = await t.send(admin, "/start");
    expect(adminStart.called("setMyCommands")[0]!.payload.commands).toEqual(
      expect.arrayContaining([expect.objectContaining({ command: "invite" })]),
    );
    expect(helpCommands(await t.send(admin, "/help"))).toEqual(["start", "help", "review", "cancel", "status", "seminar", "seminars", "broadcast", "bestpractice", "invite", "invitations", "periods", "import", "activities", "export", "analytics", "join", "me", "lang"]);
  });

  it("changing the language re-sets a member's menu in the new language", async () => {
    const org = await orgByRegistryNo(database.db, 43);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru");
    const out = await t.press(head, "lang:kk");
    const commands = out.called("setMyCommands")[0]!.payload.commands as { command: string; description: string }[];
    expect(commands.find((c) => c.command === "parentlink")!.description).toBe("Ата-аналарға арналған сілтеме мен QR-код");
  });
});

describe("/me", () => {
  it("shows role, organisation, region and language", async () => {
    const org = await orgByRegistryNo(database.db, 11);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "kk");
    const me = await t.send(head, "/me");
    expect(me.text).toBe(
      "Сіздің рөлдеріңіз:\nМеңгеруші — №49 «Думан» бөбекжай-бақшасы» МКҚК, Ақтөбе облысы\n\nТіл: қазақ тілі",
    );
    await t.meet(admin, "ru");
    expect((await t.send(admin, "/me")).text).toContain("Администратор проекта");
    const guest = newUser();
    await t.meet(guest, "ru");
    expect((await t.send(guest, "/me")).text).toContain("Вы пока не зарегистрированы");
  });
});

describe("/leave", () => {
  it("after confirmation removes memberships and personal data, keeping an audit entry", async () => {
    const org = await orgByRegistryNo(database.db, 44);
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: org.id }, "ru");
    const ask = await t.send(parent, "/leave");
    expect(ask.text).toContain("Вы выйдете из проекта");
    expect((await t.press(parent, ask.button("Нет, остаться").data)).text).toBe("Хорошо, всё остаётся как было.");
    expect(await database.db.select().from(memberships).where(eq(memberships.userId, parent.id))).toHaveLength(1);

    const done = await t.press(parent, (await t.send(parent, "/leave")).button("Да, выйти").data);
    expect(done.texts[0]).toContain("Вы вышли из проекта, ваши данные удалены.");
    expect(done.called("deleteMyCommands")).toHaveLength(1);
    expect(await database.db.select().from(memberships).where(eq(memberships.userId, parent.id))).toEqual([]);
    expect(await database.db.select().from(users).where(eq(users.telegramId, parent.id))).toEqual([]);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.action, "member.left"));
    // Kept without the person: a random pseudonym (negative, never a Telegram id) stands for them.
    expect(entry).toMatchObject({ details: { erased: true, memberships: [{ role: "parent", scope: `org:${org.id}` }] } });
    expect(entry!.actorId).toBeLessThan(0);
    expect(entry!.subjectId).toBe(entry!.actorId);
    expect(JSON.stringify(entry)).not.toContain(String(parent.id));
    expect(JSON.stringify(entry)).not.toContain("User");

    // Coming back starts from the language choice again.
    expect((await t.send(parent, "/start")).text).toContain("Тілді таңдаңыз");
  });

  it("a guest has nothing to remove; a stale confirm button removes nothing either", async () => {
    const guest = newUser();
    await t.meet(guest, "kk");
    expect((await t.send(guest, "/leave")).text).toBe("Сіз ешбір ұйымға тіркелмегенсіз — өшіретін ештеңе жоқ.");
    expect((await t.press(guest, "leave-yes")).text).toBe("Сіз ешбір ұйымға тіркелмегенсіз — өшіретін ештеңе жоқ.");
  });
});
