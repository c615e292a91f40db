import { describe, expect, it } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { rowsOf } from "../../src/db/rows-of.js";
import { activities, outbox, tipDeliveries, tipDose, users } from "../../src/db/schema/index.js";
import { buildDigest } from "../../src/outputs/digests/build-digest.js";
import { digestSections } from "../../src/outputs/digests/registry.js";
import { addGroup, setGroupArm } from "../../src/reports/groups.js";
import { erasePerson } from "../../src/registration/leave.js";
import { orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestBot } from "../../testing/test-bot.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

/** The "dose" counted the slow way, from the deliveries and their outbox rows (the digests' definition). */
async function liveDose() {
  const result = await database.db.execute(sql`
    SELECT g.organization_id AS "organizationId", g.arm, date_trunc('quarter', d.planned_at AT TIME ZONE 'Asia/Almaty')::date::text AS "quarterStart",
      count(*)::int AS sent, count(*) FILTER (WHERE d.feedback = 'done')::int AS done
    FROM tip_deliveries d
    JOIN outbox o ON o.dedup_key = 'tip:' || d.id AND o.status = 'sent'
    CROSS JOIN LATERAL jsonb_array_elements_text(d.group_ids) AS gid(id)
    JOIN kindergarten_groups g ON g.id = gid.id::integer
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
  return rowsOf<{ organizationId: number; arm: string; quarterStart: string; sent: number; done: number }>(result);
}

async function keptDose() {
  const rows = await database.db.select().from(tipDose).orderBy(asc(tipDose.organizationId), asc(tipDose.arm), asc(tipDose.quarterStart));
  return rows.filter((r) => r.sent !== 0 || r.done !== 0);
}

describe("the dose the digests count is kept by the database as tips go out and parents answer", () => {
  it("matches the count from deliveries and the outbox through sending, answers changed, two groups, two quarters and a parent who left", async () => {
    const db = database.db;
    const o11 = await orgByRegistryNo(db, 11);
    const o21 = await orgByRegistryNo(db, 21);
    const g = {
      a: await addGroup(db, { organizationId: o11.id, name: "A", ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: null }),
      b: await addGroup(db, { organizationId: o11.id, name: "B", ageBand: "middle", childrenCount: 18, arm: "experimental", createdBy: null }),
      c: await addGroup(db, { organizationId: o11.id, name: "C", ageBand: "senior", childrenCount: 19, arm: "control", createdBy: null }),
      d: await addGroup(db, { organizationId: o21.id, name: "D", ageBand: "senior", childrenCount: 21, arm: "experimental", createdBy: null }),
    };
    const [activity] = await db
      .insert(activities)
      .values({ slug: "dose", direction: "household", season: "any", minutes: 10, content: {}, position: 1 })
      .returning();
    await db.insert(users).values([1, 2, 3, 4, 5, 6].map((n) => ({ telegramId: 7_000_000 + n, language: "ru" as const })));
    const plan = async (user: number, groups: number[], plannedAt: string, weekStart: string) => {
      const [d] = await db
        .insert(tipDeliveries)
        .values({ userId: 7_000_000 + user, weekStart, activityId: activity!.id, groupIds: groups, plannedAt: new Date(plannedAt) })
        .returning();
      await db.insert(outbox).values({ chatId: 7_000_000 + user, kind: "tip", priority: "bulk", templateKey: "tips-weekly", dedupKey: `tip:${d!.id}` });
      return d!.id;
    };
    const send = (id: number) => db.update(outbox).set({ status: "sent", sentAt: new Date() }).where(eq(outbox.dedupKey, `tip:${id}`));
    const answer = (id: number, feedback: "done" | "too_hard" | "not_for_us" | null) => db.update(tipDeliveries).set({ feedback }).where(eq(tipDeliveries.id, id));

    // Saturday 28.11.2026 10:00 Almaty (Q4); a parent of two children in A and B; one in C (control, lifted); one in D (another region).
    const p1 = await plan(1, [g.a.id, g.b.id], "2026-11-28T05:00:00Z", "2026-11-23");
    const p2 = await plan(2, [g.c.id], "2026-11-28T05:00:00Z", "2026-11-23");
    const p3 = await plan(3, [g.d.id], "2026-11-28T05:00:00Z", "2026-11-23");
    // 00:30 on 1 January 2027 in Almaty (UTC+5) is the first quarter of 2027 there, still 2026 in UTC.
    const p4 = await plan(4, [g.a.id], "2026-12-31T19:30:00Z", "2026-12-28");
    const p5 = await plan(5, [g.a.id], "2026-11-28T05:00:00Z", "2026-11-23"); // never sent
    expect(await keptDose()).toEqual([]);

    await send(p1);
    await send(p2);
    await answer(p3, "done"); // an answer before the row is sent (not counted until it is)
    await send(p3);
    await send(p4);
    await send(p4); // sent twice: counted once
    await answer(p1, "done");
    await answer(p2, "too_hard");
    await answer(p2, "done");
    await answer(p4, "done");
    await answer(p4, "not_for_us");
    await answer(p5, "done"); // not sent: not counted
    await answer(p1, "done"); // the same answer again
    expect(await keptDose()).toEqual(await liveDose());
    expect((await keptDose()).map((r) => [r.organizationId, r.arm, r.quarterStart, r.sent, r.done])).toEqual([
      [o11.id, "experimental", "2026-10-01", 2, 2],
      [o11.id, "experimental", "2027-01-01", 1, 0],
      [o11.id, "control", "2026-10-01", 1, 1],
      [o21.id, "experimental", "2026-10-01", 1, 1],
    ]);

    // A parent who leaves: their messages are erased with them (so the slow count forgets them), the
    // delivery stays without them and so do the kindergarten's figures.
    await erasePerson(db, 7_000_001, t.now);
    await answer(p2, null);
    expect((await keptDose()).map((r) => [r.organizationId, r.arm, r.quarterStart, r.sent, r.done])).toEqual([
      [o11.id, "experimental", "2026-10-01", 2, 2],
      [o11.id, "experimental", "2027-01-01", 1, 0],
      [o11.id, "control", "2026-10-01", 1, 0],
      [o21.id, "experimental", "2026-10-01", 1, 1],
    ]);

    // A group changes its arm after the tip went out: a later answer is counted where the tip was.
    const p6 = await plan(6, [g.d.id], "2026-11-28T05:00:00Z", "2026-11-23");
    await send(p6);
    await answer(p6, "done");
    await setGroupArm(db, { groupId: g.d.id, arm: "control", by: 1 });
    await answer(p6, "too_hard");
    expect((await keptDose()).find((r) => r.organizationId === o21.id && r.arm === "experimental")).toMatchObject({ sent: 2, done: 1 });
    expect((await database.db.select().from(tipDose)).every((r) => r.sent >= 0 && r.done >= 0 && r.done <= r.sent)).toBe(true);
    await setGroupArm(db, { groupId: g.d.id, arm: "experimental", by: 1 });

    // The country's digest (per region in the database) and adding up every kindergarten agree.
    const periods = await db.execute(sql`SELECT id, year, quarter, opens_on AS "opensOn", due_on AS "dueOn" FROM reporting_periods WHERE year = 2026 AND quarter = 4`);
    const q4 = rowsOf<{ id: number; year: number; quarter: number; opensOn: string; dueOn: string }>(periods)[0]!;
    const period = { ...q4, createdAt: new Date() };
    const perKindergarten = digestSections.map((s) => ({ ...s, loadByRegion: undefined, merge: undefined }));
    const fast = await buildDigest(db, { kind: "national" }, period, t.now);
    const slow = await buildDigest(db, { kind: "national" }, period, t.now, perKindergarten);
    expect(fast.total.totals.tips).toEqual(slow.total.totals.tips);
    expect(fast.total.totals.tips).toMatchObject({ experimental: { sent: 4, done: 3 }, control: { sent: 1, done: 0 } });
    expect(slow.rowsRead.tips).toBe(2);
  });
});
