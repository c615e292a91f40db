import { describe, expect, it, beforeEach } from "vitest";
import { and, eq, like } from "drizzle-orm";
import { connectPostgres, type Database } from "../../src/db/client.js";
import { deliveryFiles, outbox, seminarParticipants, seminars } from "../../src/db/schema/index.js";
import { runSeminarReminders } from "../../src/seminars/reminders.js";
import { cancelSeminar, changeSeminar } from "../../src/seminars/changes.js";
import { enqueueMessages } from "../../src/delivery/outbox.js";
import { seminarFiguresByOrganization, seminarFiguresByRegion } from "../../src/seminars/figures.js";
import { respondToSeminar } from "../../src/seminars/rsvp.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { onPostgres } from "../helpers/test-db.js";
import { untilBlockedOrDone, waitFor } from "../helpers/postgres-locks.js";
import type { TestUser } from "../../testing/updates.js";
import { createFakeClock, createTestSender, renderMessage } from "../../testing/delivery.js";
import { seminarReminderGuard } from "../../src/seminars/reminders.js";

let database: Database;
let t: TestBot;
let methodologist: TestUser;
let headKk: TestUser;
let headRu: TestUser;
let headOther: TestUser;
let aktobeOrgs: number[];
const NOW = new Date("2026-11-22T06:00:00Z"); // 11:00 in Almaty
const STARTS = new Date("2026-11-25T05:00:00Z"); // 25.11.2026 10:00 in Almaty
const HOUR = 3_600_000;

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { now: NOW });

beforeEach(async () => {
  aktobeOrgs = [(await orgByRegistryNo(database.db, 11)).id, (await orgByRegistryNo(database.db, 12)).id];
  methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
  headKk = await joinedUser(t, database.db, { role: "head", organizationId: aktobeOrgs[0]! }, "kk");
  headRu = await joinedUser(t, database.db, { role: "head", organizationId: aktobeOrgs[1]! }, "ru");
  headOther = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 1)).id }, "ru");
});

const rowsFor = (chatId: number) => database.db.select().from(outbox).where(eq(outbox.chatId, chatId)).orderBy(outbox.id);

/** Walks /seminar to the preview; returns the preview outcome. */
async function createThroughWizard(options: { capacity?: string } = {}) {
  const m = methodologist;
  const start = await t.send(m, "/seminar");
  expect(start.text).toContain("Что вы проводите?");
  await t.press(m, start.button("Вебинар").data);
  await t.send(m, "Кәсіптер әлемі: ерте бағдар");
  // The Russian title may not be the Kazakh one copied.
  expect((await t.send(m, "Кәсіптер әлемі: ерте бағдар")).text).toContain("совпадает с казахским");
  await t.send(m, "Мир профессий: ранняя ориентация");
  await t.send(m, "Тәрбиешілерге арналған вебинар");
  const askDay = await t.send(m, "Вебинар для воспитателей");
  expect(askDay.text).toContain("ДД.ММ.ГГГГ");
  expect((await t.send(m, "21.11.2026")).text).toContain("дата уже прошла");
  expect((await t.send(m, "25.11.2029")).text).toContain("Слишком далеко вперёд");
  expect((await t.send(m, "31.02.2026")).text).toContain("Не удалось распознать дату");
  await t.send(m, "25.11.2026");
  const duration = await t.send(m, "10:00");
  const place = await t.press(m, duration.button("90 мин").data);
  const url = await t.press(m, place.button("Онлайн").data);
  expect(url.text).toContain("https://");
  expect((await t.send(m, "http://zoom.us/j/1")).text).toContain("не похоже на ссылку");
  const audience = await t.send(m, "https://zoom.us/j/123456");
  const parents = await t.press(m, audience.button("Всех заведующих").data);
  const capacity = await t.press(m, parents.button("только заведующих").data);
  expect(capacity.text).toContain("Сколько мест?");
  return options.capacity ? t.send(m, options.capacity) : t.press(m, capacity.button("Без ограничения").data);
}

