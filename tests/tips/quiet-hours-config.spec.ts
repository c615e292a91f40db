import { beforeEach, describe, expect, it } from "vitest";
import { asc } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { tipDeliveries } from "../../src/db/schema/index.js";
import { quietHoursSchema } from "../../src/delivery/quiet-hours.js";
import { syncActivityLibrary } from "../../src/tips/library-sync.js";
import { planWeek } from "../../src/tips/plan-week.js";
import { tipHours, updateTipSettings } from "../../src/tips/settings.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestBot } from "../../testing/test-bot.js";
import { kindergartenGroup, parentIn, twoActivityLibrary } from "../helpers/tips.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

const monday = new Date("2036-11-24T01:00:00Z"); // 06:00 Almaty
/** A parent of kindergarten 11's group «Балапан». */
const parent = () => parentIn(t, database.db, 11, "Балапан");

const almatyHour = (d: Date) => (d.getUTCHours() + 5) % 24;

beforeEach(async () => {
  t.setNow(monday);
  await syncActivityLibrary(database.db, twoActivityLibrary());
  await kindergartenGroup(database.db);
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
