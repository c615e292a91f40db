import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { auditLog } from "../../src/db/schema/index.js";
import { upsertPeriod } from "../../src/reports/periods.js";
import { getRegion } from "../../src/registration/registry.js";
import { tipsCb } from "../../src/bot/features/tips/callbacks.js";
import { syncActivityLibrary } from "../../src/tips/library-sync.js";
import { planWeek } from "../../src/tips/plan-week.js";
import { joinedUser } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { kindergartenGroup, parentIn, twoActivityLibrary } from "../helpers/tips.js";

let database: Database;
let t: TestBot;
const admin = newUser();
useBotSpec((spec) => ({ database, t } = spec), { adminIds: [admin.id] });

const monday = new Date("2036-11-24T01:00:00Z");
const lift = tipsCb.lift.pack("aktobe", "on");

/** A control group in Aktobe (kindergarten 11) with one parent: what a lift would start sending to. */
async function controlParent() {
  await kindergartenGroup(database.db, { registryNo: 11, arm: "control", name: "Control" });
  await parentIn(t, database.db, 11, "Control");
}

const planned = async () => (await planWeek(database.db, { now: monday, perHour: 1000 })).planned;
const lifts = () => database.db.select().from(auditLog).where(eq(auditLog.action, "tips.control_lifted"));
/** The pilot runs until 20 December 2036 (its last reporting period's due day). */
const pilotRunsUntilDecember = () => upsertPeriod(database.db, { year: 2036, quarter: 4, opensOn: "2036-12-01", dueOn: "2036-12-20" });

beforeEach(async () => {
  t.setNow(monday);
  await syncActivityLibrary(database.db, twoActivityLibrary());
  await controlParent();
});

describe("lifting the control-group restriction", () => {
  it("after the pilot's end asks for a confirmation naming the region and the consequence; cancelling changes nothing; confirming lifts it, audited", async () => {
    // The seeded periods end on 20.11.2026: the pilot is over in 2036.
    const aktobe = (await getRegion(database.db, "aktobe"))!;
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" });
    const view = await t.send(methodologist, "/tips");
    const asked = await t.press(methodologist, view.button("Открыть и контрольным").data);
    expect(asked.text).toContain(`Регион: ${aktobe.nameRu}`);
    expect(asked.text).toContain("Со следующей недели занятия начнут получать родители детей из всех контрольных групп региона");
    expect(asked.text).toContain("потеряет контрольные группы этого региона");
    expect(await planned()).toBe(0);
    expect((await t.press(methodologist, asked.button("Отмена").data)).alerts).toEqual(["Ограничение не снято."]);
    expect(await planned()).toBe(0);
    const again = await t.press(methodologist, view.button("Открыть и контрольным").data);
    const done = await t.press(methodologist, again.button("Да, снять ограничение").data);
    expect(done.text).toContain("со следующей недели");
    expect(await planned()).toBe(1);
    const [entry] = await lifts();
    expect(entry).toMatchObject({ actorId: methodologist.id, details: { region: "aktobe", override: false, at: monday.toISOString(), pilotEnd: "2026-11-20" } });

    const kk = await joinedUser(t, database.db, { role: "regional_admin", regionCode: "aktobe" }, "kk");
    expect((await t.send(kk, "/tips")).text).toContain("бақылау топтарындағы");
  });

  it("in Kazakh, the confirmation names the region and the consequence too", async () => {
    const aktobe = (await getRegion(database.db, "aktobe"))!;
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const asked = await t.press(methodologist, lift);
    expect(asked.text).toContain(`Өңір: ${aktobe.nameKk}`);
    expect(asked.text).toContain("Келесі аптадан бастап өңірдің барлық бақылау топтарындағы");
    expect(asked.button("Иә, шектеуді алу").data).toBeTruthy();
  });

  it("before the pilot's end date it is refused, with the date; forged confirmations are refused too and nothing changes", async () => {
    await pilotRunsUntilDecember();
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" });
    const refused = await t.press(methodologist, lift);
    expect(refused.text).toContain("До окончания проекта (20.12.2036) ограничение снять нельзя");
    expect(refused.buttons).toHaveLength(0);
    expect((await t.press(methodologist, tipsCb.liftConfirm.pack("aktobe", "0", "p"))).alerts[0]).toContain("До окончания проекта");
    expect((await t.press(methodologist, tipsCb.liftConfirm.pack("aktobe", "0", "o"))).alerts[0]).toMatch(/недоступно/);
    expect((await t.press(methodologist, tipsCb.liftOverride.pack("aktobe", "0"))).alerts[0]).toMatch(/недоступно/);
    const outsider = await joinedUser(t, database.db, { role: "methodologist", regionCode: "astana" });
    expect((await t.press(outsider, tipsCb.liftConfirm.pack("aktobe", "0", "p"))).alerts[0]).toMatch(/недоступно/);
    expect(await planned()).toBe(0);
    expect(await lifts()).toHaveLength(0);
  });

  it("a national administrator may override before the end, only through its own confirmation step, and the override is audited", async () => {
    await pilotRunsUntilDecember();
    await t.meet(admin, "ru");
    const refused = await t.press(admin, lift);
    expect(refused.text).toContain("До окончания проекта (20.12.2036)");
    expect(refused.text).toContain("досрочно");
    expect(refused.buttons.map((b) => b.text)).toEqual(["Снять досрочно", "Отмена"]);
    expect(await planned()).toBe(0);
    const early = await t.press(admin, refused.button("Снять досрочно").data);
    expect(early.text).toContain("⚠️ Досрочно: проект ещё не завершён (дата окончания: 20.12.2036)");
    expect(early.text).toContain("потеряет контрольные группы этого региона");
    expect(await planned()).toBe(0);
    await t.press(admin, early.button("Да, снять досрочно").data);
    expect(await planned()).toBe(1);
    const [entry] = await lifts();
    expect(entry).toMatchObject({ actorId: admin.id, details: { region: "aktobe", override: true, pilotEnd: "2036-12-20" } });
  });

  it("a confirmation pressed after the setting changed, or pressed twice, is stale and changes nothing", async () => {
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" });
    const other = await joinedUser(t, database.db, { role: "regional_admin", regionCode: "aktobe" });
    const first = await t.press(methodologist, lift);
    // Meanwhile the regional administrator lifts and puts the restriction back.
    const second = await t.press(other, lift);
    t.setNow(new Date(monday.getTime() + 60_000));
    await t.press(other, second.button("Да, снять ограничение").data);
    t.setNow(new Date(monday.getTime() + 120_000));
    await t.press(other, tipsCb.lift.pack("aktobe", "off"));
    expect(await planned()).toBe(0);
    const stale = await t.press(methodologist, first.button("Да, снять ограничение").data);
    expect(stale.alerts[0]).toContain("Эта кнопка устарела");
    expect(await planned()).toBe(0);
    // The used confirmation again, after a fresh one lifted it: stale too, one audit entry per lift.
    const fresh = await t.press(methodologist, lift);
    t.setNow(new Date(monday.getTime() + 180_000));
    await t.press(methodologist, fresh.button("Да, снять ограничение").data);
    expect((await t.press(methodologist, fresh.button("Да, снять ограничение").data)).alerts[0]).toContain("Эта кнопка устарела");
    expect(await lifts()).toHaveLength(2);
    expect((await t.press(methodologist, tipsCb.liftConfirm.pack("aktobe", "zzz", "p"))).alerts[0]).toContain("Эта кнопка устарела");
  });
});
