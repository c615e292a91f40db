import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { auditLog, invitations, memberships, users } from "../../src/db/schema/index.js";
import { DAY_MS } from "../../src/shared/clock.js";
import { getParentLink } from "../../src/registration/invitations.js";
import { inviteToken, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;

useBotSpec((spec) => {
  ({ database, t } = spec);
});

async function membershipsOf(userId: number) {
  return database.db.select().from(memberships).where(eq(memberships.userId, userId));
}

describe("a head joins through a personal invitation", () => {
  it("sees the organisation's name and region in Kazakh, confirms, and is bound to it", async () => {
    const org = await orgByRegistryNo(database.db, 11);
    const token = await inviteToken(database.db, { role: "head", organizationId: org.id });
    const head = newUser({ language_code: "kk", first_name: "Гүлнар" });
    await t.send(head, `/start ${token}`);
    // The invitation waits for the language choice and is shown right after it.
    const offer = await t.press(head, "lang:kk");
    expect(offer.text).toContain("Балабақша меңгерушісіне арналған шақыру");
    expect(offer.text).toContain("№49 «Думан» бөбекжай-бақшасы» МКҚК");
    expect(offer.text).toContain("Ақтөбе облысы");
    expect(await membershipsOf(head.id)).toEqual([]);

    const done = await t.press(head, offer.button("Растау").data);
    expect(done.text).toContain("Дайын! Сіз тіркелдіңіз: Меңгеруші — №49 «Думан» бөбекжай-бақшасы» МКҚК, Ақтөбе облысы");
    const rows = await membershipsOf(head.id);
    expect(rows).toMatchObject([{ role: "head", organizationId: org.id, scopeKey: `org:${org.id}` }]);
    const [user] = await database.db.select().from(users).where(eq(users.telegramId, head.id));
    expect(user?.firstName).toBe("Гүлнар");
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "member.joined"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: head.id, subjectId: head.id });
  });

  it("shows the offer in Russian with the Russian region name", async () => {
    const org = await orgByRegistryNo(database.db, 1);
    const token = await inviteToken(database.db, { role: "head", organizationId: org.id });
    const head = newUser();
    await t.meet(head, "ru");
    const offer = await t.send(head, `/start ${token}`);
    expect(offer.text).toContain("Приглашение для руководителя детского сада");
    expect(offer.text).toContain("«№1 бөбекжай-бақша» КМҚК");
    expect(offer.text).toContain("Область Абай");
    const done = await t.press(head, offer.button("Подтвердить").data);
    expect(done.text).toContain("Готово! Вы зарегистрированы: Заведующий");
  });

  it("is single-use: a second person gets 'already used' and nothing changes", async () => {
    const org = await orgByRegistryNo(database.db, 2);
    const token = await inviteToken(database.db, { role: "head", organizationId: org.id });
    const first = newUser();
    const second = newUser();
    await t.meet(first, "ru");
    await t.meet(second, "kk");
    const offerFirst = await t.send(first, `/start ${token}`);
    const offerSecond = await t.send(second, `/start ${token}`);
    await t.press(first, offerFirst.button("Подтвердить").data);
    // The second person's button went stale when the first confirmed.
    const late = await t.press(second, offerSecond.button("Растау").data);
    expect(late.text).toBe("Бұл шақыру пайдаланылып қойған. Ол жеке және бір-ақ рет жарамды; жаңасын сұраңыз.");
    expect(await membershipsOf(second.id)).toEqual([]);
    const again = await t.send(second, `/start ${token}`);
    expect(again.text).toContain("пайдаланылып қойған");
  });

  it("expires after 14 days by default", async () => {
    const org = await orgByRegistryNo(database.db, 3);
    const token = await inviteToken(database.db, { role: "head", organizationId: org.id }, t.now);
    const head = newUser();
    await t.meet(head, "ru");
    t.advance(14 * DAY_MS - 60_000);
    expect((await t.send(head, `/start ${token}`)).text).toContain("Приглашение для руководителя детского сада");
    t.advance(120_000);
    expect((await t.send(head, `/start ${token}`)).text).toBe(
      "Срок действия этого приглашения истёк. Попросите того, кто вас пригласил, прислать новое.",
    );
    expect(await membershipsOf(head.id)).toEqual([]);
  });

  it("explains an unknown invitation in the user's language", async () => {
    const user = newUser();
    await t.meet(user, "kk");
    const out = await t.send(user, "/start AAAAAAAAAAAAAAAAAAAAAA");
    expect(out.text).toContain("Бұл сілтеме не код жарамсыз");
  });

  it("rate-limits guessing: after 5 failures codes are refused for 15 minutes; a real invitation link still works", async () => {
    const org = await orgByRegistryNo(database.db, 4);
    const token = await inviteToken(database.db, { role: "head", organizationId: org.id });
    const parentLink = await getParentLink(database.db, org.id);
    const guesser = newUser();
    await t.meet(guesser, "ru");
    for (let i = 0; i < 4; i++) expect((await t.send(guesser, `/start guess${i}xxxxxxxxxxxxxxxx`)).text).toContain("Эта ссылка или код не действует");
    expect((await t.send(guesser, "/start AAAAAAAAAAAAAAAAAAAAAA")).text).toBe("Слишком много неудачных попыток. Подождите 15 минут и попробуйте снова.");
    // Even the right join code is not looked up while the limit holds.
    expect((await t.send(guesser, parentLink.joinCode!)).text).toContain("Слишком много неудачных попыток");
    expect((await t.send(guesser, "/start BBBBBBBBBBBBBBBBBBBBBB")).text).toContain("Слишком много неудачных попыток");
    expect((await t.press(guesser, "join:CCCCCCCCCCCCCCCCCCCCCC")).text).toContain("Эта ссылка или код не действует");
    expect(await membershipsOf(guesser.id)).toEqual([]);
    // A personal link that was really sent to them (128 random bits) is honoured.
    expect((await t.send(guesser, `/start ${token}`)).text).toContain("Приглашение для руководителя детского сада");
    t.advance(15 * 60_000 + 1000);
    expect((await t.send(guesser, parentLink.joinCode!)).text).toContain(org.name);
  });

  it("decline keeps nothing, and a forged confirm button with an unknown token binds nobody", async () => {
    const org = await orgByRegistryNo(database.db, 5);
    const token = await inviteToken(database.db, { role: "head", organizationId: org.id });
    const head = newUser();
    await t.meet(head, "ru");
    const offer = await t.send(head, `/start ${token}`);
    expect((await t.press(head, offer.button("Отказаться").data)).text).toBe("Хорошо, ничего не сохранено.");
    const forged = await t.press(head, "join:BBBBBBBBBBBBBBBBBBBBBB");
    expect(forged.text).toContain("Эта ссылка или код не действует");
    expect(await membershipsOf(head.id)).toEqual([]);
    const [inv] = await database.db.select().from(invitations).where(eq(invitations.token, token));
    expect(inv?.usedAt).toBeNull();
  });

  it("tells a head who opens the same kind of invitation again that they are already registered", async () => {
    const org = await orgByRegistryNo(database.db, 6);
    const head = newUser();
    await t.meet(head, "ru");
    const first = await t.send(head, `/start ${await inviteToken(database.db, { role: "head", organizationId: org.id })}`);
    await t.press(head, first.button("Подтвердить").data);
    const second = await t.send(head, `/start ${await inviteToken(database.db, { role: "head", organizationId: org.id })}`);
    expect(second.text).toContain("Вы уже зарегистрированы");
    expect(await membershipsOf(head.id)).toHaveLength(1);
  });
});

describe("methodologists and coordinators join through region or national invitations", () => {
  it("binds a methodologist to the region", async () => {
    const token = await inviteToken(database.db, { role: "methodologist", regionCode: "aktobe" });
    const m = newUser();
    await t.meet(m, "kk");
    const offer = await t.send(m, `/start ${token}`);
    expect(offer.text).toContain("Өңір әдіскеріне арналған шақыру: Ақтөбе облысы");
    await t.press(m, offer.button("Растау").data);
    expect(await membershipsOf(m.id)).toMatchObject([{ role: "methodologist", regionCode: "aktobe", organizationId: null, scopeKey: "region:aktobe" }]);
  });

  it("binds a national coordinator to the whole country", async () => {
    const token = await inviteToken(database.db, { role: "coordinator", regionCode: null });
    const c = newUser();
    await t.meet(c, "ru");
    const offer = await t.send(c, `/start ${token}`);
    expect(offer.text).toContain("координатора республиканского уровня");
    const done = await t.press(c, offer.button("Подтвердить").data);
    expect(done.text).toContain("Координатор — вся республика");
    expect(await membershipsOf(c.id)).toMatchObject([{ role: "coordinator", regionCode: null, organizationId: null, scopeKey: "national" }]);
  });
});
