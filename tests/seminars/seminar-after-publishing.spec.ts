import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { deliveryFiles, outbox, seminarParticipants, seminars } from "../../src/db/schema/index.js";
import { runSeminarReminders } from "../../src/seminars/reminders.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import type { TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestUser } from "../../testing/updates.js";
import { renderMessage } from "../../testing/delivery.js";

let database: Database;
let t: TestBot;
let organiser: TestUser;
let comingKk: TestUser;
let silentRu: TestUser;
let notComingRu: TestUser;
const NOW = new Date("2026-11-22T06:00:00Z"); // 11:00 in Almaty
const STARTS = new Date("2026-11-25T05:00:00Z"); // 25.11.2026 10:00 in Almaty
const HOUR = 3_600_000;

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { now: NOW });

beforeEach(async () => {
  const org = async (n: number) => (await orgByRegistryNo(database.db, n)).id;
  organiser = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
  comingKk = await joinedUser(t, database.db, { role: "head", organizationId: await org(11) }, "kk");
  silentRu = await joinedUser(t, database.db, { role: "head", organizationId: await org(12) }, "ru");
  notComingRu = await joinedUser(t, database.db, { role: "head", organizationId: await org(13) }, "ru");
});

/** A complete draft published through the bot, as the organiser presses "Publish". */
async function publish(values: Partial<typeof seminars.$inferInsert> = {}) {
  const [draft] = await database.db
    .insert(seminars)
    .values({
      organizerId: organiser.id,
      scopeKey: "region:aktobe",
      step: "preview",
      kind: "webinar",
      titleKk: "Кәсіптер әлемі",
      titleRu: "Мир профессий",
      descriptionKk: "Сипаттама",
      descriptionRu: "Описание",
      startsAt: STARTS,
      durationMinutes: 60,
      onlineUrl: "https://zoom.us/j/111",
      ...values,
    })
    .returning();
  const published = await t.press(organiser, `sem-pub:${draft!.id}`);
  expect(published.text).toContain("3 получателя");
  return draft!.id;
}

async function answerAll(id: number) {
  await t.press(comingKk, `sem-rsvp:${id}:y`);
  await t.press(notComingRu, `sem-rsvp:${id}:n`);
}

/** The calendar files each person has been sent, oldest first, with their caption. */
async function calendarFiles(user: TestUser, language: "kk" | "ru") {
  const rows = (await database.db.select().from(outbox).where(eq(outbox.chatId, user.id)).orderBy(outbox.id)).filter((r) => (r.attachment as { type?: string } | null)?.type === "document");
  const files = [];
  for (const r of rows) {
    const [file] = await database.db.select().from(deliveryFiles).where(eq(deliveryFiles.id, (r.attachment as { fileId: number }).fileId));
    files.push({ caption: renderMessage(r, language).text, ics: file!.content.toString("utf8") });
  }
  return files;
}

