import { beforeEach, describe, expect, it } from "vitest";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { activities, outbox, tipDeliveries } from "../../src/db/schema/index.js";
import { syncActivityLibrary } from "../../src/tips/library-sync.js";
import type { LibraryActivity, Season, TipAgeBand } from "../../src/tips/library/schema.js";
import { planWeek } from "../../src/tips/plan-week.js";
import { tipGuard } from "../../src/tips/tip-guard.js";
import { updateTipSettings } from "../../src/tips/settings.js";
import { createFakeClock, createTestSender } from "../../testing/delivery.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestBot } from "../../testing/test-bot.js";
import { kindergartenGroup, parentIn } from "../helpers/tips.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

const WEEK_MS = 7 * 86_400_000;
// Monday 2036-11-24 06:00 Almaty; that week's Saturday is in autumn, the next week's in winter.
const monday = new Date("2036-11-24T01:00:00Z");
const saturday10 = new Date("2036-11-29T05:00:00Z");
const weekLater = (date: Date, weeks: number) => new Date(date.getTime() + weeks * WEEK_MS);

const text = (lang: "kk" | "ru", slug: string) => ({
  title: `${lang}-${slug}`,
  activity: `${lang}-activity-${slug} `.padEnd(220, "."),
  words: [`${lang}-a`, `${lang}-b`, `${lang}-c`],
});
const activity = (slug: string, season: Season, extra: { ageBands?: TipAgeBand[]; step?: 1 | 2 } = {}): LibraryActivity => ({
  slug,
  direction: "household",
  season,
  minutes: 10,
  ...extra,
  kk: text("kk", slug),
  ru: text("ru", slug),
});

async function slugsOf(userId: number, options: { deliveredOnly?: boolean } = {}) {
  const rows = await database.db
    .select({ slug: activities.slug, week: tipDeliveries.weekStart })
    .from(tipDeliveries)
    .innerJoin(activities, eq(activities.id, tipDeliveries.activityId))
    .where(and(eq(tipDeliveries.userId, userId), options.deliveredOnly ? isNull(tipDeliveries.undeliveredAt) : undefined))
    .orderBy(asc(tipDeliveries.weekStart), asc(tipDeliveries.id));
  return rows.map((r) => r.slug);
}

beforeEach(() => t.setNow(monday));

