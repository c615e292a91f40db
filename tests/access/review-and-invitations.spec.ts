import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { memberships, quarterlyReports, reportReviews } from "../../src/db/schema/index.js";
import { cb } from "../../src/shared/callback-data.js";
import { acceptReport } from "../../src/reports/accept-report.js";
import { ensureReport, findReportingPeriod, replaceAnswers } from "../../src/reports/report-draft.js";
import { returnReport } from "../../src/reports/return-report.js";
import { submitReport } from "../../src/reports/submit-report.js";
import { addGroup } from "../../src/reports/groups.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type Outcome, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;
const NOW = new Date("2026-11-12T06:00:00Z");
const NOT_ALLOWED = "Извините, это действие недоступно для вашей роли.";

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { now: NOW });

function linkIn(out: Outcome): string {
  const link = /start=([A-Za-z0-9_-]{22})/.exec(out.text);
  if (!link) throw new Error(`no link in ${out.text}`);
  return link[1]!;
}

const fullAnswers = {
  directions: ["medicine"], activities: 14, meetings: 2, parents: 31, zones: 0,
  exp_high: 6, exp_middle: 10, exp_low: 4, ctl_high: 3, ctl_middle: 9, ctl_low: 6,
  best_practice: "Неделя профессий", best_practice_photos: ["photo-a"], difficulties: "Нет", help_topics: [], help_text: null,
};

async function submittedBy(organizationId: number, userId: number) {
  await addGroup(database.db, { organizationId, name: "Айгөлек", ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: null });
  await addGroup(database.db, { organizationId, name: "Ботақан", ageBand: "senior", childrenCount: 18, arm: "control", createdBy: null });
  const period = (await findReportingPeriod(database.db, NOW))!;
  const report = await ensureReport(database.db, organizationId, period.id);
  await replaceAnswers(database.db, report.id, fullAnswers);
  const result = await submitReport(database.db, { reportId: report.id, userId, now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return report.id;
}

describe("nobody reviews their own report", () => {
  it("a methodologist cannot use the head invitation they created for themselves", async () => {
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const orgs = await t.press(methodologist, (await t.send(methodologist, "/invite")).button("Заведующ").data);
    const token = linkIn(await t.press(methodologist, orgs.buttons[0]!.data));
    const offer = await t.send(methodologist, `/start ${token}`);
    expect(offer.text).toBe("Это приглашение создали вы сами, поэтому воспользоваться им не можете. Передайте его тому, кого приглашаете.");
    expect(offer.buttons).toEqual([]);
    // A forged confirm button with that token binds nobody either.
    expect((await t.press(methodologist, cb.joinConfirm.pack(token))).text).toContain("создали вы сами");
    expect(await database.db.select().from(memberships).where(eq(memberships.userId, methodologist.id))).toHaveLength(1);
    // The person it was meant for still can use it.
    const head = newUser();
    await t.meet(head, "ru");
    const real = await t.send(head, `/start ${token}`);
    expect((await t.press(head, real.buttons[0]!.data)).text).toContain("Готово");
  });

  it("a methodologist who also heads a kindergarten of the region neither sees nor decides its report", async () => {
    const org = await orgByRegistryNo(database.db, 12);
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru", methodologist);
    const reportId = await submittedBy(org.id, methodologist.id);
    expect((await t.send(methodologist, "/review")).text).toBe("Отчётов, ожидающих проверки, нет.");
    expect((await t.press(methodologist, `rv-open:${reportId}`)).alerts).toEqual([NOT_ALLOWED]);
    expect((await t.press(methodologist, `rv-acc:${reportId}`)).alerts).toEqual([NOT_ALLOWED]);
    expect((await t.press(methodologist, `rv-ret:${reportId}`)).alerts).toEqual([NOT_ALLOWED]);
    // The services refuse too, whoever calls them.
    expect(await acceptReport(database.db, { reportId, reviewerId: methodologist.id, now: NOW })).toBe(false);
    expect(await returnReport(database.db, { reportId, reviewerId: methodologist.id, fieldComments: { activities: "x" }, comment: null, now: NOW })).toBe(false);
    expect((await database.db.select().from(quarterlyReports).where(eq(quarterlyReports.id, reportId)))[0]!.status).toBe("submitted");
    expect(await database.db.select().from(reportReviews)).toEqual([]);

    // Another methodologist of the region reviews it as usual.
    const colleague = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const list = await t.send(colleague, "/review");
    expect(list.text).toContain("Ожидают проверки: 1");
    expect((await t.press(colleague, `rv-acc:${reportId}`)).text).toContain("Отчёт принят");
  });

  it("having submitted a version is enough to be refused, even after leaving the kindergarten", async () => {
    const org = await orgByRegistryNo(database.db, 13);
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru", methodologist);
    const reportId = await submittedBy(org.id, methodologist.id);
    await database.db.delete(memberships).where(eq(memberships.role, "head"));
    expect((await t.press(methodologist, `rv-acc:${reportId}`)).alerts).toEqual([NOT_ALLOWED]);
    expect((await database.db.select().from(quarterlyReports).where(eq(quarterlyReports.id, reportId)))[0]!.status).toBe("submitted");
  });
});

describe("numbers in buttons are bounded where they are parsed", () => {
  it("ids beyond int4 (or not whole) are refused as forged buttons, never reaching the database", async () => {
    expect(cb.groupsOrg.unpack("grp-org:2147483647")).toEqual([2147483647]);
    expect(cb.groupsOrg.unpack("grp-org:2147483648")).toBeNull();
    expect(cb.parentLinkShow.unpack("pl-show:99999999999999999999")).toBeNull();
    expect(cb.groupsRegion.unpack("grp-reg:aktobe:1e9")).toBeNull();
    const org = await orgByRegistryNo(database.db, 12);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru");
    for (const data of ["grp-org:99999999999", "grp-arc:2147483648", "pl-show:1e12", "rp-take:4294967296", "rv-open:99999999999", "inv-org:head:2147483648", "leave-one:9999999999"]) {
      const out = await t.press(head, data);
      expect(out.called("answerCallbackQuery")).toHaveLength(1);
      expect(t.errors).toEqual([]);
    }
  });
});