describe("a methodologist announces a webinar to the region's heads", () => {
  it("builds it step by step (bad answers explained), previews both languages, publishes with RSVP buttons and a calendar file", async () => {
    const preview = await createThroughWizard({ capacity: "2" });
    expect(preview.texts[0]).toContain("Так увидят объявление читатели на казахском");
    expect(preview.texts[0]).toContain("Вебинар: Кәсіптер әлемі: ерте бағдар");
    expect(preview.texts[0]).toContain("25.11.2026, 10:00 (Астана уақытымен)");
    expect(preview.texts[0]).toContain("Орын саны: 2");
    expect(preview.texts[1]).toContain("Вебинар: Мир профессий: ранняя ориентация");
    expect(preview.texts[1]).toContain("🔗 Онлайн: https://zoom.us/j/123456");
    expect(preview.texts[2]).toContain("Объявление получат: 2 человека");
    expect(preview.buttons.map((b) => b.text)).toContain("✅ Қатысамын");

    const published = await t.press(methodologist, preview.button("Опубликовать").data);
    expect(published.text).toContain("2 получателя");
    const [announcement, calendar] = await rowsFor(headKk.id);
    expect(renderMessage(announcement!, "kk").text).toContain("Қатысасыз ба?");
    expect(announcement!.buttons).toEqual([
      { textKey: "seminar-button-coming", callbackData: expect.stringMatching(/^sem-rsvp:\d+:y$/) },
      { textKey: "seminar-button-not-coming", callbackData: expect.stringMatching(/^sem-rsvp:\d+:n$/) },
    ]);
    expect(calendar).toMatchObject({ templateKey: "seminar-calendar-caption", attachment: { type: "document" } });
    const [file] = await database.db.select().from(deliveryFiles);
    const ics = file!.content.toString("utf8");
    // 10:00 in Almaty is 05:00 UTC.
    expect(ics).toContain("DTSTART:20261125T050000Z");
    expect(ics).toContain("https://zoom.us/j/123456");
    expect(await rowsFor(headOther.id)).toEqual([]);
    // A second press publishes nothing twice.
    expect((await t.press(methodologist, preview.button("Опубликовать").data)).alerts[0]).toContain("уже опубликовано");
    expect(await database.db.select().from(outbox).where(like(outbox.dedupKey, "seminar:%:announce:%"))).toHaveLength(2);
  });

  it("in Kazakh: a regional coordinator holds a consultation at an address for chosen kindergartens, parents included", async () => {
    const c = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "kk");
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: aktobeOrgs[0]! }, "ru");
    const start = await t.send(c, "/seminar");
    expect(start.text).toContain("Қандай іс-шара өткізесіз?");
    await t.press(c, start.button("Консультация").data);
    expect((await t.send(c, "x".repeat(201))).text).toContain("Мәтін тым ұзын: ең көбі 200 таңба болуы керек, қазір — 201");
    await t.send(c, "Ата-аналарға кеңес");
    await t.send(c, "Консультация для родителей");
    await t.send(c, "Үйде еңбекке баулу");
    await t.send(c, "Трудовое воспитание дома");
    expect((await t.send(c, "20.11.2026")).text).toBe("Бұл күн өтіп кетті. Бүгінгі немесе одан кейінгі күнді көрсетіңіз.");
    await t.send(c, "22.11.2026");
    // Today, but the hour has passed (it is 11:00 in Almaty).
    expect((await t.send(c, "09:00")).text).toContain("Бұл уақыт өтіп кетті");
    expect((await t.send(c, "25:00")).text).toContain("Уақытты түсінбедім");
    const duration = await t.send(c, "18:00");
    expect((await t.send(c, "5")).text).toContain("ең азы 15, ең көбі 480");
    const place = await t.send(c, "45");
    const address = await t.press(c, place.button("Мекенжай").data);
    expect(address.text).toContain("мекенжайы");
    const audience = await t.send(c, "Ақтөбе, Әбілқайыр хан даңғылы, 1");
    const pick = await t.press(c, audience.button("Балабақшаларды таңдау").data);
    expect((await t.press(c, pick.button("Дайын").data)).alerts).toEqual(["Кемінде бір балабақшаны белгілеңіз."]);
    const toggled = await t.press(c, pick.button(/^⬜ 11\./).data);
    expect(toggled.texts[0]).toContain("Таңдалғаны: 1");
    const parents = await t.press(c, pick.button("Дайын").data);
    const capacity = await t.press(c, parents.button("ата-аналарды да").data);
    const preview = await t.press(c, capacity.button("Шектеусіз").data);
    expect(preview.texts[0]).toContain("Консультация: Ата-аналарға кеңес");
    expect(preview.texts[0]).toContain("📍 Мекенжайы: Ақтөбе, Әбілқайыр хан даңғылы, 1");
    expect(preview.texts[0]).toContain("Орын саны шектелмеген");
    expect(preview.texts[1]).toContain("Консультация: Консультация для родителей");
    expect(preview.texts[2]).toContain("Хабарландыруды алатын адам саны: 2");
    const published = await t.press(c, preview.button("Жариялау").data);
    expect(published.text).toContain("алушылар саны: 2");
    const told = await database.db.select().from(seminarParticipants);
    expect(told.map((p) => [p.userId, p.asParent]).sort()).toEqual([[headKk.id, false], [parent.id, true]].sort());
    expect(renderMessage((await rowsFor(parent.id))[0]!, "ru").text).toContain("📍 Адрес: Ақтөбе");
  });

  it("a restart in the middle of the wizard continues at the same step", async () => {
    await t.send(methodologist, "/seminar");
    const [draft] = await database.db.select().from(seminars);
    await t.press(methodologist, `sem-kind:seminar`);
    await t.send(methodologist, "Атауы");
    const { createTestBot } = await import("../../testing/test-bot.js");
    t = createTestBot(database.db, { now: NOW });
    const next = await t.send(methodologist, "Название");
    expect(next.text).toContain("Описание на казахском");
    const [row] = await database.db.select().from(seminars).where(eq(seminars.id, draft!.id));
    expect(row).toMatchObject({ titleKk: "Атауы", titleRu: "Название", step: "description-kk" });
  });

  it("will not publish a draft missing one language, and says which", async () => {
    const [draft] = await database.db
      .insert(seminars)
      .values({ organizerId: methodologist.id, scopeKey: "region:aktobe", step: "preview", kind: "seminar", titleKk: "Атауы", descriptionKk: "Сипаттама", descriptionRu: "Описание", startsAt: STARTS, durationMinutes: 60, address: "Ақтөбе" })
      .returning();
    const refused = await t.press(methodologist, `sem-pub:${draft!.id}`);
    expect(refused.alerts[0]).toContain("не хватает: название на русском");
    expect(await database.db.select().from(outbox).where(eq(outbox.kind, "seminar"))).toEqual([]);
  });

  it("is refused to parents and heads; a forged publish of someone else's draft changes nothing", async () => {
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: aktobeOrgs[0]! }, "kk");
    expect((await t.send(parent, "/seminar")).text).toBe("Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз.");
    expect((await t.send(headRu, "/seminar")).text).toBe("Извините, это действие недоступно для вашей роли.");
    await createThroughWizard();
    const [draft] = await database.db.select().from(seminars);
    const other = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    expect((await t.press(other, `sem-pub:${draft!.id}`)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect((await t.press(parent, `sem-pub:${draft!.id}`)).alerts).toHaveLength(1);
    expect((await database.db.select().from(seminars))[0]!.status).toBe("draft");
  });
});

