import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq, like } from "drizzle-orm";
import type { Database, Db } from "../../src/db/client.js";
import { activities, activityRevisions, auditLog, regionTipSettings, tipDeliveries } from "../../src/db/schema/index.js";
import { setActivityRetired } from "../../src/tips/library-revisions.js";
import { syncActivityLibrary } from "../../src/tips/library-sync.js";
import { planWeek } from "../../src/tips/plan-week.js";
import { effectiveOrder, getRegionOrder, moveInRegionOrder, setRegionOrder } from "../../src/tips/region-order.js";
import { parsePlace } from "../../src/bot/features/tips/order-place.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { kindergartenGroup, numberedLibrary, parentIn } from "../helpers/tips.js";
import type { TestUser } from "../../testing/updates.js";

const admin = newUser();
let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec), { adminIds: [admin.id] });

const monday = new Date("2036-11-24T01:00:00Z"); // 06:00 Almaty
const weekAfter = (n: number) => new Date(monday.getTime() + n * 7 * 86_400_000);
/** An administrator (national editor) acting in the domain directly. */
const operator = { telegramId: 1, isAdmin: true, memberships: [] };

/** `count` activities a1 … aN; `title`, where given, names each in each language. */
const library = (count: number, title?: (lang: "kk" | "ru", n: number) => string) =>
  numberedLibrary(count, { slug: (n) => `a${n}`, text: title && ((lang, n) => ({ title: title(lang, n) })) });

/** Activity ids by slug ("a1" … "aN"), and back. */
async function ids(db: Db) {
  const rows = await db.select({ id: activities.id, slug: activities.slug }).from(activities);
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const byId = new Map(rows.map((r) => [r.id, r.slug]));
  return { of: (...slugs: string[]) => slugs.map((s) => bySlug.get(s)!), slug: (id: number) => byId.get(id)! };
}

async function planWeeks(from: number, count: number) {
  for (let w = from; w < from + count; w++) await planWeek(database.db, { now: weekAfter(w), perHour: 1000 });
}

/** The activities a parent received, week by week, as slugs. */
async function received(user: TestUser): Promise<string[]> {
  const { slug } = await ids(database.db);
  const rows = await database.db.select().from(tipDeliveries).where(eq(tipDeliveries.userId, user.id)).orderBy(asc(tipDeliveries.weekStart));
  return rows.map((r) => slug(r.activityId));
}

async function storedOrder(regionCode: string) {
  const [row] = await database.db.select().from(regionTipSettings).where(eq(regionTipSettings.regionCode, regionCode));
  return row?.activityOrder ?? null;
}

async function orderAudit() {
  return database.db.select().from(auditLog).where(like(auditLog.action, "tips.order%")).orderBy(asc(auditLog.id));
}

beforeEach(async () => {
  t.setNow(monday);
  await syncActivityLibrary(database.db, library(5));
});

