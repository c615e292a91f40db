import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { outbox, tipDeliveries } from "../../src/db/schema/index.js";
import { quietHoursSchema } from "../../src/delivery/quiet-hours.js";
import { setGroupArm } from "../../src/reports/groups.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { tipsFollowUpTask } from "../../src/tips/plan-task.js";
import { syncActivityLibrary } from "../../src/tips/library-sync.js";
import { FOLLOW_UP_KIND, planFollowUps } from "../../src/tips/plan-follow-ups.js";
import { planWeek } from "../../src/tips/plan-week.js";
import { tipFollowUpGuard, tipGuard } from "../../src/tips/tip-guard.js";
import { updateTipSettings } from "../../src/tips/settings.js";
import { createFakeClock, createTestSender } from "../../testing/delivery.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestBot } from "../../testing/test-bot.js";
import { kindergartenGroup, numberedLibrary, parentIn } from "../helpers/tips.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

const HOUR = 3_600_000;
const monday = new Date("2036-11-24T01:00:00Z"); // 06:00 Almaty
const saturday10 = new Date("2036-11-29T05:00:00Z"); // the default slot
const tuesday10 = new Date("2036-12-02T05:00:00Z"); // three days later, the same hour
const defaultQuiet = quietHoursSchema.parse("21:00-08:00");

/** The week's activity planned and sent to every parent (Saturday 10:00). */
async function activitiesSent(perHour = 1000) {
  const db = database.db;
  await planWeek(db, { now: monday, perHour });
  const { sender, telegram } = createTestSender(db, { fakeClock: createFakeClock(new Date(saturday10.getTime() + HOUR)), guards: [tipGuard] });
  await sender.runUntilIdle();
  return telegram.delivered;
}

async function followUpRows() {
  return database.db.select().from(outbox).where(eq(outbox.kind, FOLLOW_UP_KIND)).orderBy(asc(outbox.id));
}

async function sendFollowUps(at: Date) {
  const { sender, telegram } = createTestSender(database.db, { fakeClock: createFakeClock(at), guards: [tipGuard, tipFollowUpGuard], quietHours: defaultQuiet });
  await sender.runUntilIdle();
  return telegram.delivered;
}

beforeEach(async () => {
  t.setNow(monday);
  await syncActivityLibrary(database.db, numberedLibrary(3));
});

