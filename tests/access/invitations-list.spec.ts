import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { invitations, memberships } from "../../src/db/schema/index.js";
import { createInvitation, getParentLink } from "../../src/registration/invitations.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type Outcome, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;
const admin = newUser();
const NOT_ALLOWED = "Извините, это действие недоступно для вашей роли.";

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { adminIds: [admin.id] });

const open = async () => (await database.db.select().from(invitations)).filter((i) => !i.multiUse && !i.revokedAt && !i.usedAt);

describe("/invitations lists and revokes personal invitations", () => {
  it("a methodologist sees those of their region, pages through them and revokes one; the link stops working", async () => {
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const aktobe = await orgByRegistryNo(database.db, 11);
    const abai = await orgByRegistryNo(database.db, 41);
    for (let i = 0; i < 6; i++) await createInvitation(database.db, { target: { role: "head", organizationId: aktobe.id }, createdBy: null, ttlDays: 14, now: t.now });
    await createInvitation(database.db, { target: { role: "head", organizationId: abai.id }, createdBy: null, ttlDays: 14, now: t.now });
    const mine = await createInvitation(database.db, { target: { role: "head", organizationId: aktobe.id }, createdBy: methodologist.id, ttlDays: 14, now: t.now });

    const list = await t.send(methodologist, "/invitations");
    expect(list.text).toContain("Неиспользованные персональные приглашения: 7.");
    // Newest first: the methodologist's own is marked. (Creation is the database's time, expiry the bot's clock.)
    expect(list.text).toContain(`1. Заведующий — ${aktobe.name}, Актюбинская область. Создано вами `);
    expect(list.text).toMatch(/Создано вами \d\d\.\d\d\.\d{4}, действует до 06\.12\.2026 включительно\./);
    expect(list.text).not.toContain(abai.name);
    expect(list.buttons.map((b) => b.text)).toEqual(["✖️ Отозвать 1", "✖️ Отозвать 2", "✖️ Отозвать 3", "✖️ Отозвать 4", "✖️ Отозвать 5", "1/2", "▶️"]);
    const second = await t.press(methodologist, list.button("▶️").data);
    expect(second.called("editMessageText")).toHaveLength(1);
    expect(second.buttons.map((b) => b.text)).toEqual(["✖️ Отозвать 6", "✖️ Отозвать 7", "◀️", "2/2"]);
    // The page counter does not change the message: no "not modified" edit reaches Telegram's refusal.
    await t.press(methodologist, second.button("2/2").data);

    const revoked = await t.press(methodologist, list.button("✖️ Отозвать 1").data);
    expect(revoked.alerts).toEqual(["Приглашение отозвано."]);
    expect(revoked.text).toContain("Неиспользованные персональные приглашения: 6.");
    expect((await open()).map((i) => i.id)).not.toContain(mine.id);
    const holder = newUser();
    await t.meet(holder, "ru");
    expect((await t.send(holder, `/start ${mine.token}`)).text).toContain("Это приглашение отозвано");
    expect((await t.press(methodologist, list.button("✖️ Отозвать 1").data)).alerts).toEqual(["Это приглашение уже использовано или отозвано."]);
  });

  it("others' invitations beyond one's reach cannot be revoked with a forged button; parents and heads have no list", async () => {
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const abai = await orgByRegistryNo(database.db, 41);
    const other = await createInvitation(database.db, { target: { role: "head", organizationId: abai.id }, createdBy: null, ttlDays: 14, now: t.now });
    const coordinator = await createInvitation(database.db, { target: { role: "coordinator", regionCode: "aktobe" }, createdBy: null, ttlDays: 14, now: t.now });
    expect((await t.press(methodologist, `invs-rev:${other.id}:0`)).alerts).toEqual([NOT_ALLOWED]);
    expect((await t.press(methodologist, `invs-rev:${coordinator.id}:0`)).alerts).toEqual([NOT_ALLOWED]);
    const parentLink = await getParentLink(database.db, abai.id);
    await t.meet(admin, "ru");
    expect((await t.press(admin, `invs-rev:${parentLink.id}:0`)).alerts).toEqual([NOT_ALLOWED]);
    expect(await open()).toHaveLength(2);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: abai.id }, "ru");
    expect((await t.send(head, "/invitations")).text).toBe(NOT_ALLOWED);
    // The administrator sees and revokes everything.
    const all = await t.send(admin, "/invitations");
    expect(all.text).toContain("Неиспользованные персональные приглашения: 2.");
    await t.press(admin, all.button("✖️ Отозвать 2").data);
    expect(await open()).toHaveLength(1);
  });

  it("a national-size list stays within Telegram's limits", async () => {
    const org = await orgByRegistryNo(database.db, 11);
    await database.db.insert(invitations).values(
      Array.from({ length: 700 }, (_, i) => ({ token: `T${String(i).padStart(21, "0")}`, role: "head" as const, organizationId: org.id, expiresAt: new Date(t.now.getTime() + 86_400_000) })),
    );
    await t.meet(admin, "kk");
    const list: Outcome = await t.send(admin, "/invitations");
    expect(list.text.length).toBeLessThan(4096);
    expect(list.buttons.length).toBeLessThanOrEqual(100);
    expect(list.button("1/140")).toBeDefined();
    const last = await t.press(admin, "invs:139");
    expect(last.text).toContain("700.");
  });
});

describe("a parent link can be set to expire", () => {
  it("the head sets 30 days; after that day the link and the code get the one invalid reply", async () => {
    const org = await orgByRegistryNo(database.db, 41);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru");
    const shown = await t.send(head, "/parentlink");
    expect(shown.texts[0]).toContain("Ссылка и код действуют без срока.");
    const ask = await t.press(head, shown.button("Срок действия").data);
    expect(ask.buttons.map((b) => b.text)).toEqual(["30 дней", "90 дней", "365 дней", "Без срока"]);
    const set = await t.press(head, ask.button("30 дней").data);
    expect(set.text).toBe("Ссылка и код действуют до 22.12.2026 включительно.");
    const link = await getParentLink(database.db, org.id);
    const parent = newUser();
    await t.meet(parent, "ru");
    t.advance(30 * 86_400_000 + 12 * 3_600_000); // 22.12.2026, 23:00 in Almaty: still valid
    expect((await t.send(parent, link.joinCode!)).text).toContain("Детский сад:");
    t.advance(3_600_000);
    expect((await t.send(parent, link.joinCode!)).text).toContain("Эта ссылка или код не действует");
    expect((await t.send(parent, `/start ${link.token}`)).text).toContain("Эта ссылка или код не действует");
    expect((await t.send(head, "/parentlink")).texts[0]).toContain("Срок действия ссылки и кода истёк");
    expect(await database.db.select().from(memberships).where(eq(memberships.userId, parent.id))).toEqual([]);
    // Another kindergarten's head cannot change it.
    const stranger = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 42)).id }, "ru");
    expect((await t.press(stranger, `pl-exp-set:${org.id}:none`)).alerts).toEqual([NOT_ALLOWED]);
  });
});
