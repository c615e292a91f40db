import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../../src/db/client.js";
import { memberships, organizationMemberCounts, organizations, quarterlyReports, users } from "../../../src/db/schema/index.js";
import { buildDigest } from "../../../src/outputs/digests/build-digest.js";
import { digestSections } from "../../../src/outputs/digests/registry.js";
import { attentionLines, summaryLines } from "../../../src/outputs/digests/render.js";
import { defineSection, type DigestText } from "../../../src/outputs/digests/section.js";
import { erasePerson } from "../../../src/registration/leave.js";
import { joinedUser, orgByRegistryNo } from "../../helpers/fixtures.js";
import type { TestBot } from "../../../testing/test-bot.js";
import { useBotSpec } from "../../helpers/spec.js";
import { seedAktobe } from "./fixtures.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

const text: DigestText = { language: "ru", t: (key, params) => `${key}${params ? ` ${JSON.stringify(params)}` : ""}` };

describe("a feature adds its section to the digest", () => {
  it("its query, totals, attention and lines join every level without touching the others", async () => {
    const seeded = await seedAktobe(t, database.db);
    // A stand-in for a coming feature (open days, say): attendance per kindergarten, from its own query.
    const openDays = defineSection<{ attended: number }, { attended: number; kindergartens: number }>({
      key: "open-days",
      async load({ db, scope }) {
        const rows = await db.select({ id: organizations.id }).from(organizations).where(scope.kind === "region" ? eq(organizations.regionCode, scope.regionCode) : sql`true`);
        return new Map(rows.filter((r) => r.id === seeded.o11.id || r.id === seeded.o12.id).map((r) => [r.id, { attended: r.id === seeded.o11.id ? 3 : 0 }]));
      },
      empty: () => ({ attended: 0, kindergartens: 0 }),
      add(total, facts) {
        if (!facts) return;
        total.attended += facts.attended;
        total.kindergartens += 1;
      },
      attention: (facts) => (facts && facts.attended === 0 ? ["no-head"] : []),
      render: (total, { t }) => [t("open-days-attended", { n: total.attended, kindergartens: total.kindergartens })],
    });
    const sections = [...digestSections, openDays];
    const region = await buildDigest(database.db, { kind: "region", regionCode: "aktobe" }, seeded.q4, t.now, sections);
    expect(region.total.totals["open-days"]).toEqual({ attended: 3, kindergartens: 2 });
    expect(region.units.find((u) => u.key === String(seeded.o11.id))!.totals["open-days"]).toEqual({ attended: 3, kindergartens: 1 });
    // Its flag is counted with the others': 12 has a head, but no one attended.
    expect(region.units.find((u) => u.key === String(seeded.o12.id))!.flags).toEqual(["no-head", "heads-unreachable"]);
    expect(summaryLines(region, text, sections).at(-1)).toBe('open-days-attended {"n":3,"kindergartens":2}');

    const country = await buildDigest(database.db, { kind: "national" }, seeded.q4, t.now, sections);
    expect(country.units).toHaveLength(20);
    expect(country.units.find((u) => u.key === "aktobe")!.totals["open-days"]).toEqual({ attended: 3, kindergartens: 2 });
    expect(attentionLines(country.total, text)).toContain('status-attention-no-head {"count":99}');
    // Without the section, nothing of it appears.
    const plain = await buildDigest(database.db, { kind: "region", regionCode: "aktobe" }, seeded.q4, t.now);
    expect(plain.total.totals["open-days"]).toBeUndefined();
    expect(summaryLines(plain, text).join("\n")).not.toContain("open-days");
  });
});

