import { describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { activities, memberships, parentChildren, tipDeliveries, users } from "../../src/db/schema/index.js";
import { addGroup } from "../../src/reports/groups.js";
import { addDays, almatyDay } from "../../src/shared/local-date.js";
import { syncActivityLibrary } from "../../src/tips/library-sync.js";
import { activityLibrary } from "../../src/tips/library/activities.js";
import { seasonOfDay, tipAgeBands } from "../../src/tips/library/schema.js";
import { planWeek } from "../../src/tips/plan-week.js";
import { orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
useBotSpec((spec) => ({ database } = spec));

/** Mondays at 06:00 Almaty, when the weekly plan runs. */
const planAt = (monday: string) => new Date(`${monday}T06:00:00+05:00`);
// The first Monday of each season (2036-09-01 is a Monday).
const seasonStarts = ["2036-09-01", "2036-12-01", "2037-03-02", "2037-06-01"];

describe("a year's worth of activities", () => {
  it("a parent who joins at the start of any season, in any age band of 3–6, gets an in-season activity every week for 52 weeks, none repeated", async () => {
    const db = database.db;
    await syncActivityLibrary(db, activityLibrary);
    const org = await orgByRegistryNo(db, 11);
    const groups = new Map<string, number>();
    for (const band of tipAgeBands) {
      const g = await addGroup(db, { organizationId: org.id, name: `g-${band}`, ageBand: band, childrenCount: 20, arm: "experimental", createdBy: null });
      groups.set(band, g.id);
    }
    const parents: { id: number; start: string; band: string }[] = [];
    let nextId = 9_100_000;
    for (let monday = seasonStarts[0]!; monday <= addDays(seasonStarts.at(-1)!, 51 * 7); monday = addDays(monday, 7)) {
      // Parents join on the Monday their season starts, before the plan runs.
      if (seasonStarts.includes(monday)) {
        for (const band of tipAgeBands) {
          const id = nextId++;
          await db.insert(users).values({ telegramId: id, language: "kk", languageConfirmed: true });
          const [m] = await db.insert(memberships).values({ userId: id, role: "parent", organizationId: org.id, scopeKey: `org:${org.id}` }).returning();
          await db.insert(parentChildren).values({ membershipId: m!.id, userId: id, groupId: groups.get(band)! });
          parents.push({ id, start: monday, band });
        }
      }
      await planWeek(db, { now: planAt(monday), perHour: 10_000 });
    }

    const seasonOf = new Map((await db.select({ id: activities.id, season: activities.season, slug: activities.slug }).from(activities)).map((a) => [a.id, a]));
    const problems: string[] = [];
    for (const p of parents) {
      const rows = await db.select().from(tipDeliveries).where(eq(tipDeliveries.userId, p.id)).orderBy(asc(tipDeliveries.weekStart));
      const weeks = rows.map((r) => r.weekStart);
      for (let w = 0; w < 52; w++) {
        const week = addDays(p.start, 7 * w);
        if (!weeks.includes(week)) problems.push(`${p.band} from ${p.start}: no activity in the week of ${week}`);
      }
      const ids = rows.map((r) => r.activityId);
      if (new Set(ids).size !== ids.length) problems.push(`${p.band} from ${p.start}: a repeat`);
      for (const r of rows) {
        const a = seasonOf.get(r.activityId)!;
        const day = almatyDay(r.plannedAt);
        if (a.season !== "any" && a.season !== seasonOfDay(day)) problems.push(`${p.band} from ${p.start}: ${a.slug} (${a.season}) on ${day}`);
      }
    }
    expect(problems).toEqual([]);
    // About 140 weekly plans, one after another.
  }, 600_000);
});