describe("the midweek follow-up", () => {
  it("goes once, three days after the activity at the parent's hour, in Kazakh and in Russian with the answer buttons again, however often the task runs", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    const kk = await parentIn(t, db, 11, "Балапан", "kk");
    const ru = await parentIn(t, db, 11, "Балапан", "ru");
    expect(await activitiesSent()).toHaveLength(2);
    const task = tipsFollowUpTask(1000, defaultQuiet);
    // Monday: not yet; Tuesday 10:00: both; the same slot again, the next hour, the next day: nothing more.
    expect(await planFollowUps(db, { now: new Date(tuesday10.getTime() - 24 * HOUR), perHour: 1000, quietHours: defaultQuiet })).toEqual({ planned: 0 });
    expect(await task.run({ db, now: tuesday10, slot: tuesday10 })).toEqual({ planned: 2 });
    expect(await task.run({ db, now: new Date(tuesday10.getTime() + 60_000), slot: tuesday10 })).toEqual({ planned: 0 });
    expect(await task.run({ db, now: new Date(tuesday10.getTime() + HOUR), slot: new Date(tuesday10.getTime() + HOUR) })).toEqual({ planned: 0 });
    expect(await task.run({ db, now: new Date(tuesday10.getTime() + 24 * HOUR), slot: new Date(tuesday10.getTime() + 24 * HOUR) })).toEqual({ planned: 0 });
    const rows = await followUpRows();
    expect(rows).toHaveLength(2);
    const plan = await db.select().from(tipDeliveries).orderBy(asc(tipDeliveries.id));
    // At the minute each activity had within its hour, three days on.
    expect(rows.map((r) => r.notBefore.getTime() - tuesday10.getTime())).toEqual(plan.map((d) => d.plannedAt.getTime() - saturday10.getTime()));

    const sent = await sendFollowUps(new Date(tuesday10.getTime() + HOUR));
    const byChat = new Map(sent.map((m) => [m.chatId, m]));
    expect(sent).toHaveLength(2);
    expect(byChat.get(kk.id)!.text).toMatch(/kk-title-1/);
    expect(byChat.get(kk.id)!.text).toMatch(/белгілеңіз/);
    expect(byChat.get(ru.id)!.text).toMatch(/ru-title-1/);
    expect(byChat.get(ru.id)!.text).toMatch(/Отметьте, как получилось/);
    expect(byChat.get(ru.id)!.replyMarkup!.inline_keyboard.flat().map((b) => b.text)).toEqual(["✅ Сделали", "😓 Слишком сложно", "🙅 Не для нас"]);
    expect(byChat.get(kk.id)!.replyMarkup!.inline_keyboard.flat().map((b) => b.text)).toEqual(["✅ Орындадық", "😓 Тым қиын", "🙅 Бізге сай емес"]);

    // Its buttons answer the week's activity.
    t.setNow(new Date(tuesday10.getTime() + HOUR));
    const answered = await t.press(ru, byChat.get(ru.id)!.replyMarkup!.inline_keyboard.flat()[0]!.callback_data!);
    expect(answered.alerts).toEqual(["Спасибо, ответ сохранён."]);
  });

  it("two replicas' scheduler runs of the same hour queue each follow-up once", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    await parentIn(t, db, 11, "Балапан");
    await activitiesSent();
    const task = tipsFollowUpTask(1000, defaultQuiet);
    const replicas = ["a", "b"].map((instance) => new Scheduler({ db, tasks: [task], clock: () => tuesday10, instance, log: () => {} }));
    await Promise.all(replicas.map((s) => s.runSlot(task, tuesday10)));
    await Promise.all(replicas.map((s) => s.runSlot(task, new Date(tuesday10.getTime() + HOUR))));
    expect(await followUpRows()).toHaveLength(1);
  });

  it("nothing for a parent who answered, paused, or whose group is a control group, and none for a control group at all during the pilot", async () => {
    const db = database.db;
    await kindergartenGroup(db, { registryNo: 11 });
    const answered = await parentIn(t, db, 11, "Балапан");
    const paused = await parentIn(t, db, 11, "Балапан");
    const waits = await parentIn(t, db, 11, "Балапан");
    const moved = await kindergartenGroup(db, { registryNo: 12, name: "Күн" });
    const movedParent = await parentIn(t, db, 12, "Күн");
    await kindergartenGroup(db, { registryNo: 13, arm: "control", name: "Control" });
    const control = await parentIn(t, db, 13, "Control");
    const sent = await activitiesSent();
    expect(sent.map((m) => m.chatId).sort()).toEqual([answered.id, paused.id, waits.id, movedParent.id].sort());
    t.setNow(new Date(saturday10.getTime() + 2 * HOUR));
    const tip = sent.find((m) => m.chatId === answered.id)!;
    await t.press(answered, tip.replyMarkup!.inline_keyboard.flat()[1]!.callback_data!); // too hard: an answer too
    await updateTipSettings(db, paused.id, { paused: true }, saturday10);
    expect(await setGroupArm(db, { groupId: moved.id, arm: "control", by: 1, now: saturday10 })).not.toBeNull();
    await planFollowUps(db, { now: tuesday10, perHour: 1000, quietHours: defaultQuiet });
    expect((await followUpRows()).map((r) => r.chatId)).toEqual([waits.id]);
    expect((await sendFollowUps(new Date(tuesday10.getTime() + HOUR))).map((m) => m.chatId)).toEqual([waits.id]);
    expect((await followUpRows()).some((r) => r.chatId === control.id)).toBe(false);
  });

  it("the send-time guard drops a follow-up queued before the parent answered, paused, or was moved to a control group", async () => {
    const db = database.db;
    await kindergartenGroup(db, { registryNo: 11 });
    const answers = await parentIn(t, db, 11, "Балапан");
    const pauses = await parentIn(t, db, 11, "Балапан");
    const moved = await kindergartenGroup(db, { registryNo: 12, name: "Күн" });
    await parentIn(t, db, 12, "Күн", "kk");
    const sent = await activitiesSent();
    expect((await planFollowUps(db, { now: tuesday10, perHour: 1000, quietHours: defaultQuiet })).planned).toBe(3);
    // After it was queued, before it goes.
    t.setNow(new Date(tuesday10.getTime() + 60_000));
    const tip = sent.find((m) => m.chatId === answers.id)!;
    await t.press(answers, tip.replyMarkup!.inline_keyboard.flat()[0]!.callback_data!);
    await updateTipSettings(db, pauses.id, { paused: true }, tuesday10);
    expect(await setGroupArm(db, { groupId: moved.id, arm: "control", by: 1, now: tuesday10 })).not.toBeNull();
    const delivered = await sendFollowUps(new Date(tuesday10.getTime() + HOUR));
    expect(delivered).toHaveLength(0);
    expect((await followUpRows()).map((r) => r.status)).toEqual(["cancelled", "cancelled", "cancelled"]);
  });

  it("never in the configured quiet hours: a parent's 09:00 under quiet hours until 11:00 gets it at 11:00, and nothing is planned at 10:00", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    const early = await parentIn(t, db, 11, "Балапан");
    await updateTipSettings(db, early.id, { hour: 9 }, monday);
    await activitiesSent();
    const quiet = quietHoursSchema.parse("20:00-11:00");
    expect(await planFollowUps(db, { now: new Date(tuesday10.getTime() - HOUR), perHour: 1000, quietHours: quiet })).toEqual({ planned: 0 });
    expect(await planFollowUps(db, { now: tuesday10, perHour: 1000, quietHours: quiet })).toEqual({ planned: 0 });
    const eleven = new Date(tuesday10.getTime() + HOUR);
    expect(await planFollowUps(db, { now: eleven, perHour: 1000, quietHours: quiet })).toEqual({ planned: 1 });
    const [row] = await followUpRows();
    expect(row!.notBefore.getTime()).toBe(eleven.getTime());
  });

  it("a run shortly before the quiet hours plans only what is due before they begin; the rest goes the next morning", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    const first = await parentIn(t, db, 11, "Балапан");
    const second = await parentIn(t, db, 11, "Балапан");
    await activitiesSent(2); // two an hour: 10:00 and 10:30
    const quiet = quietHoursSchema.parse("10:15-08:00");
    expect(await planFollowUps(db, { now: tuesday10, perHour: 1000, quietHours: quiet })).toEqual({ planned: 1 });
    const wednesday8 = new Date(tuesday10.getTime() + 22 * HOUR);
    expect(await planFollowUps(db, { now: wednesday8, perHour: 1000, quietHours: quiet })).toEqual({ planned: 1 });
    const rows = await followUpRows();
    expect(rows.map((r) => [r.chatId, r.notBefore.getTime()])).toEqual([
      [first.id, tuesday10.getTime()],
      [second.id, wednesday8.getTime()],
    ]);
  });

  it("stays inside the tips share: an hour the weekly activities fill gets no follow-up, which goes in the next hour with room", async () => {
    const db = database.db;
    await kindergartenGroup(db);
    const first = await parentIn(t, db, 11, "Балапан");
    const second = await parentIn(t, db, 11, "Балапан");
    await activitiesSent();
    // Next week's activity for a third parent takes Tuesday 10:00's only place.
    const other = await parentIn(t, db, 11, "Балапан");
    await updateTipSettings(db, other.id, { weekday: 2 }, monday);
    expect((await planWeek(db, { now: new Date(monday.getTime() + 7 * 24 * HOUR), perHour: 1 })).planned).toBeGreaterThanOrEqual(1);
    expect(await planFollowUps(db, { now: tuesday10, perHour: 1, quietHours: defaultQuiet })).toEqual({ planned: 0 });
    expect(await planFollowUps(db, { now: new Date(tuesday10.getTime() + HOUR), perHour: 1, quietHours: defaultQuiet })).toEqual({ planned: 1 });
    expect(await planFollowUps(db, { now: new Date(tuesday10.getTime() + 2 * HOUR), perHour: 1, quietHours: defaultQuiet })).toEqual({ planned: 1 });
    expect((await followUpRows()).map((r) => r.chatId)).toEqual([first.id, second.id]);
  });
});
