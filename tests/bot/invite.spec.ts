import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { invitations } from "../../src/db/schema/index.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type Outcome, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;
const admin = newUser();

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { adminIds: [admin.id] });

function linkIn(out: Outcome): string {
  const link = /https:\/\/t\.me\/erte_pilot_bot\?start=([A-Za-z0-9_-]{22})/.exec(out.text);
  if (!link) throw new Error(`no link in ${out.text}`);
  return link[1]!;
}

const roleButtons = (out: Outcome) => out.buttons.map((b) => b.data).filter((d) => d?.startsWith("inv-role:"));

describe("administrators invite anyone", () => {
  it("a head of a chosen kindergarten: role → region → organisation → link valid 14 days", async () => {
    await t.meet(admin, "ru");
    const menu = await t.send(admin, "/invite");
    expect(roleButtons(menu)).toEqual(["inv-role:head", "inv-role:methodologist", "inv-role:coordinator", "inv-role:parent", "inv-role:regional_admin"]);
    const regions = await t.press(admin, menu.button("Заведующий").data);
    expect(regions.buttons).toHaveLength(20);
    const orgs = await t.press(admin, regions.button("Актюбинская область").data);
    expect(orgs.buttons.map((b) => b.text)).toEqual([
      "11. №49 «Думан» бөбекжай-бақшасы» МКҚК",
      "12. № 33 «Нұрсәт» балабақшасы» МКҚК",
      "13. №5 «Ақбота» бөбекжай-бақшасы» МКҚК",
      "14. «NURSULTAN 7777» бөбекжай-бақшасы» ЖШС",
      "15. «Айлин» балабақшасы» ЖШС",
    ]);
    const created = await t.press(admin, orgs.button("Думан").data);
    expect(created.text).toContain("Действует до 06.12.2026 включительно; ссылка одноразовая.");
    const token = linkIn(created);
    const [row] = await database.db.select().from(invitations).where(eq(invitations.token, token));
    const org = await orgByRegistryNo(database.db, 11);
    expect(row).toMatchObject({ role: "head", organizationId: org.id, multiUse: false, createdBy: admin.id });

    // The link works for the person it is sent to.
    const head = newUser();
    await t.meet(head, "kk");
    expect((await t.send(head, `/start ${token}`)).text).toContain("№49 «Думан»");
  });

  it("a national coordinator, in Kazakh", async () => {
    await t.meet(admin, "kk");
    const menu = await t.send(admin, "/invite");
    const regions = await t.press(admin, menu.button("Үйлестіруші").data);
    const created = await t.press(admin, regions.button("Бүкіл республика").data);
    expect(created.text).toContain("Шақыру жасалды.");
    expect(created.text).toContain("Өңір / ұйым: бүкіл республика");
    const [row] = await database.db.select().from(invitations).where(eq(invitations.token, linkIn(created)));
    expect(row).toMatchObject({ role: "coordinator", regionCode: null, organizationId: null });
  });

  it("a kindergarten's parent link", async () => {
    await t.meet(admin, "ru");
    const regions = await t.press(admin, (await t.send(admin, "/invite")).button("Родитель").data);
    const orgs = await t.press(admin, regions.button("Город Шымкент").data);
    const out = await t.press(admin, orgs.buttons[0]!.data);
    expect(out.text).toContain("Ссылка для родителей");
    expect(out.called("sendPhoto")).toHaveLength(1);
  });
});

describe("coordinators invite methodologists and heads within their scope", () => {
  it("a regional coordinator goes straight to their region and cannot forge another", async () => {
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const menu = await t.send(coordinator, "/invite");
    expect(roleButtons(menu)).toEqual(["inv-role:head", "inv-role:methodologist"]);
    const created = await t.press(coordinator, menu.button("Методист").data);
    const [row] = await database.db.select().from(invitations).where(eq(invitations.token, linkIn(created)));
    expect(row).toMatchObject({ role: "methodologist", regionCode: "aktobe", createdBy: coordinator.id });

    const before = await database.db.select().from(invitations);
    const forged = await t.press(coordinator, "inv-reg:methodologist:almaty");
    expect(forged.alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    const almatyOrg = await orgByRegistryNo(database.db, 60);
    expect((await t.press(coordinator, `inv-org:head:${almatyOrg.id}`)).alerts).toHaveLength(1);
    expect((await t.press(coordinator, "inv-role:coordinator")).alerts).toHaveLength(1);
    expect((await t.press(coordinator, "inv-nat")).alerts).toHaveLength(1);
    expect(await database.db.select().from(invitations)).toHaveLength(before.length);
  });

  it("a national coordinator chooses among all regions", async () => {
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "kk");
    const menu = await t.send(coordinator, "/invite");
    const regions = await t.press(coordinator, menu.button("Меңгеруші").data);
    expect(regions.buttons).toHaveLength(20);
  });
});