describe("organization_member_counts stays exact", () => {
  async function expectCountsMatch(db: Database["db"]) {
    const live = await db
      .select({
        organizationId: memberships.organizationId,
        role: memberships.role,
        n: sql<number>`count(*)::int`,
        unreachable: sql<number>`(count(*) filter (where ${users.unreachableAt} is not null))::int`,
      })
      .from(memberships)
      .innerJoin(users, eq(users.telegramId, memberships.userId))
      .where(sql`${memberships.organizationId} is not null`)
      .groupBy(memberships.organizationId, memberships.role);
    const kept = await db.select().from(organizationMemberCounts).where(sql`${organizationMemberCounts.members} > 0`);
    const key = (o: number | null, r: string) => `${o}:${r}`;
    expect(new Map(kept.map((k) => [key(k.organizationId, k.role), `${k.members}/${k.unreachable}`]))).toEqual(
      new Map(live.map((l) => [key(l.organizationId, l.role), `${l.n}/${l.unreachable}`])),
    );
    return kept;
  }

  it("through joining, leaving, becoming unreachable and reachable again, a user deleted with their memberships, and a membership moved", async () => {
    const org11 = await orgByRegistryNo(database.db, 11);
    const org12 = await orgByRegistryNo(database.db, 12);
    const parents = [];
    for (let i = 0; i < 3; i++) parents.push(await joinedUser(t, database.db, { role: "parent", organizationId: org11.id }, "kk"));
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org11.id }, "ru");
    await joinedUser(t, database.db, { role: "parent", organizationId: org12.id }, "ru");
    await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    expect((await expectCountsMatch(database.db)).find((k) => k.organizationId === org11.id && k.role === "parent")!.members).toBe(3);

    const unreachable = (id: number, at: Date | null) => database.db.update(users).set({ unreachableAt: at }).where(eq(users.telegramId, id));
    await unreachable(parents[0]!.id, new Date());
    await unreachable(parents[1]!.id, new Date());
    await unreachable(parents[2]!.id, new Date());
    await unreachable(head.id, new Date());
    expect((await expectCountsMatch(database.db)).find((k) => k.organizationId === org11.id && k.role === "parent")!.unreachable).toBe(3);
    await unreachable(parents[2]!.id, null);
    await unreachable(parents[2]!.id, null);
    await erasePerson(database.db, parents[0]!.id, t.now);
    await database.db.delete(users).where(eq(users.telegramId, parents[1]!.id));
    await database.db.update(memberships).set({ organizationId: org12.id, scopeKey: `org:${org12.id}` }).where(eq(memberships.userId, head.id));
    const kept = await expectCountsMatch(database.db);
    expect(kept.find((k) => k.organizationId === org11.id && k.role === "parent")).toMatchObject({ members: 1, unreachable: 0 });
    expect(kept.find((k) => k.organizationId === org12.id && k.role === "head")).toMatchObject({ members: 1, unreachable: 1 });
  });
});

describe("the country's digest adds up per region in the database", () => {
  it("gives the same totals as adding up every kindergarten", async () => {
    const seeded = await seedAktobe(t, database.db);
    // Another region with figures too, and a quarter that is not the first.
    const atyrau = await orgByRegistryNo(database.db, 21);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: atyrau.id }, "kk");
    void head;
    const perKindergarten = digestSections.map((s) => ({ ...s, loadByRegion: undefined, merge: undefined, attentionSql: undefined }));
    // The fourth quarter after and before its due day (nothing overdue yet), and the first quarter.
    for (const [period, now] of [[seeded.q4, t.now], [seeded.q4, new Date("2026-11-10T05:00:00Z")], [seeded.q1, t.now]] as const) {
      const fast = await buildDigest(database.db, { kind: "national" }, period, now);
      const slow = await buildDigest(database.db, { kind: "national" }, period, now, perKindergarten);
      expect(fast.rowsRead.groups).toBeLessThanOrEqual(20);
      expect(slow.rowsRead.groups).toBe(2);
      expect(fast.rowsRead.organizations).toBeLessThanOrEqual(20); // no row per kindergarten
      expect(slow.rowsRead.organizations).toBe(100);
      expect(fast.total.totals).toEqual(slow.total.totals);
      expect(fast.units.map((u) => u.totals)).toEqual(slow.units.map((u) => u.totals));
      // Attention counted per region in the database agrees with flagging every kindergarten.
      const attention = (d: typeof fast) => [d.total, ...d.units].map((u) => ({ key: u.key, kindergartens: u.kindergartens, attention: u.attention, flagged: u.flagged }));
      expect(attention(fast)).toEqual(attention(slow));
      expect(summaryLines(fast, text)).toEqual(summaryLines(slow, text));
      expect(attentionLines(fast.total, text)).toEqual(attentionLines(slow.total, text));
    }
  });
});

