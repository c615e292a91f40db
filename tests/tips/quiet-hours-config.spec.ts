import { beforeEach, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { kindergartenGroups, tipDeliveries } from "../../src/db/schema/index.js";
import { quietHoursSchema } from "../../src/delivery/quiet-hours.js";
import { addGroup } from "../../src/reports/groups.js";
import { syncActivityLibrary } from "../../src/tips/library-sync.js";
import type { LibraryActivity } from "../../src/tips/library/schema.js";
import { planWeek } from "../../src/tips/plan-week.js";
import { tipHours, updateTipSettings } from "../../src/tips/settings.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import { newUser, type TestBot } from "../helpers/test-bot.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

const monday = new Date("2036-11-24T01:00:00Z"); // 06:00 Almaty
const library: LibraryActivity[] = [1, 2].map((n) => ({
  slug: `activity-${n}`,
  direction: "household" as const,
  season: "any" as const,
  minutes: 10,
  kk: { title: `kk-title-${n}`, activity: "kk ".padEnd(200, "."), words: ["алма", "нан", "сүт"] },
  ru: { title: `ru-title-${n}`, activity: "ru ".padEnd(200, "."), words: ["яблоко", "хлеб", "молоко"] },
}));

async function parent() {
  const db = database.db;
  const org = await orgByRegistryNo(db, 11);
  const groups = await db.select().from(kindergartenGroups);
  if (groups.length === 0) await addGroup(db, { organizationId: org.id, name: "Балапан", ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: null });
  const user = newUser();
  await joinedUser(t, db, { role: "parent", organizationId: org.id }, "ru", user);
  const overview = await t.send(user, "/child");
  const asked = await t.press(user, overview.button("Указать группу").data);
  await t.press(user, asked.button("Балапан").data);
  return user;
}

const almatyHour = (d: Date) => (d.getUTCHours() + 5) % 24;

beforeEach(async () => {
  t.setNow(monday);
  await syncActivityLibrary(database.db, library);
});

describe("the weekly plan and the tips settings follow the configured quiet hours", () => {
  it("quiet hours 22:00–07:00: a parent may choose 07:00 and gets the activity then", async () => {
    const quiet = quietHoursSchema.parse("22:00-07:00");
    expect(tipHours(quiet)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    expect(tipHours()).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    const early = await parent();
    await updateTipSettings(database.db, early.id, { hour: 7 }, monday, quiet);
    await expect(updateTipSettings(database.db, early.id, { hour: 7 }, monday)).rejects.toThrow(); // not under the default 21:00–08:00
    expect((await planWeek(database.db, { now: monday, perHour: 1000, quietHours: quiet })).planned).toBe(1);
    const [row] = await database.db.select().from(tipDeliveries);
    expect(almatyHour(row!.plannedAt)).toBe(7);
  });

  it("quiet hours 21:00–11:00: an hour chosen before (08:00, 10:00) moves to 11:00, never into the quiet hours", async () => {
    const quiet = quietHoursSchema.parse("21:00-11:00");
    const a = await parent();
    await updateTipSettings(database.db, a.id, { hour: 8 }, monday);
    await parent(); // default 10:00
    expect((await planWeek(database.db, { now: monday, perHour: 1000, quietHours: quiet })).planned).toBe(2);
    const rows = await database.db.select().from(tipDeliveries).orderBy(asc(tipDeliveries.id));
    expect(rows.map((r) => almatyHour(r.plannedAt))).toEqual([11, 11]);
  });
});