describe("methodologists invite heads in their region only", () => {
  it("offers only heads, only in their region", async () => {
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "abai" }, "kk");
    const menu = await t.send(methodologist, "/invite");
    expect(roleButtons(menu)).toEqual(["inv-role:head"]);
    const orgs = await t.press(methodologist, menu.button("Меңгеруші").data);
    expect(orgs.text).toContain("Абай облысы: ұйымды таңдаңыз.");
    expect(orgs.buttons).toHaveLength(5);
    const created = await t.press(methodologist, orgs.buttons[0]!.data);
    expect(created.text).toContain("Шақыру жасалды.");
    expect((await t.press(methodologist, "inv-role:methodologist")).alerts).toEqual(["Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз."]);
  });
});

describe("everyone else is refused politely", () => {
  it("heads, parents and guests cannot invite, in their language", async () => {
    const org = await orgByRegistryNo(database.db, 30);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "kk");
    expect((await t.send(head, "/invite")).text).toBe("Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз.");
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: org.id }, "ru");
    expect((await t.send(parent, "/invite")).text).toBe("Извините, это действие недоступно для вашей роли.");
    expect((await t.press(parent, `inv-org:head:${org.id}`)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    const guest = newUser();
    await t.meet(guest, "ru");
    expect((await t.send(guest, "/invite")).text).toContain("Вы ещё не подключились к боту");
    expect(await database.db.select().from(invitations).where(eq(invitations.role, "head"))).toHaveLength(1);
  });
});

describe("regional administrators", () => {
  it("a national administrator invites one for a region; they join and invite every role of their region only", async () => {
    await t.meet(admin, "ru");
    const regions = await t.press(admin, (await t.send(admin, "/invite")).button("Администратор региона").data);
    const created = await t.press(admin, regions.button("Актюбинская область").data);
    const token = linkIn(created);
    const [row] = await database.db.select().from(invitations).where(eq(invitations.token, token));
    expect(row).toMatchObject({ role: "regional_admin", regionCode: "aktobe", organizationId: null });

    const regionalAdmin = newUser();
    await t.meet(regionalAdmin, "kk");
    const offer = await t.send(regionalAdmin, `/start ${token}`);
    expect(offer.text).toContain("Өңір әкімшісіне арналған шақыру: Ақтөбе облысы.");
    expect((await t.press(regionalAdmin, offer.buttons[0]!.data)).text).toMatch(/Дайын/);

    const menu = await t.send(regionalAdmin, "/invite");
    expect(roleButtons(menu)).toEqual(["inv-role:head", "inv-role:methodologist", "inv-role:coordinator", "inv-role:parent"]);
    const coordinator = await t.press(regionalAdmin, menu.button("Үйлестіруші").data);
    const [coordinatorRow] = await database.db.select().from(invitations).where(eq(invitations.token, linkIn(coordinator)));
    expect(coordinatorRow).toMatchObject({ role: "coordinator", regionCode: "aktobe", createdBy: regionalAdmin.id });

    const before = await database.db.select().from(invitations);
    const almatyOrg = await orgByRegistryNo(database.db, 60);
    for (const forged of ["inv-role:regional_admin", "inv-reg:regional_admin:aktobe", "inv-reg:methodologist:almaty", "inv-reg:coordinator:almaty", `inv-org:head:${almatyOrg.id}`, `inv-org:parent:${almatyOrg.id}`, "inv-nat"]) {
      expect((await t.press(regionalAdmin, forged)).alerts, forged).toEqual(["Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз."]);
    }
    expect(await database.db.select().from(invitations)).toHaveLength(before.length);
  });
});
