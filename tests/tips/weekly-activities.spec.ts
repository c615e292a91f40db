import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { activities, outbox, tipDeliveries } from "../../src/db/schema/index.js";
import { setGroupArm } from "../../src/reports/groups.js";
import { syncActivityLibrary } from "../../src/tips/library-sync.js";
import { planWeek } from "../../src/tips/plan-week.js";
import { askParentsForChildGroup } from "../../src/tips/ask-child.js";
import { tipGuard } from "../../src/tips/tip-guard.js";
import { tipDoseByOrganization } from "../../src/tips/figures.js";
import { buildDigest } from "../../src/outputs/digests/build-digest.js";
import { summaryLines } from "../../src/outputs/digests/render.js";
import { setControlLifted } from "../../src/tips/region-settings.js";
import { updateTipSettings } from "../../src/tips/settings.js";
import { createFakeClock, createTestSender } from "../../testing/delivery.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { activityText, kindergartenGroup, numberedLibrary, parentIn } from "../helpers/tips.js";
import { photoMessage } from "../../testing/updates.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

// Monday 2036-11-24 06:00 Almaty: ahead of the wall clock, so outbox rows (not_before = now()) are due.
const monday = new Date("2036-11-24T01:00:00Z");
const saturday10 = new Date("2036-11-29T05:00:00Z"); // 10:00 Almaty, the default slot

/** The first activity carries a safety note and a line for the youngest. */
const firstActivityNotes = {
  kk: { safety: "Пышақ — ересектің қолында.", youngest: "Тек жуып-шайыңыз, пышақ керек емес." },
  ru: { safety: "Нож — только у взрослого.", youngest: "Только помойте, нож не нужен." },
};
const library = (count: number) => numberedLibrary(count, { minutes: (n) => 10 + ((n - 1) % 6), text: (lang, n) => (n === 1 ? firstActivityNotes[lang] : {}) });

async function deliveries() {
  return database.db.select().from(tipDeliveries).orderBy(asc(tipDeliveries.id));
}

beforeEach(async () => {
  t.setNow(monday);
  await syncActivityLibrary(database.db, library(3));
});

describe("joining and choosing the child's group", () => {
  it("a parent who joins is asked for the group and told, in Kazakh, that experimental groups get weekly activities", async () => {
    const db = database.db;
    await kindergartenGroup(db, { registryNo: 11, name: "Күншуақ" });
    const org = await orgByRegistryNo(db, 11);
    const user = newUser({ language_code: "kk" });
    await t.meet(user, "kk");
    const offer = await t.send(user, `/start ${(await import("../../src/registration/invitations.js").then((m) => m.getParentLink(db, org.id))).token}`);
    const joined = await t.press(user, offer.buttons[0]!.data);
    expect(joined.text).toContain("балаңыз қай топқа барады?");
    const saved = await t.press(user, joined.button("Күншуақ").data);
    expect(saved.text).toContain("Сақталды: Күншуақ. Апта сайын");
  });

  it("a parent of a control group is told plainly that no activities come during the pilot, and gets none", async () => {
    await kindergartenGroup(database.db, { registryNo: 11, arm: "control", name: "Control" });
    const parent = newUser();
    const org = await orgByRegistryNo(database.db, 11);
    await joinedUser(t, database.db, { role: "parent", organizationId: org.id }, "ru", parent);
    const overview = await t.send(parent, "/child");
    const asked = await t.press(parent, overview.button("Указать группу").data);
    const saved = await t.press(parent, asked.button("Control").data);
    expect(saved.text).toContain("контрольная в сравнительном мониторинге");
    expect((await planWeek(database.db, { now: monday, perHour: 1000 })).planned).toBe(0);
  });

  it("parents who joined before are asked once, through the outbox, when their kindergarten has groups", async () => {
    const org = await orgByRegistryNo(database.db, 12);
    await joinedUser(t, database.db, { role: "parent", organizationId: org.id });
    expect(await askParentsForChildGroup(database.db, monday)).toBe(0); // no groups yet: nothing to choose
    await kindergartenGroup(database.db, { registryNo: 12 });
    expect(await askParentsForChildGroup(database.db, monday)).toBe(1);
    expect(await askParentsForChildGroup(database.db, monday)).toBe(0);
    const [row] = await database.db.select().from(outbox).where(eq(outbox.kind, "tip-ask-child"));
    expect(row!.buttons).toEqual([{ textKey: "child-button-add", callbackData: "child" }]);
  });

  it("a forged group from another kindergarten is refused and nothing is stored", async () => {
    const other = await kindergartenGroup(database.db, { registryNo: 12, name: "Other" });
    await kindergartenGroup(database.db, { registryNo: 11 });
    const parent = newUser();
    const org = await orgByRegistryNo(database.db, 11);
    await joinedUser(t, database.db, { role: "parent", organizationId: org.id }, "ru", parent);
    const overview = await t.send(parent, "/child");
    const membershipId = Number(overview.button("Указать группу").data!.split(":")[1]);
    const forged = await t.press(parent, `child-grp:${membershipId}:${other.id}`);
    expect(forged.alerts[0]).toMatch(/устарела|устарел/i);
    expect((await t.send(parent, "/child")).text).toContain("Группа пока не указана");
  });
});