describe("a region's own order in the weekly plan", () => {
  it("parents in a region with its own order get the activities in that order; parents elsewhere keep the national order", async () => {
    const db = database.db;
    await kindergartenGroup(db, { registryNo: 11, name: "Aktobe" }); // aktobe
    await kindergartenGroup(db, { registryNo: 16, name: "Almaty" }); // almaty-region
    const here = await parentIn(t, db, 11, "Aktobe");
    const elsewhere = await parentIn(t, db, 16, "Almaty");
    const { of, slug } = await ids(db);
    expect(await setRegionOrder(db, { regionCode: "aktobe", order: of("a3", "a1"), by: 1, now: monday })).toEqual({ ok: true });
    await planWeeks(0, 6);
    expect(await received(here)).toEqual(["a3", "a1", "a2", "a4", "a5"]);
    expect(await received(elsewhere)).toEqual(["a1", "a2", "a3", "a4", "a5"]);
    // The order the chat shows is the order the plan follows.
    expect((await getRegionOrder(db, "aktobe")).places.map((a) => slug(a.id))).toEqual(["a3", "a1", "a2", "a4", "a5"]);
  });

  it("going back to the national order continues it without repeating what a parent already received", async () => {
    const db = database.db;
    await kindergartenGroup(db, { registryNo: 11, name: "Aktobe" });
    const parent = await parentIn(t, db, 11, "Aktobe");
    const { of } = await ids(db);
    await setRegionOrder(db, { regionCode: "aktobe", order: of("a3", "a4"), by: 1, now: monday });
    await planWeeks(0, 1);
    await setRegionOrder(db, { regionCode: "aktobe", order: null, by: 1, now: monday });
    expect(await storedOrder("aktobe")).toBeNull();
    await planWeeks(1, 5);
    expect(await received(parent)).toEqual(["a3", "a1", "a2", "a4", "a5"]);
  });

  it("an order changed in the middle of the year never repeats an activity", async () => {
    const db = database.db;
    await kindergartenGroup(db, { registryNo: 11, name: "Aktobe" });
    const parent = await parentIn(t, db, 11, "Aktobe");
    const { of } = await ids(db);
    await planWeeks(0, 2); // national: a1, a2
    await setRegionOrder(db, { regionCode: "aktobe", order: of("a2", "a5", "a1", "a4"), by: 1, now: monday });
    await planWeeks(2, 5);
    const sent = await received(parent);
    expect(sent).toEqual(["a1", "a2", "a5", "a4", "a3"]);
    expect(new Set(sent).size).toBe(sent.length);
  });

  it("activities added to the library later come after the listed ones, in the national order", async () => {
    const db = database.db;
    for (const slug of ["a4", "a5"]) {
      const [row] = await db.select({ id: activities.id }).from(activities).where(eq(activities.slug, slug));
      await db.delete(activityRevisions).where(eq(activityRevisions.activityId, row!.id));
      await db.delete(activities).where(eq(activities.id, row!.id));
    }
    await kindergartenGroup(db, { registryNo: 11, name: "Aktobe" });
    const parent = await parentIn(t, db, 11, "Aktobe");
    const { of } = await ids(db);
    await setRegionOrder(db, { regionCode: "aktobe", order: of("a3", "a2"), by: 1, now: monday });
    await planWeeks(0, 1);
    await syncActivityLibrary(db, library(5)); // a4 and a5 arrive
    await planWeeks(1, 5);
    expect(await received(parent)).toEqual(["a3", "a2", "a1", "a4", "a5"]);
  });

  it("a retired activity in the list is skipped, and a restored one comes back at its place", async () => {
    const db = database.db;
    await kindergartenGroup(db, { registryNo: 11, name: "Aktobe" });
    const parent = await parentIn(t, db, 11, "Aktobe");
    const { of } = await ids(db);
    await setRegionOrder(db, { regionCode: "aktobe", order: of("a5", "a4", "a3", "a2", "a1"), by: 1, now: monday });
    await setActivityRetired(db, { actor: operator, activityId: of("a4")[0]!, retired: true, now: monday });
    await planWeeks(0, 2);
    expect(await received(parent)).toEqual(["a5", "a3"]);
    await setActivityRetired(db, { actor: operator, activityId: of("a4")[0]!, retired: false, now: monday });
    await planWeeks(2, 1);
    expect(await received(parent)).toEqual(["a5", "a3", "a4"]);
  });

  it("a parent with children in two regions follows the region of the child's group with the lowest id", async () => {
    const db = database.db;
    const first = await kindergartenGroup(db, { registryNo: 16, name: "Almaty" }); // created first: the lower id
    await kindergartenGroup(db, { registryNo: 11, name: "Aktobe" });
    const parent = await parentIn(t, db, 11, "Aktobe");
    await parentIn(t, db, 16, "Almaty", "ru", parent);
    const { of } = await ids(db);
    await setRegionOrder(db, { regionCode: "aktobe", order: of("a3"), by: 1, now: monday });
    await setRegionOrder(db, { regionCode: "almaty-region", order: of("a5"), by: 1, now: monday });
    await planWeeks(0, 1);
    expect(await received(parent)).toEqual(["a5"]);
    const [delivery] = await db.select().from(tipDeliveries);
    expect(delivery!.groupIds[0]).toBe(first.id);
  });
});