async function published(capacity?: string) {
  const preview = await createThroughWizard(capacity ? { capacity } : {});
  await t.press(methodologist, preview.button("Опубликовать").data);
  return (await database.db.select().from(seminars))[0]!;
}

describe("answers, reminders, changes and cancellation", () => {
  it("answers change until the start; a full event says so politely; outsiders and late answers are refused", async () => {
    const s = await published("1");
    expect((await t.press(headKk, `sem-rsvp:${s.id}:y`)).alerts[0]).toContain("Жазып қойдым: қатысасыз");
    expect((await t.press(headRu, `sem-rsvp:${s.id}:y`)).alerts[0]).toContain("все места (1) уже заняты");
    expect((await t.press(headKk, `sem-rsvp:${s.id}:n`)).alerts[0]).toContain("қатыса алмайсыз");
    expect((await t.press(headRu, `sem-rsvp:${s.id}:y`)).alerts[0]).toContain("Ответ записан: вы примете участие");
    expect((await t.press(headOther, `sem-rsvp:${s.id}:y`)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    t.setNow(new Date(STARTS.getTime() + 60_000));
    expect((await t.press(headKk, `sem-rsvp:${s.id}:y`)).alerts[0]).toContain("басталып кетті");
    const answers = await database.db.select().from(seminarParticipants).where(eq(seminarParticipants.seminarId, s.id));
    expect(Object.fromEntries(answers.map((a) => [a.userId, a.response]))).toEqual({ [headKk.id]: "not_coming", [headRu.id]: "coming" });
  });

  it("reminds those coming 24 h and 1 h before and nudges non-responders once (injected clock)", async () => {
    const s = await published();
    await t.press(headRu, `sem-rsvp:${s.id}:y`);
    const templates = async (chatId: number) => (await rowsFor(chatId)).map((r) => r.templateKey).filter((k) => k.startsWith("seminar-reminder"));
    expect(await runSeminarReminders(database.db, new Date(STARTS.getTime() - 25 * HOUR))).toEqual({ dayBefore: 0, hourBefore: 0, nudges: 0 });
    expect(await runSeminarReminders(database.db, new Date(STARTS.getTime() - 24 * HOUR + 60_000))).toEqual({ dayBefore: 1, hourBefore: 0, nudges: 1 });
    // The next run (and a caught-up one) tells nobody twice.
    expect(await runSeminarReminders(database.db, new Date(STARTS.getTime() - 20 * HOUR))).toEqual({ dayBefore: 0, hourBefore: 0, nudges: 0 });
    expect(await runSeminarReminders(database.db, new Date(STARTS.getTime() - 59 * 60_000))).toEqual({ dayBefore: 0, hourBefore: 1, nudges: 0 });
    expect(await templates(headRu.id)).toEqual(["seminar-reminder-day", "seminar-reminder-hour"]);
    expect(await templates(headKk.id)).toEqual(["seminar-reminder-nudge"]);
    const [hour] = (await rowsFor(headRu.id)).filter((r) => r.templateKey === "seminar-reminder-hour");
    expect(renderMessage(hour!, "ru").text).toContain("🔗 Ссылка: https://zoom.us/j/123456");
    expect(await runSeminarReminders(database.db, new Date(STARTS.getTime() + 60_000))).toEqual({ dayBefore: 0, hourBefore: 0, nudges: 0 });
  });

  it("a reminder no longer true when its turn comes is dropped by the sender's guard, not sent", async () => {
    const s = await published();
    await t.press(headRu, `sem-rsvp:${s.id}:y`);
    await runSeminarReminders(database.db, new Date(STARTS.getTime() - 23 * HOUR));
    // Before the sender gets to them: the head changes their mind, the other one answers.
    await t.press(headRu, `sem-rsvp:${s.id}:n`);
    await t.press(headKk, `sem-rsvp:${s.id}:y`);
    await database.db.update(outbox).set({ status: "sent" }).where(eq(outbox.kind, "seminar"));
    const { sender, telegram } = createTestSender(database.db, { fakeClock: createFakeClock("2036-11-24T05:00:00Z"), guards: [seminarReminderGuard] });
    await sender.runUntilIdle();
    expect(telegram.delivered).toEqual([]);
    const reminders = await database.db.select().from(outbox).where(eq(outbox.kind, "seminar-reminder"));
    expect(reminders.map((r) => [r.templateKey, r.status]).sort()).toEqual([["seminar-reminder-day", "cancelled"], ["seminar-reminder-nudge", "cancelled"]]);
  });

  it("a change of time reaches everyone told, with what changed; someone else's event cannot be changed", async () => {
    const s = await published();
    const intruder = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    expect((await t.press(intruder, `sem-ed-time:${s.id}`)).alerts).toEqual(["Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз."]);
    expect((await t.press(intruder, `sem-cancel-yes:${s.id}`)).alerts).toHaveLength(1);
    expect((await t.press(intruder, `sem-open:${s.id}`)).alerts).toHaveLength(1);
    const list = await t.send(methodologist, "/seminars");
    const card = await t.press(methodologist, list.buttons[0]!.data);
    expect(card.text).toContain("Приглашено: 2");
    const ask = await t.press(methodologist, card.button("Изменить время").data);
    expect(ask.text).toContain("25.11.2026 10:00");
    expect((await t.send(methodologist, "завтра")).text).toContain("через пробел");
    expect((await t.send(methodologist, "26.11.2026 15:30")).text).toContain("2 получателя");
    const notice = (await rowsFor(headKk.id)).find((r) => r.templateKey === "seminar-notice-time-changed")!;
    const text = renderMessage(notice, "kk").text;
    expect(text).toContain("Бұрын: 25.11.2026, 10:00");
    expect(text).toContain("Енді: 26.11.2026, 15:30");
    expect((await rowsFor(headKk.id)).filter((r) => r.templateKey.startsWith("seminar-calendar-caption")).map((r) => r.templateKey)).toEqual(["seminar-calendar-caption", "seminar-calendar-caption-changed"]);
    expect((await database.db.select().from(seminars))[0]).toMatchObject({ startsAt: new Date("2026-11-26T10:30:00Z"), revision: 1, step: null });
    // Text is no longer taken as an edit.
    expect((await t.send(methodologist, "26.11.2026 16:00")).text).not.toContain("получател");
  });

  it("a cancellation reaches everyone told once and drops reminders still queued", async () => {
    const s = await published();
    await t.press(headRu, `sem-rsvp:${s.id}:y`);
    await runSeminarReminders(database.db, new Date(STARTS.getTime() - 23 * HOUR));
    const card = await t.press(methodologist, `sem-open:${s.id}`);
    const confirm = await t.press(methodologist, card.button("Отменить мероприятие").data);
    const done = await t.press(methodologist, confirm.button("Да, отменить").data);
    expect(done.text).toContain("2 получателя");
    expect((await t.press(methodologist, confirm.button("Да, отменить").data)).alerts).toHaveLength(1);
    const rows = await rowsFor(headRu.id);
    expect(rows.find((r) => r.templateKey === "seminar-reminder-day")!.status).toBe("cancelled");
    expect(rows.filter((r) => r.templateKey === "seminar-notice-cancelled")).toHaveLength(1);
    expect((await t.press(headKk, `sem-rsvp:${s.id}:y`)).alerts[0]).toContain("тоқтатылды");
    expect(await runSeminarReminders(database.db, new Date(STARTS.getTime() - 30 * 60_000))).toEqual({ dayBefore: 0, hourBefore: 0, nudges: 0 });
  });
});

describe("a change while reminders wait", () => {
  const NEW_STARTS = new Date("2026-11-26T10:30:00Z"); // 26.11.2026 15:30 in Almaty
  const reminderRows = async () =>
    (await database.db.select().from(outbox).where(eq(outbox.kind, "seminar-reminder")).orderBy(outbox.id)).map((r) => ({ chatId: r.chatId, template: r.templateKey, status: r.status }));

  it("a time change queues the silent invitees' nudge again with the new time; one already sent is not repeated", async () => {
    const s = await published();
    await runSeminarReminders(database.db, new Date(STARTS.getTime() - 23 * HOUR));
    // headRu's nudge went out before the change, headKk's still waits.
    await database.db.update(outbox).set({ status: "sent" }).where(and(eq(outbox.kind, "seminar-reminder"), eq(outbox.chatId, headRu.id)));
    expect((await changeSeminar(database.db, { seminarId: s.id, actor: "admin", now: new Date(STARTS.getTime() - 22 * HOUR), startsAt: NEW_STARTS })).kind).toBe("changed");
    expect(await runSeminarReminders(database.db, new Date(NEW_STARTS.getTime() - 20 * HOUR))).toMatchObject({ nudges: 1 });
    expect(await runSeminarReminders(database.db, new Date(NEW_STARTS.getTime() - 19 * HOUR))).toMatchObject({ nudges: 0 });
    const nudges = (await database.db.select().from(outbox).where(eq(outbox.templateKey, "seminar-reminder-nudge")).orderBy(outbox.id)).filter((r) => r.status !== "cancelled");
    expect(nudges.map((r) => [r.chatId, r.status])).toEqual([
      [headRu.id, "sent"],
      [headKk.id, "pending"],
    ]);
    expect(renderMessage(nudges[1]!, "kk").text).toContain("26.11.2026, 15:30");
  });

  for (const change of ["time", "cancellation"] as const) {
    it(`reminders a sender already claimed do not go out after a ${change === "time" ? "time change" : "cancellation"} made just before their request`, async () => {
      const s = await published();
      await t.press(headRu, `sem-rsvp:${s.id}:y`);
      await database.db.update(outbox).set({ status: "sent" }).where(eq(outbox.kind, "seminar"));
      await runSeminarReminders(database.db, new Date(STARTS.getTime() - 23 * HOUR));
      // An urgent message to someone else is claimed with the reminders and goes first; the change
      // is made while it is being sent, so the reminders are already leased to this sender then.
      const FIRST = 777_001;
      await enqueueMessages(database.db, [{ chatId: FIRST, kind: "test", templateKey: "common-error", priority: "urgent" }]);
      const sent: { chatId: number; text: string }[] = [];
      let claimedWhenChanged: unknown[] = [];
      const { sender } = createTestSender(database.db, {
        fakeClock: createFakeClock("2036-11-24T05:00:00Z"),
        guards: [seminarReminderGuard],
        // One request at a time: the reminders' requests start after the change is committed (a
        // request already on its way when the change commits cannot be called back).
        maxInFlight: 1,
        send: async (chatId, message) => {
          sent.push({ chatId, text: message.text });
          if (chatId === FIRST) {
            claimedWhenChanged = await reminderRows();
            const now = new Date(STARTS.getTime() - 22 * HOUR);
            if (change === "time") await changeSeminar(database.db, { seminarId: s.id, actor: "admin", now, startsAt: NEW_STARTS });
            else await cancelSeminar(database.db, { seminarId: s.id, actor: "admin", now });
          }
          return { ok: true, messageId: sent.length };
        },
      });
      await sender.runUntilIdle();
      expect(claimedWhenChanged).toEqual([
        { chatId: headRu.id, template: "seminar-reminder-day", status: "sending" },
        { chatId: headKk.id, template: "seminar-reminder-nudge", status: "sending" },
      ]);
      // The heads hear of the change (headKk in Kazakh, headRu in Russian), never the old reminder.
      const toHeads = sent.filter((m) => m.chatId !== FIRST).map((m) => m.text);
      expect(toHeads.length).toBeGreaterThan(0);
      expect(toHeads.filter((text) => text.includes("Еске саламыз") || text.includes("әлі белгілемедіңіз") || text.includes("Напоминаем") || text.includes("ещё не ответили"))).toEqual([]);
      expect(await reminderRows()).toEqual([
        { chatId: headRu.id, template: "seminar-reminder-day", status: "cancelled" },
        { chatId: headKk.id, template: "seminar-reminder-nudge", status: "cancelled" },
      ]);
    });
  }
});

describe("attendance, ratings and figures", () => {
  it("after closing, those coming confirm, rate and comment; /seminars shows the figures, digests per region and kindergarten", async () => {
    const s = await published();
    await t.press(headKk, `sem-rsvp:${s.id}:y`);
    await t.press(headRu, `sem-rsvp:${s.id}:y`);
    expect((await t.press(methodologist, `sem-close:${s.id}`)).alerts[0]).toContain("ещё не началось");
    t.setNow(new Date(STARTS.getTime() + 2 * HOUR));
    const closed = await t.press(methodologist, `sem-close:${s.id}`);
    expect(closed.text).toContain("2 человека");
    const [ask] = (await rowsFor(headKk.id)).filter((r) => r.templateKey === "seminar-attendance-ask");
    const rating = await t.press(headKk, (ask!.buttons as { callbackData: string }[])[0]!.callbackData);
    expect(rating.text).toContain("1-ден 5-ке дейін");
    const comment = await t.press(headKk, rating.button("4 ★").data);
    expect(comment.text).toContain("пікір жазыңыз");
    expect((await t.send(headKk, "Өте пайдалы болды")).text).toBe("Пікіріңізге рақмет!");
    await t.press(headRu, `sem-att:${s.id}:n`);
    expect((await t.press(headOther, `sem-rate:${s.id}:5`)).alerts).toHaveLength(1);
    const card = await t.press(methodologist, `sem-open:${s.id}`);
    expect(card.text).toContain("Придут: 2");
    expect(card.text).toContain("Участвовали: 1");
    expect(card.text).toContain("Средняя оценка: 4.0 (оценок: 1)");
    expect(card.text).toContain("★★★★ Өте пайдалы болды");
    const range = { from: new Date("2026-11-01T00:00:00Z"), to: new Date("2026-12-01T00:00:00Z") };
    expect(await seminarFiguresByRegion(database.db, range)).toMatchObject([{ regionCode: "aktobe", events: 1, invited: 2, coming: 2, attended: 1, averageRating: 4 }]);
    expect(await seminarFiguresByOrganization(database.db, { ...range, organizationIds: [aktobeOrgs[0]!] })).toMatchObject([{ organizationId: aktobeOrgs[0], invited: 1, attended: 1 }]);
  });
});

describe("erasure", () => {
  it("a participant who leaves keeps the event's figures but loses their id and comment; an organiser's draft goes", async () => {
    const { erasePerson } = await import("../../src/registration/leave.js");
    const s = await published();
    await t.press(headKk, `sem-rsvp:${s.id}:y`);
    t.setNow(new Date(STARTS.getTime() + 2 * HOUR));
    await t.press(methodologist, `sem-close:${s.id}`);
    await t.press(headKk, `sem-rate:${s.id}:5`);
    await t.send(headKk, "Керемет");
    await t.send(methodologist, "/seminar");
    await erasePerson(database.db, headKk.id, t.now);
    await erasePerson(database.db, methodologist.id, t.now);
    const rows = await database.db.select().from(seminarParticipants);
    expect(rows.find((r) => r.userId === headKk.id)).toBeUndefined();
    expect(rows.filter((r) => r.userId < 0)).toMatchObject([{ response: "coming", rating: 5, comment: null }]);
    const events = await database.db.select().from(seminars);
    expect(events).toHaveLength(1);
    expect(events[0]!.organizerId).toBeLessThan(0);
  });
});

describe("capacity under concurrency", () => {
  it.skipIf(!onPostgres)("two people answering for the last place, the first still uncommitted: the second waits and is told it is full", async () => {
    const [s] = await database.db
      .insert(seminars)
      .values({ organizerId: methodologist.id, scopeKey: "region:aktobe", status: "published", kind: "seminar", titleKk: "a", titleRu: "b", descriptionKk: "c", descriptionRu: "d", startsAt: STARTS, durationMinutes: 60, address: "x", capacity: 1 })
      .returning();
    const [first, second] = [newUser().id, newUser().id];
    await database.db.insert(seminarParticipants).values([first, second].map((userId) => ({ seminarId: s!.id, userId })));
    const connections = [connectPostgres((database as Database & { url?: string }).url!, { max: 2 }), connectPostgres((database as Database & { url?: string }).url!, { max: 2 })];
    try {
      let secondResult: Awaited<ReturnType<typeof respondToSeminar>> | undefined;
      await connections[0]!.db.transaction(async (tx) => {
        // The first answer is recorded but its transaction is still open (a slow moment on a busy server).
        expect((await respondToSeminar(tx, { seminarId: s!.id, userId: first, answer: "coming", now: NOW })).kind).toBe("saved");
        const answering = respondToSeminar(connections[1]!.db, { seminarId: s!.id, userId: second, answer: "coming", now: NOW }).then((r) => (secondResult = r));
        await untilBlockedOrDone(database.db, () => secondResult !== undefined);
        void answering;
      });
      await waitFor(() => secondResult !== undefined);
      expect(secondResult).toMatchObject({ kind: "full", capacity: 1 });
      const coming = await database.db.select().from(seminarParticipants).where(and(eq(seminarParticipants.seminarId, s!.id), eq(seminarParticipants.response, "coming")));
      expect(coming.map((p) => p.userId)).toEqual([first]);
    } finally {
      for (const c of connections) await c.close();
    }
  });

  it.skipIf(!onPostgres)("many people answering at once for the last places: exactly the capacity get them", async () => {
    const [s] = await database.db
      .insert(seminars)
      .values({ organizerId: methodologist.id, scopeKey: "region:aktobe", status: "published", kind: "seminar", titleKk: "a", titleRu: "b", descriptionKk: "c", descriptionRu: "d", startsAt: STARTS, durationMinutes: 60, address: "x", capacity: 3 })
      .returning();
    const people = Array.from({ length: 12 }, () => newUser().id);
    await database.db.insert(seminarParticipants).values(people.map((userId) => ({ seminarId: s!.id, userId })));
    const results = await Promise.all(people.map((userId) => respondToSeminar(database.db, { seminarId: s!.id, userId, answer: "coming", now: NOW })));
    expect(results.filter((r) => r.kind === "saved")).toHaveLength(3);
    expect(results.filter((r) => r.kind === "full")).toHaveLength(9);
    const coming = await database.db.select().from(seminarParticipants).where(and(eq(seminarParticipants.seminarId, s!.id), eq(seminarParticipants.response, "coming")));
    expect(coming).toHaveLength(3);
  });
});