describe("the weekly plan", () => {
  it("plans one activity at the parent's hour, renders it in their language with three buttons, and never twice in a week", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    const kk = await parentIn(t, db, 11, "Балапан", "kk");
    const ru = await parentIn(t, db, 11, "Балапан", "ru");
    expect(await planWeek(db, { now: monday, perHour: 1000 })).toEqual({ weekStart: "2036-11-24", planned: 2 });
    expect((await planWeek(db, { now: monday, perHour: 1000 })).planned).toBe(0);
    const plan = await deliveries();
    // Saturday 10:00, the second 3.6 s later (1,000 an hour are spaced evenly).
    expect(plan.map((d) => d.plannedAt.getTime() - saturday10.getTime())).toEqual([0, 3600]);

    const clock = createFakeClock(new Date(saturday10.getTime() + 60_000));
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, guards: [tipGuard] });
    await sender.runUntilIdle();
    const byChat = new Map(telegram.delivered.map((m) => [m.chatId, m]));
    expect(byChat.get(kk.id)!.text).toContain("Аптаның отбасылық іс-әрекеті: kk-title-1");
    expect(byChat.get(kk.id)!.text).toContain("⚠️ Қауіпсіздік: Пышақ — ересектің қолында.");
    expect(byChat.get(ru.id)!.text).toContain("Занятие недели для всей семьи: ru-title-1");
    expect(byChat.get(ru.id)!.text).toContain("👶 Для самых маленьких: Только помойте, нож не нужен.");
    expect(byChat.get(ru.id)!.text).toContain("⏱ 10 минут");
    expect(byChat.get(ru.id)!.replyMarkup!.inline_keyboard.flat().map((b) => b.text)).toEqual(["✅ Сделали", "😓 Слишком сложно", "🙅 Не для нас"]);

    // /tip shows the same activity again, word for word.
    t.setNow(new Date(saturday10.getTime() + 60_000));
    const again = await t.send(ru, "/tip");
    expect(again.text).toBe(byChat.get(ru.id)!.text);
  });

  it("never repeats an activity: after the library is exhausted a parent simply gets nothing more", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    const parent = await parentIn(t, db, 11, "Балапан");
    const planned: number[] = [];
    for (let week = 0; week < 52; week++) {
      const now = new Date(monday.getTime() + week * 7 * 86_400_000);
      planned.push((await planWeek(db, { now, perHour: 1000 })).planned);
    }
    expect(planned.slice(0, 4)).toEqual([1, 1, 1, 0]);
    const sent = (await deliveries()).filter((d) => d.userId === parent.id).map((d) => d.activityId);
    expect(new Set(sent).size).toBe(sent.length);
  });

  it("takes the chosen day and hour, and spreads a crowded hour evenly over the following daytime hours", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    const early = await parentIn(t, db, 11, "Балапан");
    const settings = await t.send(early, "/tips");
    await t.press(early, settings.button("Изменить день").data);
    const dayChosen = await t.press(early, "tips-day:2");
    expect(dayChosen.text).toContain("вторник");
    await t.press(early, "tips-hour:8");
    for (let i = 0; i < 4; i++) await parentIn(t, db, 11, "Балапан");
    await planWeek(db, { now: monday, perHour: 2 });
    const times = (await deliveries()).map((d) => [d.userId, d.plannedAt.toISOString()] as const);
    expect(times.find(([u]) => u === early.id)![1]).toBe("2036-11-25T03:00:00.000Z"); // Tuesday 08:00
    expect(times.filter(([u]) => u !== early.id).map(([, at]) => at).sort()).toEqual([
      "2036-11-29T05:00:00.000Z",
      "2036-11-29T05:30:00.000Z",
      "2036-11-29T06:00:00.000Z",
      "2036-11-29T06:30:00.000Z",
    ]);
  });

  it("a crowded hour spills into later hours without pushing any hour past the share: none early, none in the quiet hours, and a later run keeps the room taken", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    const chosen = new Map<number, { weekday: number; hour: number }>();
    const parentAt = async (weekday: number, hour: number) => {
      const parent = await parentIn(t, db, 11, "Балапан");
      await updateTipSettings(db, parent.id, { weekday, hour }, monday);
      chosen.set(parent.id, { weekday, hour });
    };
    for (let i = 0; i < 3; i++) await parentAt(6, 10); // Saturday 10:00
    for (let i = 0; i < 3; i++) await parentAt(6, 11); // Saturday 11:00
    for (let i = 0; i < 3; i++) await parentAt(6, 20); // Saturday 20:00, the last daytime hour
    const perHour = 2;
    await planWeek(db, { now: monday, perHour });
    await parentAt(6, 10); // joins on Tuesday, when Saturday 10:00–12:59 is full
    await planWeek(db, { now: new Date(monday.getTime() + 86_400_000), perHour });

    const plan = await deliveries();
    expect(plan).toHaveLength(10);
    const local = (d: Date) => {
      const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Almaty", weekday: "short", hour: "2-digit", hourCycle: "h23" }).formatToParts(d);
      return { day: parts.find((p) => p.type === "weekday")!.value, hour: Number(parts.find((p) => p.type === "hour")!.value) };
    };
    const perSlot = new Map<string, number>();
    for (const d of plan) {
      const at = local(d.plannedAt);
      perSlot.set(`${at.day} ${at.hour}`, (perSlot.get(`${at.day} ${at.hour}`) ?? 0) + 1);
      expect(at.hour).toBeGreaterThanOrEqual(8);
      expect(at.hour).toBeLessThanOrEqual(20);
      const wanted = chosen.get(d.userId!)!;
      const wantedAt = new Date(Date.UTC(2036, 10, 23 + wanted.weekday, wanted.hour - 5));
      expect(d.plannedAt.getTime()).toBeGreaterThanOrEqual(wantedAt.getTime());
    }
    expect(Math.max(...perSlot.values())).toBeLessThanOrEqual(perHour);
    expect(Object.fromEntries(perSlot)).toEqual({ "Sat 10": 2, "Sat 11": 2, "Sat 12": 2, "Sat 13": 1, "Sat 20": 2, "Sun 8": 1 });
  });

  it("a full week spills into the next week's first hours, and the next week's plan counts them as taken", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    for (let i = 0; i < 3; i++) {
      const parent = await parentIn(t, db, 11, "Балапан");
      await updateTipSettings(db, parent.id, { weekday: 7, hour: 20 }, monday); // Sunday 20:00, the week's last daytime hour
    }
    await planWeek(db, { now: monday, perHour: 1 });
    const nextMonday = new Date(monday.getTime() + 7 * 86_400_000);
    const early = await parentIn(t, db, 11, "Балапан");
    await updateTipSettings(db, early.id, { weekday: 1, hour: 8 }, monday); // next Monday 08:00
    await planWeek(db, { now: nextMonday, perHour: 1 });
    const at = (d: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Almaty", day: "2-digit", hour: "2-digit", hourCycle: "h23" }).format(d);
    const plan = await deliveries();
    const firstWeek = plan.filter((d) => d.weekStart === "2036-11-24").map((d) => at(d.plannedAt)).sort();
    expect(firstWeek).toEqual(["01, 08", "01, 09", "30, 20"]); // Sunday 20:00, then Monday 1 December 08:00 and 09:00
    // Next Monday 08:00 and 09:00 were taken by last week's spill: the parent who chose 08:00 gets 10:00.
    expect(at(plan.find((d) => d.userId === early.id)!.plannedAt)).toBe("01, 10");
    const perSlot = new Map<string, number>();
    for (const d of plan) perSlot.set(at(d.plannedAt), (perSlot.get(at(d.plannedAt)) ?? 0) + 1);
    expect(Math.max(...perSlot.values())).toBe(1);
  });

  it("refuses an hour in the quiet hours, even from a forged button", async () => {
    await kindergartenGroup(database.db);
    const parent = await parentIn(t, database.db, 11, "Балапан");
    const forged = await t.press(parent, "tips-hour:22");
    expect(forged.alerts[0]).toBeTruthy();
    expect((await t.send(parent, "/tips")).text).toContain("10:00");
  });

  it("stops and resumes: /tips off plans nothing, and a row planned before the pause is cancelled at send time", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    const parent = await parentIn(t, db, 11, "Балапан", "kk");
    await planWeek(db, { now: monday, perHour: 1000 });
    const off = await t.send(parent, "/tips off");
    expect(off.text).toContain("тоқтатылған");
    const { sender, telegram } = createTestSender(db, { fakeClock: createFakeClock(saturday10), guards: [tipGuard] });
    await sender.runUntilIdle();
    expect(telegram.delivered).toHaveLength(0);
    expect((await planWeek(db, { now: new Date(monday.getTime() + 7 * 86_400_000), perHour: 1000 })).planned).toBe(0);
    expect((await t.send(parent, "/tips on")).text).toContain("қосулы");
    expect((await planWeek(db, { now: new Date(monday.getTime() + 7 * 86_400_000), perHour: 1000 })).planned).toBe(1);
  });

  it("a parent of two kindergartens gets one activity a week, counted for both groups", async () => {
    const db = database.db;
    const a = await kindergartenGroup(db, { registryNo: 11 });
    const b = await kindergartenGroup(db, { registryNo: 12, name: "Күн" });
    const parent = await parentIn(t, db, 11, "Балапан");
    await parentIn(t, db, 12, "Күн", "ru", parent);
    expect((await planWeek(db, { now: monday, perHour: 1000 })).planned).toBe(1);
    const [delivery] = await deliveries();
    expect(delivery!.groupIds).toEqual([a.id, b.id].sort((x, y) => x - y));
  });

  it("a control group lifted by the region's methodologist at the end of the pilot receives activities", async () => {
    const db = database.db;
    await kindergartenGroup(db, { registryNo: 11, arm: "control", name: "Control" });
    await parentIn(t, db, 11, "Control");
    expect((await planWeek(db, { now: monday, perHour: 1000 })).planned).toBe(0);
    const methodologist = await joinedUser(t, db, { role: "methodologist", regionCode: "aktobe" });
    const view = await t.send(methodologist, "/tips");
    expect(view.text).toContain("только родители детей из экспериментальных групп");
    const outsider = await joinedUser(t, db, { role: "methodologist", regionCode: "astana" });
    expect((await t.press(outsider, view.button("Открыть и контрольным").data)).alerts[0]).toBeTruthy();
    expect((await planWeek(db, { now: monday, perHour: 1000 })).planned).toBe(0);
    const asked = await t.press(methodologist, view.button("Открыть и контрольным").data);
    await t.press(methodologist, asked.button("Да, снять ограничение").data);
    expect((await planWeek(db, { now: monday, perHour: 1000 })).planned).toBe(1);
  });

  it("the region's administrator lifts the control restriction too; one of another region is refused", async () => {
    const db = database.db;
    await kindergartenGroup(db, { registryNo: 11, arm: "control", name: "Control" });
    await parentIn(t, db, 11, "Control");
    const admin = await joinedUser(t, db, { role: "regional_admin", regionCode: "aktobe" });
    const view = await t.send(admin, "/tips");
    expect(view.text).toContain("только родители детей из экспериментальных групп");
    const outsider = await joinedUser(t, db, { role: "regional_admin", regionCode: "astana" });
    expect((await t.press(outsider, view.button("Открыть и контрольным").data)).alerts[0]).toBeTruthy();
    expect((await planWeek(db, { now: monday, perHour: 1000 })).planned).toBe(0);
    const asked = await t.press(admin, view.button("Открыть и контрольным").data);
    await t.press(admin, asked.button("Да, снять ограничение").data);
    expect((await planWeek(db, { now: monday, perHour: 1000 })).planned).toBe(1);
  });

  it("a group moved to control after its week was planned gets nothing: the planned row is cancelled at send time", async () => {
    const db = database.db;
    const group = await kindergartenGroup(db);
    const parent = await parentIn(t, db, 11, "Балапан");
    await kindergartenGroup(db, { registryNo: 12, name: "Күн" });
    const stays = await parentIn(t, db, 12, "Күн");
    expect((await planWeek(db, { now: monday, perHour: 1000 })).planned).toBe(2);
    // The region's methodologist corrects the arm on Wednesday, after the plan.
    expect(await setGroupArm(db, { groupId: group.id, arm: "control", by: 1, now: new Date(monday.getTime() + 2 * 86_400_000) })).not.toBeNull();
    // An hour after the slot: the hour's activities are spread over it.
    const { sender, telegram } = createTestSender(db, { fakeClock: createFakeClock(new Date(saturday10.getTime() + 60 * 60_000)), guards: [tipGuard] });
    await sender.runUntilIdle();
    expect(telegram.delivered.map((m) => m.chatId)).toEqual([stays.id]);
    const rows = await db.select({ chatId: outbox.chatId, status: outbox.status }).from(outbox).where(eq(outbox.kind, "tip"));
    expect(rows.find((r) => r.chatId === parent.id)?.status).toBe("cancelled");
  });

  it("a parent who left gets nothing more: the planned row is cancelled and the plan keeps no id", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    const parent = await parentIn(t, db, 11, "Балапан");
    await planWeek(db, { now: monday, perHour: 1000 });
    const ask = await t.send(parent, "/leave");
    await t.press(parent, ask.buttons[0]!.data);
    const [delivery] = await deliveries();
    expect(delivery!.userId).toBeNull();
    const { sender, telegram } = createTestSender(db, { fakeClock: createFakeClock(saturday10), guards: [tipGuard] });
    await sender.runUntilIdle();
    expect(telegram.delivered.filter((m) => m.chatId === parent.id)).toHaveLength(0);
  });
});