describe("setting and moving (the domain service)", () => {
  it("refuses unknown activities, repeats and broken numbers, and changes nothing", async () => {
    const db = database.db;
    const { of } = await ids(db);
    expect(await setRegionOrder(db, { regionCode: "aktobe", order: [...of("a1"), 999_999], by: 1, now: monday })).toEqual({ ok: false, problem: "unknown_activity" });
    expect(await setRegionOrder(db, { regionCode: "aktobe", order: of("a1", "a2", "a1"), by: 1, now: monday })).toEqual({ ok: false, problem: "duplicate" });
    expect(await setRegionOrder(db, { regionCode: "aktobe", order: [1.5], by: 1, now: monday })).toEqual({ ok: false, problem: "not_whole_numbers" });
    expect(await storedOrder("aktobe")).toBeNull();
    expect(await orderAudit()).toHaveLength(0);
  });

  it("a move needs the list as it was shown, a place that exists and an activity still sent", async () => {
    const db = database.db;
    const { of, slug } = await ids(db);
    const shown = await getRegionOrder(db, "aktobe");
    const move = (activityId: number, place: number, version = shown.version) =>
      moveInRegionOrder(db, { regionCode: "aktobe", activityId, place, version, by: 7, now: monday });
    expect(await move(of("a3")[0]!, 0)).toEqual({ ok: false, problem: "bad_place" });
    expect(await move(of("a3")[0]!, 6)).toEqual({ ok: false, problem: "bad_place" });
    expect(await move(of("a3")[0]!, 1, "zzz")).toEqual({ ok: false, problem: "stale" });
    expect(await storedOrder("aktobe")).toBeNull();
    const moved = await move(of("a3")[0]!, 1);
    expect(moved.ok && moved.order.places.map((a) => slug(a.id))).toEqual(["a3", "a1", "a2", "a4", "a5"]);
    // The same (now stale) list again: refused, nothing moves.
    expect(await move(of("a5")[0]!, 1)).toEqual({ ok: false, problem: "stale" });
    await setActivityRetired(db, { actor: operator, activityId: of("a2")[0]!, retired: true, now: monday });
    const current = await getRegionOrder(db, "aktobe");
    expect(await move(of("a2")[0]!, 1, current.version)).toEqual({ ok: false, problem: "unknown_activity" });
    // Moving among the active ones keeps the retired one where it was.
    const last = await moveInRegionOrder(db, { regionCode: "aktobe", activityId: of("a5")[0]!, place: 2, version: current.version, by: 7, now: monday });
    expect(last.ok).toBe(true);
    expect((await getRegionOrder(db, "aktobe")).all.map((a) => slug(a.id))).toEqual(["a3", "a5", "a1", "a2", "a4"]);
    const audit = await orderAudit();
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["tips.order_set", 7],
      ["tips.order_set", 7],
    ]);
  });

  it("the list rules: listed first (a repeat counts once, unknown ids are dropped), then the rest in the national order", () => {
    const all = [1, 2, 3, 4].map((id) => ({ id, position: 10 - id, retiredAt: null }));
    expect(effectiveOrder(all, null).map((a) => a.id)).toEqual([4, 3, 2, 1]);
    expect(effectiveOrder(all, [2, 99, 2, 1]).map((a) => a.id)).toEqual([2, 1, 4, 3]);
  });

  it("a typed place is a whole number within the list", () => {
    expect(parsePlace(" 3 ", 44)).toBe(3);
    for (const bad of ["0", "45", "3.5", "-1", "три", "3 4", "", "1e1"]) expect(parsePlace(bad, 44), bad).toBeNull();
  });
});