describe("registrants' calendars follow the event", () => {
  it("a new link sends a new calendar file (next SEQUENCE, the new link) to those who may come, not to those who said they would not", async () => {
    const id = await publish();
    await answerAll(id);
    const card = await t.press(organiser, `sem-open:${id}`);
    const ask = await t.press(organiser, card.button("Изменить ссылку/адрес").data);
    expect(ask.text).toContain("новую ссылку");
    expect((await t.send(organiser, "https://zoom.us/j/222")).text).toContain("3 получателя");

    const kk = await calendarFiles(comingKk, "kk");
    expect(kk).toHaveLength(2);
    expect(kk[1]!.caption).toContain("күнтізбесіндегі іс-шараны жаңарту үшін");
    expect(kk[1]!.ics).toContain("SEQUENCE:1");
    expect(kk[1]!.ics).toContain("https://zoom.us/j/222");
    expect(kk[1]!.ics).not.toContain("https://zoom.us/j/111");
    const ru = await calendarFiles(silentRu, "ru");
    expect(ru).toHaveLength(2);
    expect(ru[1]!.caption).toContain("чтобы обновить мероприятие в календаре");
    // Told of the change, but no calendar file: the event is not in their calendar.
    expect(await calendarFiles(notComingRu, "ru")).toHaveLength(1);
    expect((await database.db.select().from(outbox).where(eq(outbox.chatId, notComingRu.id))).map((r) => r.templateKey)).toContain("seminar-notice-place-changed");
  });

  it("a reminder already queued when the link changes goes out with the new link", async () => {
    const id = await publish();
    await answerAll(id);
    expect(await runSeminarReminders(database.db, new Date(STARTS.getTime() - 20 * HOUR))).toMatchObject({ dayBefore: 1 });
    const card = await t.press(organiser, `sem-open:${id}`);
    await t.press(organiser, card.button("Изменить ссылку/адрес").data);
    await t.send(organiser, "https://zoom.us/j/222");

    const [reminder] = await database.db.select().from(outbox).where(eq(outbox.templateKey, "seminar-reminder-day"));
    expect(reminder!.status).toBe("pending");
    const text = renderMessage(reminder!, "kk").text;
    expect(text).toContain("https://zoom.us/j/222");
    expect(text).not.toContain("https://zoom.us/j/111");
  });

  it("a cancellation sends a calendar file with STATUS:CANCELLED and the next SEQUENCE, so phones take the event off", async () => {
    const id = await publish();
    await answerAll(id);
    await t.press(organiser, `sem-ed-time:${id}`);
    await t.send(organiser, "26.11.2026 15:30"); // revision 1
    const card = await t.press(organiser, `sem-open:${id}`);
    const confirm = await t.press(organiser, card.button("Отменить мероприятие").data);
    await t.press(organiser, confirm.button("Да, отменить").data);

    const kk = await calendarFiles(comingKk, "kk");
    expect(kk).toHaveLength(3);
    const last = kk[2]!;
    expect(last.caption).toContain("іс-шара тоқтатылды");
    expect(last.caption).toContain("күнтізбесінен алып тастау");
    expect(last.ics).toContain("STATUS:CANCELLED");
    expect(last.ics).toContain("SEQUENCE:2");
    expect(last.ics).toContain("UID:seminar-");
    expect((await calendarFiles(silentRu, "ru"))[2]!.caption).toContain("мероприятие отменено. Откройте файл, чтобы убрать его из календаря");
    expect(await calendarFiles(notComingRu, "ru")).toHaveLength(1);
  });
});

describe("changing the time of a published event", () => {
  it("typing the current time by mistake keeps the edit open: the intended time that follows is taken", async () => {
    const id = await publish();
    await t.press(organiser, `sem-ed-time:${id}`);
    const same = await t.send(organiser, "25.11.2026 10:00");
    expect(same.texts[0]).toBe("Это то же самое, что указано сейчас, — ничего не изменено.");
    expect(same.texts[1]).toContain("Напишите новую дату и время");
    expect((await t.send(organiser, "25.11.2026 11:00")).text).toContain("Изменение сохранено");
    expect((await database.db.select().from(seminars).where(eq(seminars.id, id)))[0]).toMatchObject({ startsAt: new Date("2026-11-25T06:00:00Z"), revision: 1, step: null });
  });

  it("in Kazakh too, the same time asks again", async () => {
    const kkOrganiser = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "kk");
    const [draft] = await database.db
      .insert(seminars)
      .values({ organizerId: kkOrganiser.id, scopeKey: "region:aktobe", step: "preview", kind: "webinar", titleKk: "а", titleRu: "б", descriptionKk: "в", descriptionRu: "г", startsAt: STARTS, durationMinutes: 60, address: "Ақтөбе" })
      .returning();
    await t.press(kkOrganiser, `sem-pub:${draft!.id}`);
    await t.press(kkOrganiser, `sem-ed-time:${draft!.id}`);
    const same = await t.send(kkOrganiser, "25.11.2026 10:00");
    expect(same.texts[0]).toBe("Бұл қазір көрсетілгенмен бірдей — ештеңе өзгертілген жоқ.");
    expect(same.texts[1]).toContain("Жаңа күн мен басталу уақытын");
  });

  it("a date it cannot read is answered with the whole expected form, date and time, in both languages", async () => {
    const id = await publish();
    await t.press(organiser, `sem-ed-time:${id}`);
    for (const typo of ["31.02.2026 10:00", "25.11.2026 25:00", "25-11-2026 10:00"]) {
      const answer = (await t.send(organiser, typo)).text;
      expect(answer).toContain("25.11.2026 10:00");
      expect(answer).not.toContain("Не понял");
    }
    const kkOrganiser = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const [draft] = await database.db
      .insert(seminars)
      .values({ organizerId: kkOrganiser.id, scopeKey: "region:aktobe", step: "preview", kind: "webinar", titleKk: "а", titleRu: "б", descriptionKk: "в", descriptionRu: "г", startsAt: STARTS, durationMinutes: 60, address: "Ақтөбе" })
      .returning();
    await t.press(kkOrganiser, `sem-pub:${draft!.id}`);
    await t.press(kkOrganiser, `sem-ed-time:${draft!.id}`);
    expect((await t.send(kkOrganiser, "31.02.2026 10:00")).text).toBe("Күн мен уақытты тани алмадым. Оларды бос орын арқылы жазыңыз, мысалы: 25.11.2026 10:00");
  });

  it("/cancel inside a change says the change was cancelled and the event stays as it was", async () => {
    const id = await publish();
    await t.press(organiser, `sem-ed-time:${id}`);
    expect((await t.send(organiser, "/cancel")).text).toBe("Изменение отменено: мероприятие осталось без изменений.");
    const [s] = await database.db.select().from(seminars).where(eq(seminars.id, id));
    expect(s).toMatchObject({ status: "published", startsAt: STARTS, step: null, revision: 0 });
    // A draft being written is still "deleted".
    await t.send(organiser, "/seminar");
    expect((await t.send(organiser, "/cancel")).text).toBe("Черновик мероприятия удалён.");
  });

  it("in Kazakh, /cancel inside a change of place", async () => {
    const kkOrganiser = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const [draft] = await database.db
      .insert(seminars)
      .values({ organizerId: kkOrganiser.id, scopeKey: "region:aktobe", step: "preview", kind: "webinar", titleKk: "а", titleRu: "б", descriptionKk: "в", descriptionRu: "г", startsAt: STARTS, durationMinutes: 60, address: "Ақтөбе" })
      .returning();
    await t.press(kkOrganiser, `sem-pub:${draft!.id}`);
    await t.press(kkOrganiser, `sem-ed-place:${draft!.id}`);
    expect((await t.send(kkOrganiser, "/cancel")).text).toBe("Өзгерту тоқтатылды: іс-шара бұрынғы күйінде қалды.");
    expect((await database.db.select().from(seminars).where(eq(seminars.id, draft!.id)))[0]).toMatchObject({ status: "published", address: "Ақтөбе" });
  });
});