describe("season and age", () => {
  it("sends an activity only in its season, the season's own first, and leaves a week empty rather than send one out of season", async () => {
    const db = database.db;
    // National order puts the all-year one first: the autumn one must still come in autumn.
    await syncActivityLibrary(db, [
      activity("all-year", "any"),
      activity("harvest", "autumn"),
      activity("snow", "winter"),
      activity("winter-evenings", "winter"),
      activity("nauryz", "spring"),
      activity("summer-walk", "summer"),
    ]);
    await kindergartenGroup(db, { name: "Күншуақ", ageBand: "senior" });
    const parent = await parentIn(t, db, 11, "Күншуақ");
    for (let week = 0; week < 6; week++) await planWeek(db, { now: weekLater(monday, week), perHour: 1000 });
    // Saturdays: 29 Nov (autumn), 6, 13, 20 Dec (winter): winter's own two first, then the all-year one.
    expect(await slugsOf(parent.id)).toEqual(["harvest", "snow", "winter-evenings", "all-year"]);
  });

  it("follows the season of the parent's own day: a Monday parent's 24 November is autumn, their 1 December winter", async () => {
    const db = database.db;
    await syncActivityLibrary(db, [activity("harvest", "autumn"), activity("snow", "winter")]);
    await kindergartenGroup(db, { name: "Күншуақ", ageBand: "senior" });
    const parent = await parentIn(t, db, 11, "Күншуақ");
    await updateTipSettings(db, parent.id, { weekday: 1, hour: 10 }, monday);
    // The week of 24 November: its Monday 10:00 is still ahead at 06:00 → autumn.
    await planWeek(db, { now: monday, perHour: 1000 });
    await planWeek(db, { now: weekLater(monday, 1), perHour: 1000 });
    expect(await slugsOf(parent.id)).toEqual(["harvest", "snow"]);
  });

  it("chooses by the child's age band: an activity for 5–6 only never reaches a 3–4 group; a parent of children in both gets the younger one's", async () => {
    const db = database.db;
    await syncActivityLibrary(db, [activity("harder", "any", { ageBands: ["preschool"], step: 2 }), activity("first-step", "any")]);
    await kindergartenGroup(db, { name: "Middle", ageBand: "middle" });
    await kindergartenGroup(db, { name: "Preschool", ageBand: "preschool" });
    const younger = await parentIn(t, db, 11, "Middle");
    const older = await parentIn(t, db, 11, "Preschool");
    const both = await parentIn(t, db, 11, ["Preschool", "Middle"]);
    for (let week = 0; week < 3; week++) await planWeek(db, { now: weekLater(monday, week), perHour: 1000 });
    expect(await slugsOf(younger.id)).toEqual(["first-step"]);
    // The theme's first step before its harder return, though the harder one is first in the order.
    expect(await slugsOf(older.id)).toEqual(["first-step", "harder"]);
    expect(await slugsOf(both.id)).toEqual(["first-step"]);
  });

  it("parents of the 1–2 and 2–3 groups get no activity, and are told why once, kindly, in their language", async () => {
    const db = database.db;
    await syncActivityLibrary(db, [activity("beans", "any"), activity("buttons", "any")]);
    await kindergartenGroup(db, { name: "Early", ageBand: "early" });
    await kindergartenGroup(db, { name: "Junior", ageBand: "junior" });
    await kindergartenGroup(db, { name: "Middle", ageBand: "middle" });
    const kk = await parentIn(t, db, 11, "Early", "kk");
    const ru = await parentIn(t, db, 11, "Junior", "ru");
    const mixed = await parentIn(t, db, 11, ["Junior", "Middle"], "ru");
    for (let week = 0; week < 2; week++) await planWeek(db, { now: weekLater(monday, week), perHour: 1000 });
    expect(await slugsOf(kk.id)).toEqual([]);
    expect(await slugsOf(ru.id)).toEqual([]);
    expect(await slugsOf(mixed.id)).toEqual(["beans", "buttons"]);
    const notices = await db.select().from(outbox).where(eq(outbox.templateKey, "tips-under-three"));
    expect(notices.map((n) => n.chatId).sort()).toEqual([kk.id, ru.id].sort());

    const { sender, telegram } = createTestSender(db, { fakeClock: createFakeClock(new Date("2036-11-24T04:00:00Z")), guards: [tipGuard] });
    await sender.runUntilIdle();
    const byChat = new Map(telegram.delivered.map((m) => [m.chatId, m.text]));
    expect(byChat.get(kk.id)).toContain("3–6 жастағы балаларға");
    expect(byChat.get(ru.id)).toContain("для детей 3–6 лет");
  });

  it("every shipped activity that uses small objects warns about them in its safety line, in both languages", async () => {
    const { activityLibrary } = await import("../../src/tips/library/activities.js");
    const small = /пуговиц|бусин|горох|горош|фасол|орех|камеш|крышечк|крышк|бисер|монетк|макарон|семечк|семена/i;
    const offenders = activityLibrary
      .filter((a) => small.test([a.ru.activity, a.ru.youngest ?? ""].join(" ")))
      .filter((a) => !/до трёх лет мелкие предметы/.test(a.ru.safety ?? "") || !/Үш жасқа толмаған балаға ұсақ заттарды/.test(a.kk.safety ?? ""))
      .map((a) => a.slug);
    expect(offenders).toEqual([]);
  });
});