describe("the order in the chat", () => {
  async function methodologist(regionCode = "aktobe", language: "kk" | "ru" = "ru") {
    return joinedUser(t, database.db, { role: "methodologist", regionCode }, language);
  }

  async function openList(user: TestUser) {
    const tips = await t.send(user, "/tips");
    return t.press(user, tips.button("Порядок занятий").data);
  }

  it("a methodologist moves an activity up, to a typed place, and goes back to the national order; the plan follows", async () => {
    const db = database.db;
    const m = await methodologist();
    const list = await openList(m);
    expect(list.text).toContain("Актюбинская область: порядок еженедельных занятий");
    expect(list.text).toContain("Сейчас действует общий порядок");
    expect(list.text).toContain("1. ru-title-1\n2. ru-title-2\n3. ru-title-3\n4. ru-title-4\n5. ru-title-5");
    expect(list.buttons.map((b) => b.text)).toEqual(["1", "2", "3", "4", "5"]); // no way back while national

    const card = await t.press(m, list.button("3").data);
    expect(card.text).toContain("Занятие № 3 из 5: «ru-title-3»");
    const up = await t.press(m, card.button("Выше").data);
    expect(up.text).toContain("Занятие № 2 из 5: «ru-title-3»");
    expect(up.called("editMessageText")).toHaveLength(1);

    // To a typed place: wrong answers are explained and change nothing.
    const ask = await t.press(m, up.button("Указать место").data);
    expect(ask.text).toContain("На какое место поставить занятие «ru-title-3»? Отправьте номер места: от 1 до 5.");
    for (const bad of ["первое", "0", "6", "2.5"]) {
      expect((await t.send(m, bad)).text).toContain("Нужен номер места — целое число от 1 до 5");
    }
    const { slug } = await ids(db);
    expect((await getRegionOrder(db, "aktobe")).places.map((a) => slug(a.id))).toEqual(["a1", "a3", "a2", "a4", "a5"]);
    const moved = await t.send(m, "5");
    expect(moved.texts[0]).toBe("Готово: занятие «ru-title-3» теперь на месте № 5.");
    expect(moved.texts[1]).toContain("Сейчас действует порядок, установленный для региона");
    expect(moved.texts[1]).toContain("1. ru-title-1\n2. ru-title-2\n3. ru-title-4\n4. ru-title-5\n5. ru-title-3");

    await kindergartenGroup(db, { registryNo: 11, name: "Aktobe" });
    const parent = await parentIn(t, db, 11, "Aktobe");
    await planWeeks(0, 3);
    expect(await received(parent)).toEqual(["a1", "a2", "a4"]);

    const confirm = await t.press(m, moved.button("Вернуть общий порядок").data);
    expect(confirm.text).toContain("Актюбинская область: вернуть общий порядок занятий?");
    const reset = await t.press(m, confirm.button("Да, вернуть").data);
    expect(reset.alerts).toEqual(["Готово: в регионе снова действует общий порядок."]);
    expect(reset.text).toContain("Сейчас действует общий порядок");
    expect(await storedOrder("aktobe")).toBeNull();
    await planWeeks(3, 3);
    expect(await received(parent)).toEqual(["a1", "a2", "a4", "a3", "a5"]);
  });

  it("speaks Kazakh to a Kazakh-speaking methodologist", async () => {
    const m = await methodologist("aktobe", "kk");
    const tips = await t.send(m, "/tips");
    const list = await t.press(m, tips.button("Іс-әрекеттер реті").data);
    expect(list.text).toContain("апталық іс-әрекеттердің реті");
    expect(list.text).toContain("1. kk-title-1");
    const card = await t.press(m, list.button("2").data);
    expect(card.text).toContain("Іс-әрекет № 2 (барлығы 5): «kk-title-2»");
    const ask = await t.press(m, card.button("Орнын көрсету").data);
    expect((await t.send(m, "жүз")).text).toContain("ең азы 1, ең көбі 5");
    expect((await t.send(m, "1")).texts[0]).toBe("Дайын: «kk-title-2» іс-әрекеті енді 1-орында.");
    expect(ask.text).toContain("Орынның нөмірін жіберіңіз");
  });

  it("a methodologist of another region, a head and a parent cannot see or change the region's order, even with forged buttons", async () => {
    const db = database.db;
    const m = await methodologist();
    const list = await openList(m);
    const card = await t.press(m, list.button("3").data);
    const org = await orgByRegistryNo(db, 11);
    const outsiders = [
      await methodologist("astana"),
      await joinedUser(t, db, { role: "head", organizationId: org.id }),
      await joinedUser(t, db, { role: "parent", organizationId: org.id }),
    ];
    const { version } = await getRegionOrder(db, "aktobe");
    const [a3] = (await ids(db)).of("a3");
    const forged = [
      "ro:aktobe:0",
      `ro-pick:aktobe:${a3}:${version}`,
      card.button("Выше").data!,
      card.button("Указать место").data!,
      `ro-reset:aktobe:${version}`,
      `ro-reset-yes:aktobe:${version}`,
      "ro:aktobe:99999999999",
      "ro-mv:aktobe:1:sideways:abc",
    ];
    for (const user of outsiders) {
      for (const data of forged) {
        const outcome = await t.press(user, data);
        expect(outcome.alerts, data).toEqual([t.i18n.t("ru", "common-not-allowed")]);
        expect(outcome.text, data).not.toContain("ru-title");
      }
    }
    // The astana methodologist's own entry shows astana only.
    const own = await openList(outsiders[0]!);
    expect(own.text).toContain("Город Астана");
    expect(await storedOrder("aktobe")).toBeNull();
    expect(await orderAudit()).toHaveLength(0);
  });

  it("a button pressed on a list that changed since, or for an activity retired since, is answered and moves nothing", async () => {
    const db = database.db;
    const m = await methodologist();
    const colleague = await methodologist();
    const card = await t.press(m, (await openList(m)).button("3").data);
    // The colleague moves another activity meanwhile.
    const theirs = await t.press(colleague, (await openList(colleague)).button("5").data);
    await t.press(colleague, theirs.button("Выше").data);
    const { slug, of } = await ids(db);
    const after = (await getRegionOrder(db, "aktobe")).places.map((a) => slug(a.id));
    expect(after).toEqual(["a1", "a2", "a3", "a5", "a4"]);

    const stale = await t.press(m, card.button("Выше").data);
    expect(stale.alerts[0]).toContain("Порядок занятий изменился, пока этот список был открыт");
    expect(stale.text).toContain("4. ru-title-5"); // the current list is shown
    expect((await getRegionOrder(db, "aktobe")).places.map((a) => slug(a.id))).toEqual(after);
    const typed = await t.press(m, card.button("Указать место").data);
    expect(typed.alerts[0]).toContain("Порядок занятий изменился");

    const fresh = await openList(m);
    await setActivityRetired(db, { actor: operator, activityId: of("a2")[0]!, retired: true, now: monday });
    const gone = await t.press(m, fresh.button("2").data);
    expect(gone.alerts[0]).toContain("Это занятие убрано из рассылки");
    expect(gone.text).toContain("1. ru-title-1\n2. ru-title-3");
  });

  it("an order changed while a place is being typed is not overwritten", async () => {
    const db = database.db;
    const m = await methodologist();
    const colleague = await methodologist();
    const card = await t.press(m, (await openList(m)).button("1").data);
    await t.press(m, card.button("Указать место").data);
    const theirs = await t.press(colleague, (await openList(colleague)).button("5").data);
    await t.press(colleague, theirs.button("Выше").data);
    const { slug } = await ids(db);
    const before = (await getRegionOrder(db, "aktobe")).places.map((a) => slug(a.id));
    const answer = await t.send(m, "5");
    expect(answer.texts[0]).toContain("Порядок занятий изменился");
    expect((await getRegionOrder(db, "aktobe")).places.map((a) => slug(a.id))).toEqual(before);
  });

  it("a national-size library with long titles is shown a page at a time within Telegram's limits, every place reachable", async () => {
    const db = database.db;
    await syncActivityLibrary(db, library(130, (lang, n) => `${lang === "ru" ? "Очень длинное название занятия" : "Өте ұзын іс-әрекет атауы"} № ${n} `.padEnd(80, "ж")));
    const m = await methodologist();
    let page = await openList(m);
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      expect(page.texts.at(-1)!.length).toBeLessThanOrEqual(4096);
      seen.push(...page.buttons.filter((b) => /^\d+$/.test(b.text)).map((b) => b.text));
      const next = page.buttons.find((b) => b.text === "▶");
      if (!next) break;
      page = await t.press(m, next.data);
    }
    expect(seen).toEqual(Array.from({ length: 130 }, (_, i) => String(i + 1)));
    expect(page.text).toContain("Страница 7 из 7");
    const card = await t.press(m, page.button("130").data);
    expect(card.text).toContain("Занятие № 130 из 130");
    expect(card.buttons.map((b) => b.text)).not.toContain("⬇️ Ниже");
  });

  it("an administrator reaches every region's order from /activities", async () => {
    await t.meet(admin, "ru");
    const list = await t.send(admin, "/activities");
    const regions = await t.press(admin, list.button("Порядок занятий").data);
    expect(regions.text).toContain("выберите регион");
    expect(regions.buttons).toHaveLength(20);
    const order = await t.press(admin, regions.button("Актюбинская область").data);
    expect(order.text).toContain("Актюбинская область: порядок еженедельных занятий");
  });
});