describe("skill levels are read from the numbers the database keeps beside the answers", () => {
  it("counts only reports whose three levels are numbers, the same per region as per kindergarten", async () => {
    const seeded = await seedAktobe(t, database.db);
    // Kindergarten 12's Q4 answers hold text where numbers belong (a form of another version, a typo).
    const [r12] = await database.db.select().from(quarterlyReports).where(and(eq(quarterlyReports.organizationId, seeded.o12.id), eq(quarterlyReports.periodId, seeded.q4.id)));
    expect(r12).toMatchObject({ skillExpHigh: 6, skillExpMiddle: 8, skillExpLow: 6, skillCtlHigh: 3 });
    const answers = { ...r12!.answers, exp_high: "7", exp_middle: "8", exp_low: 4, ctl_high: "много", ctl_middle: -1, ctl_low: "" };
    // The largest figures the columns take add up without overflowing in the country's sums.
    const huge = { ...answers, exp_high: 999_999_999, exp_middle: 999_999_999, exp_low: 999_999_999 };
    await database.db.update(quarterlyReports).set({ answers: huge }).where(eq(quarterlyReports.id, r12!.id));
    await database.db.insert(quarterlyReports).values({ organizationId: seeded.o12.id, periodId: seeded.q1.id, status: "accepted", formVersion: r12!.formVersion, answers: huge });
    await buildDigest(database.db, { kind: "national" }, seeded.q4, t.now);
    await database.db.delete(quarterlyReports).where(and(eq(quarterlyReports.organizationId, seeded.o12.id), eq(quarterlyReports.periodId, seeded.q1.id)));
    await database.db.update(quarterlyReports).set({ answers }).where(eq(quarterlyReports.id, r12!.id));
    const [after] = await database.db.select().from(quarterlyReports).where(eq(quarterlyReports.id, r12!.id));
    expect(after).toMatchObject({ skillExpHigh: 7, skillExpMiddle: 8, skillExpLow: 4, skillCtlHigh: null, skillCtlMiddle: null, skillCtlLow: null });
    // The form asks for whole numbers: a decimal, a number too long for the column, or nothing at all are not figures.
    for (const odd of [{ exp_middle: "8.5" }, { exp_middle: "9999999999" }, { exp_high: 0, exp_middle: 0, exp_low: 0 }]) {
      await database.db.update(quarterlyReports).set({ answers: { ...answers, ...odd } }).where(eq(quarterlyReports.id, r12!.id));
      const [row] = await database.db.select().from(quarterlyReports).where(eq(quarterlyReports.id, r12!.id));
      expect(row).toMatchObject({ skillExpHigh: null, skillExpMiddle: null, skillExpLow: null });
    }
    await database.db.update(quarterlyReports).set({ answers }).where(eq(quarterlyReports.id, r12!.id));

    // 12 also reported in the first quarter, both arms usable: only its experimental change counts.
    await database.db.insert(quarterlyReports).values({
      organizationId: seeded.o12.id, periodId: seeded.q1.id, status: "accepted", formVersion: r12!.formVersion,
      answers: { ...r12!.answers, exp_high: 2, exp_middle: 10, exp_low: 8, ctl_high: 2, ctl_middle: 10, ctl_low: 8 },
    });
    const perKindergarten = digestSections.map((s) => ({ ...s, loadByRegion: undefined, merge: undefined }));
    const fast = await buildDigest(database.db, { kind: "national" }, seeded.q4, t.now);
    const slow = await buildDigest(database.db, { kind: "national" }, seeded.q4, t.now, perKindergarten);
    expect(fast.total.totals.skills).toEqual(slow.total.totals.skills);
    const skills = fast.total.totals.skills as { arms: Record<string, { kindergartens: number; levels: object; paired: object }> };
    // Experimental: 11 (10/8/2) and 12 (7/8/4); control: 11 only (5/9/4), 12's control answers are not numbers.
    expect(skills.arms.experimental).toMatchObject({ kindergartens: 2, levels: { high: 17, middle: 16, low: 6 } });
    expect(skills.arms.control).toMatchObject({ kindergartens: 1, levels: { high: 5, middle: 9, low: 4 } });
    expect(skills.arms.experimental!.paired).toEqual({ kindergartens: 2, nowHigh: 17, nowAll: 39, firstHigh: 7, firstAll: 40 });
    expect(skills.arms.control!.paired).toEqual({ kindergartens: 1, nowHigh: 5, nowAll: 18, firstHigh: 4, firstAll: 18 });
  });
});
