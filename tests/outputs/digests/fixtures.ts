import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../src/db/client.js";
import { memberships, organizations, users } from "../../../src/db/schema/index.js";
import { acceptReport } from "../../../src/reports/accept-report.js";
import { ensureReport, replaceAnswers } from "../../../src/reports/report-draft.js";
import { returnReport } from "../../../src/reports/return-report.js";
import { submitReport } from "../../../src/reports/submit-report.js";
import { addGroup } from "../../../src/reports/groups.js";
import { listPeriods } from "../../../src/reports/periods.js";
import { joinedUser, orgByRegistryNo } from "../../helpers/fixtures.js";
import type { TestBot } from "../../../testing/test-bot.js";

export async function periods2026(db: Db) {
  const all = await listPeriods(db);
  const q = (quarter: number) => all.find((p) => p.year === 2026 && p.quarter === quarter)!;
  return { q1: q(1), q2: q(2), q3: q(3), q4: q(4) };
}

/** Hands a report in as a head of the kindergarten (a head for the moment, when it has none). */
export async function handIn(db: Db, organizationId: number, periodId: number, answers: Record<string, unknown>, at: Date, headId?: number) {
  const report = await ensureReport(db, organizationId, periodId);
  await replaceAnswers(db, report.id, answers as never);
  const submitter = headId ?? 900_000_000 + organizationId;
  if (!headId) {
    await db.insert(users).values({ telegramId: submitter, language: "ru" }).onConflictDoNothing();
    await db.insert(memberships).values({ userId: submitter, role: "head", organizationId, scopeKey: `org:${organizationId}` });
  }
  const result = await submitReport(db, { reportId: report.id, userId: submitter, now: at });
  if (!headId) await db.delete(users).where(eq(users.telegramId, submitter));
  if (!result.ok) throw new Error(`could not hand in: ${JSON.stringify(result)}`);
  return report.id;
}

/**
 * Aktobe (registry 11–15) in the fourth quarter of 2026, seen on 22.11.2026 (two days after the due day):
 *  11 accepted (on time), head registered, two parents (one unreachable), groups 20 exp / 18 ctl,
 *     skills Q1 exp 5/10/5 ctl 4/10/4 → Q4 exp 10/8/2 ctl 5/9/4;
 *  12 submitted late, its head unreachable, skills Q4 exp 6/8/6 ctl 3/10/5;
 *  13 returned (not resubmitted); 14 draft in progress; 15 not started. Other regions: nothing.
 */
export async function seedAktobe(t: TestBot, db: Db) {
  const { q1, q4 } = await periods2026(db);
  const org = async (n: number) => orgByRegistryNo(db, n);
  const [o11, o12, o13, o14, o15] = await Promise.all([org(11), org(12), org(13), org(14), org(15)]);
  const head11 = await joinedUser(t, db, { role: "head", organizationId: o11!.id }, "ru");
  const head12 = await joinedUser(t, db, { role: "head", organizationId: o12!.id }, "kk");
  await db.update(users).set({ unreachableAt: new Date("2026-11-21T05:00:00Z") }).where(eq(users.telegramId, head12.id));
  const parentA = await joinedUser(t, db, { role: "parent", organizationId: o11!.id }, "kk");
  const parentB = await joinedUser(t, db, { role: "parent", organizationId: o11!.id }, "ru");
  await db.update(users).set({ unreachableAt: new Date("2026-11-21T05:00:00Z") }).where(eq(users.telegramId, parentB.id));
  await addGroup(db, { organizationId: o11!.id, name: "Күншуақ", ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: null });
  await addGroup(db, { organizationId: o11!.id, name: "Балапан", ageBand: "senior", childrenCount: 18, arm: "control", createdBy: null });
  await addGroup(db, { organizationId: o12!.id, name: "Ақбота", ageBand: "middle", childrenCount: 20, arm: "experimental", createdBy: null });
  await addGroup(db, { organizationId: o12!.id, name: "Шұғыла", ageBand: "middle", childrenCount: 18, arm: "control", createdBy: null });
  const base = { directions: ["medicine"], zones: 0, best_practice: "Тәжірибе", best_practice_photos: [], difficulties: "Жоқ", help_topics: [], help_text: null };
  const q1r = await handIn(db, o11!.id, q1.id, { ...base, activities: 8, meetings: 1, parents: 20, exp_high: 5, exp_middle: 10, exp_low: 5, ctl_high: 4, ctl_middle: 10, ctl_low: 4 }, new Date("2026-04-01T05:00:00Z"), head11.id);
  await acceptReport(db, { reportId: q1r, reviewerId: 1, now: new Date("2026-04-02T05:00:00Z") });
  const r11 = await handIn(db, o11!.id, q4.id, { ...base, activities: 12, meetings: 3, parents: 40, exp_high: 10, exp_middle: 8, exp_low: 2, ctl_high: 5, ctl_middle: 9, ctl_low: 4 }, new Date("2026-11-15T05:00:00Z"), head11.id);
  await acceptReport(db, { reportId: r11, reviewerId: 1, now: new Date("2026-11-16T05:00:00Z") });
  await handIn(db, o12!.id, q4.id, { ...base, activities: 20, meetings: 1, parents: 10, exp_high: 6, exp_middle: 8, exp_low: 6, ctl_high: 3, ctl_middle: 10, ctl_low: 5 }, new Date("2026-11-21T05:00:00Z"), head12.id);
  const r13 = await handIn(db, o13!.id, q4.id, { ...base, activities: 2, meetings: 0, parents: 0 }, new Date("2026-11-19T05:00:00Z"));
  await returnReport(db, { reportId: r13, reviewerId: 1, fieldComments: { activities: "Нақтылаңыз" }, comment: null, now: new Date("2026-11-20T05:00:00Z") });
  const r14 = await ensureReport(db, o14!.id, q4.id);
  await replaceAnswers(db, r14.id, { activities: 3 } as never);
  return { o11: o11!, o12: o12!, o13: o13!, o14: o14!, o15: o15!, head11, head12, q1, q4 };
}

/** `count` more kindergartens in a region, with names of `nameLength` characters (national-size lists). */
export async function addKindergartens(db: Db, regionCode: string, count: number, nameLength = 300) {
  await db.execute(sql`
    insert into organizations (registry_no, region_code, name, legal_form)
    select 1000 + g, ${regionCode}, left('«Бөбекжай-бақша № ' || g || '» ' || repeat('өте ұзын ресми атауы бар мектепке дейінгі ұйым ', 10), ${nameLength}), 'МКҚК'
    from generate_series(1, ${count}) g`);
  return db.select({ id: organizations.id, registryNo: organizations.registryNo, name: organizations.name }).from(organizations).where(eq(organizations.regionCode, regionCode));
}