describe("feedback", () => {
  async function sentTip() {
    const db = database.db;
    await kindergartenGroup(db);
    const parent = await parentIn(t, db, 11, "Балапан");
    await planWeek(db, { now: monday, perHour: 1000 });
    const { sender } = createTestSender(db, { fakeClock: createFakeClock(saturday10), guards: [tipGuard] });
    await sender.runUntilIdle();
    t.setNow(new Date(saturday10.getTime() + 3600_000));
    const shown = await t.send(parent, "/tip");
    return { parent, shown };
  }

  it("'We did it' is stored, the button is marked, a line about the child is kept, and the answer can change during the week", async () => {
    const { parent, shown } = await sentTip();
    const done = await t.press(parent, shown.button("Сделали").data);
    expect(done.alerts).toEqual(["Спасибо, ответ сохранён."]);
    expect(done.called("editMessageReplyMarkup")).toHaveLength(1);
    expect(done.text).toContain("пришлите фото");
    const again = await t.press(parent, shown.button("Сделали").data);
    expect(again.called("editMessageReplyMarkup")).toHaveLength(0); // nothing changed: no edit Telegram would refuse
    expect((await t.send(parent, "Сказал, что станет пекарем")).text).toContain("Спасибо!");
    await t.press(parent, shown.button("Слишком сложно").data);
    const [d] = await deliveries();
    expect(d).toMatchObject({ feedback: "too_hard", comment: "Сказал, что станет пекарем" });
  });

  it("after a photo, 'Done' again (having pressed 'Too hard' between) does not ask for a photo or a line again, and a line then is not taken for one", async () => {
    const { parent, shown } = await sentTip();
    expect((await t.press(parent, shown.button("Сделали").data)).text).toContain("пришлите фото");
    expect((await t.deliver(photoMessage(parent, { fileId: "child-photo" }))).text).toContain("Спасибо!");
    await t.press(parent, shown.button("Слишком сложно").data);
    const again = await t.press(parent, shown.button("Сделали").data);
    expect(again.alerts).toEqual(["Спасибо, ответ сохранён."]);
    expect(again.text).not.toContain("пришлите фото");
    expect((await t.send(parent, "Ещё хотели сказать")).text).not.toContain("Спасибо! Для детского сада");
    expect((await deliveries())[0]).toMatchObject({ feedback: "done", photoFileId: "child-photo", comment: null });
  });

  it("a region's methodologist sees per activity who got it, did it, found it too hard or not for them, a ⚠️ where a third say so, and the drop-off by week; a head sees «не для нас»", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    const parents = [];
    for (let i = 0; i < 5; i++) parents.push(await parentIn(t, db, 11, "Балапан"));
    await planWeek(db, { now: monday, perHour: 1000 });
    // Each parent has their own minute within the hour: by 11:00 all five went out.
    const { sender } = createTestSender(db, { fakeClock: createFakeClock(new Date(saturday10.getTime() + 3600_000)), guards: [tipGuard] });
    await sender.runUntilIdle();
    t.setNow(new Date(saturday10.getTime() + 3600_000));
    const answers = ["Слишком сложно", "Не для нас", "Не для нас", "Сделали", "Сделали"];
    for (const [i, parent] of parents.entries()) {
      const shown = await t.send(parent, "/tip");
      await t.press(parent, shown.button(answers[i]!).data);
    }
    const methodologist = await joinedUser(t, db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const figures = (await t.send(methodologist, "/tips")).text;
    expect(figures).toContain("Занятия в регионе (1): получили / сделали / слишком сложно / не для нас");
    expect(figures).toMatch(/• ⚠️ ru-title-\d+: 5 \/ 2 \/ 1 \/ 2/);
    expect(figures).toContain("такие занятия (1) стоит пересмотреть");
    expect(figures).toContain("1-я неделя: 100 % (ответили: 5 из 5)");
    const org = await orgByRegistryNo(db, 11);
    const head = await joinedUser(t, db, { role: "head", organizationId: org.id });
    expect((await t.send(head, "/tips")).text).toContain("сделали — 2, слишком сложно — 1, не для нас — 2");
  });

  it("another parent's forged button and a button from a past week change nothing", async () => {
    const { parent, shown } = await sentTip();
    const stranger = await parentIn(t, database.db, 11, "Балапан");
    expect((await t.press(stranger, shown.button("Сделали").data)).alerts[0]).toBeTruthy();
    t.setNow(new Date(saturday10.getTime() + 16 * 86_400_000));
    expect((await t.press(parent, shown.button("Сделали").data)).alerts[0]).toContain("прошла");
    expect((await deliveries())[0]!.feedback).toBeNull();
  });

  it("a head sees the kindergarten's figures per group, and the digests get the dose per arm", async () => {
    const { parent, shown } = await sentTip();
    await t.press(parent, shown.button("Сделали").data);
    const org = await orgByRegistryNo(database.db, 11);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id });
    const figures = await t.send(head, "/tips");
    expect(figures.text).toContain("• Балапан (экспериментальная): родителей — 1, отправлено — 1, сделали — 1, слишком сложно — 0");
    expect(await tipDoseByOrganization(database.db, [org.id])).toEqual([{ organizationId: org.id, arm: "experimental", sent: 1, done: 1 }]);
  });

  it("the digests count the dose per arm for the quarter, and say where the control restriction is lifted", async () => {
    const { parent, shown } = await sentTip();
    await t.press(parent, shown.button("Сделали").data);
    const period = { id: 0, year: 2036, quarter: 4, opensOn: "2036-11-03", dueOn: "2036-11-21", createdAt: monday };
    const ru = { language: "ru" as const, t: (key: string, params?: Record<string, string | number>) => t.i18n.t("ru", key, params) };
    const region = await buildDigest(database.db, { kind: "region", regionCode: "aktobe" }, period, t.now);
    expect(summaryLines(region, ru).join("\n")).toContain("Еженедельные занятия для родителей (в этом квартале):\nэксп.: отправлено — 1, «Сделали» — 1");
    const otherQuarter = await buildDigest(database.db, { kind: "region", regionCode: "aktobe" }, { ...period, quarter: 3 }, t.now);
    expect(summaryLines(otherQuarter, ru).join("\n")).not.toContain("Еженедельные занятия");
    await setControlLifted(database.db, { regionCode: "aktobe", lifted: true, by: 1, now: t.now });
    const country = await buildDigest(database.db, { kind: "national" }, period, t.now);
    expect(summaryLines(country, ru).join("\n")).toContain("Регионов, где ограничение для контрольных групп снято: 1");
  });
});

describe("the library", () => {
  it("sync adds new activities, refreshes library text, and leaves chat-edited ones alone", async () => {
    const db = database.db;
    expect(await syncActivityLibrary(db, library(3))).toEqual({ added: 0, updated: 0 });
    await db.update(activities).set({ source: "chat", content: { kk: activityText("kk", 99), ru: activityText("ru", 99) } }).where(eq(activities.slug, "activity-2"));
    const changed = library(4);
    changed[0]!.ru.title = "new title";
    changed[1]!.ru.title = "library would overwrite";
    expect(await syncActivityLibrary(db, changed)).toEqual({ added: 1, updated: 1 });
    const rows = await db.select().from(activities).orderBy(asc(activities.position));
    expect(rows.map((r) => r.slug)).toEqual(["activity-1", "activity-2", "activity-3", "activity-4"]);
    expect((rows[1]!.content as { ru: { title: string } }).ru.title).toBe("ru-title-99");
  });
});