describe("what was not delivered was not received, and nothing goes out late", () => {
  async function setUp() {
    const db = database.db;
    await syncActivityLibrary(db, [activity("first", "any"), activity("second", "any"), activity("third", "any")]);
    await kindergartenGroup(db, { name: "Күншуақ", ageBand: "senior" });
    return parentIn(t, db, 11, "Күншуақ");
  }

  it("an activity dropped at send time because the parent paused stays available for the week they resume", async () => {
    const db = database.db;
    const parent = await setUp();
    await planWeek(db, { now: monday, perHour: 1000 });
    await updateTipSettings(db, parent.id, { paused: true }, monday);
    const { sender, telegram } = createTestSender(db, { fakeClock: createFakeClock(saturday10), guards: [tipGuard] });
    await sender.runUntilIdle();
    expect(telegram.delivered.filter((m) => m.chatId === parent.id)).toHaveLength(0);
    await updateTipSettings(db, parent.id, { paused: false }, saturday10);
    await planWeek(db, { now: weekLater(monday, 1), perHour: 1000 });
    expect(await slugsOf(parent.id, { deliveredOnly: true })).toEqual(["first"]);
  });

  it("an activity that could not be delivered (bot blocked) stays available: the same one comes once the parent is back", async () => {
    const db = database.db;
    const parent = await setUp();
    await planWeek(db, { now: monday, perHour: 1000 });
    const clock = createFakeClock(saturday10);
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, guards: [tipGuard] });
    telegram.block(parent.id);
    await sender.runUntilIdle();
    expect(telegram.delivered.filter((m) => m.chatId === parent.id)).toHaveLength(0);
    telegram.unblock(parent.id);
    // The parent writes to the bot again (that clears "unreachable"); next week's plan.
    t.setNow(weekLater(monday, 1));
    await t.send(parent, "/tips");
    await planWeek(db, { now: weekLater(monday, 1), perHour: 1000 });
    clock.set(weekLater(saturday10, 1));
    await sender.runUntilIdle();
    const got = telegram.delivered.filter((m) => m.chatId === parent.id).map((m) => m.text);
    expect(got).toHaveLength(1);
    expect(got[0]).toContain("ru-first");
  });

  it("after an outage, an activity whose week has passed is dropped at send time and stays available", async () => {
    const db = database.db;
    const parent = await setUp();
    await updateTipSettings(db, parent.id, { weekday: 7, hour: 20 }, monday);
    await planWeek(db, { now: monday, perHour: 1000 });
    // Nine days late: the Sunday 20:00 activity would go out on the Tuesday after next.
    const { sender, telegram } = createTestSender(db, { fakeClock: createFakeClock(new Date("2036-12-09T05:00:00Z")), guards: [tipGuard] });
    await sender.runUntilIdle();
    expect(telegram.delivered.filter((m) => m.chatId === parent.id)).toHaveLength(0);
    const [row] = await db.select().from(outbox).where(eq(outbox.chatId, parent.id));
    expect(row!.status).toBe("cancelled");
    await planWeek(db, { now: new Date("2036-12-09T05:00:00Z"), perHour: 1000 });
    expect(await slugsOf(parent.id, { deliveredOnly: true })).toEqual(["first"]);
  });

  it("the outbox holds a reference, and the parent gets the activity's text as it is when it is sent", async () => {
    const db = database.db;
    const parent = await setUp();
    await planWeek(db, { now: monday, perHour: 1000 });
    const [row] = await db.select().from(outbox).where(eq(outbox.chatId, parent.id));
    const [first] = await db.select().from(activities).where(eq(activities.slug, "first"));
    expect(row!.params).toEqual({ activity: first!.id });
    expect(row!.buttons).toBeNull();
    const corrected = { kk: { ...text("kk", "first"), title: "kk-corrected" }, ru: { ...text("ru", "first"), title: "ru-corrected" } };
    await db.update(activities).set({ content: corrected }).where(eq(activities.id, first!.id));
    const { sender, telegram } = createTestSender(db, { fakeClock: createFakeClock(saturday10), guards: [tipGuard] });
    await sender.runUntilIdle();
    const [sent] = telegram.delivered.filter((m) => m.chatId === parent.id);
    expect(sent!.text).toContain("ru-corrected");
    expect(sent!.replyMarkup!.inline_keyboard.flat().map((b) => b.callback_data)[0]).toMatch(/^tip-fb:\d+:done$/);
  });
});

describe("what a parent sees", () => {
  it("/tip after the week has passed shows the activity without answer buttons and says when the next one comes; hours read 09:00", async () => {
    const db = database.db;
    await syncActivityLibrary(db, [activity("first", "any"), activity("second", "any")]);
    await kindergartenGroup(db, { name: "Күншуақ", ageBand: "senior" });
    const parent = await parentIn(t, db, 11, "Күншуақ");
    await planWeek(db, { now: monday, perHour: 1000 });
    const { sender } = createTestSender(db, { fakeClock: createFakeClock(saturday10), guards: [tipGuard] });
    await sender.runUntilIdle();
    t.setNow(weekLater(saturday10, 2));
    await updateTipSettings(db, parent.id, { hour: 9 }, weekLater(saturday10, 2));
    const shown = await t.send(parent, "/tip");
    expect(shown.text).toContain("ru-first");
    expect(shown.text).toContain("Следующее придёт в выбранный день: суббота, в 09:00 (время Астаны).");
    expect(shown.buttons).toEqual([]);
    expect((await t.send(parent, "/tips")).text).toContain("время: 09:00 (время Астаны)");
  });
});
