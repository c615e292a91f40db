import { describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { invitations } from "../../src/db/schema/index.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;

useBotSpec((spec) => {
  ({ database, t } = spec);
});

const activeLinks = (organizationId: number) =>
  database.db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.role, "parent"), isNull(invitations.revokedAt)));

describe("a head's parent link", () => {
  it("comes with the join code and a printable QR code (PNG)", async () => {
    const org = await orgByRegistryNo(database.db, 31);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "kk");
    const out = await t.send(head, "/parentlink");
    expect(out.texts[0]).toContain(`Ата-аналарға арналған сілтеме — ${org.name}`);
    const [link] = await activeLinks(org.id);
    expect(out.texts[0]).toContain(`https://t.me/erte_pilot_bot?start=${link!.token}`);
    expect(out.texts[0]).toContain(`${link!.joinCode!.slice(0, 4)}-${link!.joinCode!.slice(4)}`);
    const [photo] = out.called("sendPhoto");
    const bytes = (photo!.payload.photo as { fileBytes: Buffer }).fileBytes;
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.length).toBeGreaterThan(1000);
    // Asking again shows the same link: it is multi-use until rotated.
    await t.send(head, "/parentlink");
    expect(await activeLinks(org.id)).toHaveLength(1);
  });

  it("can be rotated after a confirmation, revoking the old one", async () => {
    const org = await orgByRegistryNo(database.db, 32);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru");
    const shown = await t.send(head, "/parentlink");
    const [old] = await activeLinks(org.id);
    const ask = await t.press(head, shown.button("Выпустить новую ссылку").data);
    expect(ask.text).toContain("Старая ссылка, код и QR-код перестанут работать");
    expect((await t.press(head, ask.button("Нет").data)).text).toBe("Хорошо, ссылка осталась прежней.");
    expect((await activeLinks(org.id))[0]!.token).toBe(old!.token);
    const rotated = await t.press(head, ask.button("Да, выпустить новую").data);
    expect(rotated.texts[0]).toBe("Готово: старая ссылка и код больше не действуют.");
    const [fresh] = await activeLinks(org.id);
    expect(fresh!.token).not.toBe(old!.token);
    expect(rotated.texts[1]).toContain(fresh!.token);
  });

  it("is refused to non-heads, and a forged rotate button for another kindergarten changes nothing", async () => {
    const org = await orgByRegistryNo(database.db, 33);
    const other = await orgByRegistryNo(database.db, 34);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru");
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: org.id }, "kk");
    expect((await t.send(parent, "/parentlink")).text).toBe("Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз.");
    const before = await activeLinks(other.id);
    const forged = await t.press(head, `pl-rot-yes:${other.id}`);
    expect(forged.alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect(await activeLinks(other.id)).toEqual(before);
    const guest = newUser();
    await t.meet(guest, "ru");
    expect((await t.send(guest, "/parentlink")).text).toBe("Извините, это действие недоступно для вашей роли.");
  });

  it("asks which kindergarten when a head leads two", async () => {
    const a = await orgByRegistryNo(database.db, 35);
    const b = await orgByRegistryNo(database.db, 36);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: a.id }, "ru");
    await joinedUser(t, database.db, { role: "head", organizationId: b.id }, "ru", head);
    const choose = await t.send(head, "/parentlink");
    expect(choose.text).toBe("Выберите организацию:");
    const shown = await t.press(head, choose.button(b.name).data);
    expect(shown.texts[0]).toContain(b.name);
  });
});