describe("reminders of an event announced at the last moment", () => {
  it("an event published six minutes before its start gets no 'starts in an hour' reminder a minute before", async () => {
    t.setNow(new Date(STARTS.getTime() - 6 * 60_000));
    const id = await publish();
    await t.press(comingKk, `sem-rsvp:${id}:y`);
    expect(await runSeminarReminders(database.db, new Date(STARTS.getTime() - 60_000))).toMatchObject({ hourBefore: 0 });
    expect(await database.db.select().from(outbox).where(eq(outbox.kind, "seminar-reminder"))).toEqual([]);
  });

  it("one published two hours before still gets it", async () => {
    t.setNow(new Date(STARTS.getTime() - 2 * HOUR));
    const id = await publish();
    await t.press(comingKk, `sem-rsvp:${id}:y`);
    expect(await runSeminarReminders(database.db, new Date(STARTS.getTime() - 59 * 60_000))).toMatchObject({ hourBefore: 1 });
  });
});

describe("feedback after the event", () => {
  it("'Yes, I attended' pressed again after rating asks for no second rating and makes no edit Telegram would refuse", async () => {
    const id = await publish();
    await t.press(comingKk, `sem-rsvp:${id}:y`);
    t.setNow(new Date(STARTS.getTime() + 2 * HOUR));
    await t.press(organiser, `sem-close:${id}`);
    const rating = await t.press(comingKk, `sem-att:${id}:y`);
    expect(rating.text).toContain("1-ден 5-ке дейін");
    await t.press(comingKk, rating.button("4 ★").data);
    await t.send(comingKk, "Пайдалы");
    // The same "Yes" again (its keyboard is gone, but the press arrives).
    const again = await t.press(comingKk, `sem-att:${id}:y`);
    expect(again.alerts).toEqual(["Қатысқаныңыз бен бағаңыз жазылып қойған. Рақмет!"]);
    expect(again.texts).toEqual([]);
    const [p] = await database.db.select().from(seminarParticipants).where(eq(seminarParticipants.userId, comingKk.id));
    expect(p).toMatchObject({ attended: true, rating: 4, comment: "Пайдалы", awaitingComment: false });
  });
});
