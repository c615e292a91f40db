import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { approveRegion, getRegionApproval, returnRegion, unapproveRegion } from "../../src/approvals/region-approvals.js";
import { cb } from "../../src/shared/callback-data.js";
import type { Database } from "../../src/db/client.js";
import { auditLog, outbox, quarterlyReports, regionApprovals } from "../../src/db/schema/index.js";
import { findPeriod } from "../../src/figures/period-reports.js";
import { loadMemberships, type Actor } from "../../src/registration/actor.js";
import { acceptReport } from "../../src/reports/accept-report.js";
import { ensureReport, replaceAnswers } from "../../src/reports/report-draft.js";
import { returnReport } from "../../src/reports/return-report.js";
import { submitReport } from "../../src/reports/submit-report.js";
import { AFTER_DEADLINE, answers, REVIEWER_ID, seedQuarterReports } from "../files/seed-reports.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import type { TestUser } from "../../testing/updates.js";

let database: Database;
let t: TestBot;
let periodId: number;
let methodologist: TestUser; // Aktobe's methodological centre (ru)
let coordinator: TestUser; // Aktobe's regional department (kk)
let institute: TestUser; // a national coordinator (ru)
let otherMethodologist: TestUser; // East Kazakhstan
let otherCoordinator: TestUser; // East Kazakhstan
let head13: TestUser; // head of Aktobe's 13, whose report was returned (ru)
const admin = newUser();

useBotSpec((spec) => ({ database, t } = spec), { now: AFTER_DEADLINE, adminIds: [admin.id] });

beforeEach(async () => {
  const { db } = database;
  await seedQuarterReports(db);
  periodId = (await findPeriod(db, 2026, 4))!.id;
  methodologist = await joinedUser(t, db, { role: "methodologist", regionCode: "aktobe" }, "ru");
  coordinator = await joinedUser(t, db, { role: "coordinator", regionCode: "aktobe" }, "kk");
  institute = await joinedUser(t, db, { role: "coordinator", regionCode: null }, "ru");
  otherMethodologist = await joinedUser(t, db, { role: "methodologist", regionCode: "east-kazakhstan" }, "ru");
  otherCoordinator = await joinedUser(t, db, { role: "coordinator", regionCode: "east-kazakhstan" }, "ru");
  head13 = await joinedUser(t, db, { role: "head", organizationId: (await orgByRegistryNo(db, 13)).id }, "ru");
});

const approval = async () => (await getRegionApproval(database.db, "aktobe", periodId))?.level ?? null;
const press = (user: TestUser, action: "a" | "u" | "r", level: "c" | "d" | "i", region = "aktobe") => t.press(user, cb.chain.pack(action, level, region, periodId));
const reportOf = async (registryNo: number) => {
  const org = await orgByRegistryNo(database.db, registryNo);
  return (await database.db.select().from(quarterlyReports).where(and(eq(quarterlyReports.organizationId, org.id), eq(quarterlyReports.periodId, periodId))))[0]!;
};
const audit = async (action: string) => database.db.select().from(auditLog).where(eq(auditLog.action, action));
const noticesTo = async (user: TestUser) => database.db.select().from(outbox).where(and(eq(outbox.chatId, user.id), eq(outbox.kind, "approval-chain")));
const actor = async (user: TestUser): Promise<Actor> => ({ telegramId: user.id, isAdmin: false, memberships: await loadMemberships(database.db, user.id) });

/** The centre's approval, after the methodologist has decided the one report that waits (12). */
async function centreApproves() {
  const report12 = await reportOf(12);
  await acceptReport(database.db, { reportId: report12.id, reviewerId: REVIEWER_ID, now: AFTER_DEADLINE });
  const done = await press(methodologist, "a", "c");
  expect(done.text).toContain("Отчёты региона утверждены: Актюбинская область, 4-й квартал 2026 года");
}

describe("the quarter goes up the chain: centre → department → Institute", () => {
  it("each level approves in turn from its /status, is told in its language, and every step is audited", async () => {
    const first = await t.send(methodologist, "/status");
    expect(first.text).toContain("ожидается утверждение методическим центром");
    // 12 still waits for review: the centre cannot approve yet, and nothing changes.
    const early = await t.press(methodologist, first.button("Утвердить отчёты").data!);
    expect(early.text).toContain("отчётов, ожидающих проверки, — 1");
    expect(await approval()).toBeNull();
    expect(await audit("approval.approved")).toHaveLength(0);

    await centreApproves();
    expect(await approval()).toBe("centre");
    expect(await noticesTo(coordinator)).toMatchObject([{ templateKey: "approval-notice-approved", params: { level: "centre" } }]);

    const department = await t.send(coordinator, "/status");
    expect(department.text).toContain("әдістемелік орталық бекітті; білім басқармасының бекітуі күтілуде");
    expect((await t.press(coordinator, department.button("Бекітіп, жолдау").data!)).text).toContain("Балаларды ерте дамыту институтына жолданды");
    expect(await approval()).toBe("department");
    expect(await noticesTo(institute)).toMatchObject([{ templateKey: "approval-notice-approved", params: { level: "department" } }]);

    const country = await t.send(institute, "/status");
    expect(country.text).toContain("Ожидают принятия Институтом: Актюбинская область");
    const region = await t.press(institute, country.button("Актюбинская").data!);
    expect(region.text).toContain("ожидается принятие Институтом раннего развития детей");
    expect((await t.press(institute, region.button("Принять").data!)).text).toContain("Принято Институтом: Актюбинская область");
    expect(await approval()).toBe("institute");
    expect((await t.send(institute, "/status")).text).toContain("Приняты Институтом: Актюбинская область");

    const steps = await audit("approval.approved");
    expect(steps.map((s) => [s.actorId, s.details])).toEqual([
      [methodologist.id, { region: "aktobe", level: "centre" }],
      [coordinator.id, { region: "aktobe", level: "department" }],
      [institute.id, { region: "aktobe", level: "institute" }],
    ]);
  });

  it("a level above returns the quarter down with a comment: the level below is told in its language, and its approval is withdrawn", async () => {
    await centreApproves();
    await press(coordinator, "a", "d");
    // The Institute returns to the department (kk).
    const asked = await press(institute, "r", "i");
    expect(asked.text).toContain("что нужно доработать");
    expect((await t.send(institute, "Нет данных по контрольным группам")).text).toContain("Возвращено на доработку: Актюбинская область");
    expect(await approval()).toBe("centre");
    const toDepartment = await noticesTo(coordinator);
    expect(toDepartment.at(-1)).toMatchObject({ templateKey: "approval-notice-returned", params: { from: "institute", comment: "Нет данных по контрольным группам" } });
    const seen = await t.send(coordinator, "/status");
    expect(seen.text).toContain("Пысықтауға қайтарылды (Балаларды ерте дамыту институты): Нет данных по контрольным группам");
    // The department returns further down to the centre: the reports are no longer frozen.
    await press(coordinator, "r", "d");
    await t.send(coordinator, "Қайта тексеріңіз");
    expect(await approval()).toBeNull();
    expect((await noticesTo(methodologist)).at(-1)).toMatchObject({ templateKey: "approval-notice-returned", params: { level: "centre", from: "department" } });
    expect((await audit("approval.returned")).map((s) => s.details)).toEqual([
      { region: "aktobe", level: "institute", to: "department", comment: "Нет данных по контрольным группам" },
      { region: "aktobe", level: "department", to: "centre", comment: "Қайта тексеріңіз" },
    ]);
    // A comment that is too long is refused and nothing changes; /cancel leaves it as it was.
    await centreApproves();
    await press(coordinator, "r", "d");
    expect((await t.send(coordinator, "x".repeat(501))).text).toContain("ең көбі 500 таңба");
    expect(await approval()).toBe("centre");
    expect((await t.send(coordinator, "/cancel")).text).toContain("ештеңе өзгертілген жоқ");
    expect(await approval()).toBe("centre");
  });
});

describe("once approved, the figures below are frozen", () => {
  it("a head can neither open nor hand in the quarter's report, with a clear answer, and nothing changes", async () => {
    await centreApproves();
    const before = await reportOf(13);
    const opened = await t.send(head13, "/report");
    expect(opened.text).toContain("Отчёт за этот квартал изменить нельзя: показатели региона утверждены");
    const result = await submitReport(database.db, { reportId: before.id, userId: head13.id, now: AFTER_DEADLINE });
    expect(result).toEqual({ ok: false, reason: "approved" });
    expect(await reportOf(13)).toEqual(before);
  });

  it("a methodologist can neither accept nor return a report, with a clear answer, until the level above returns the quarter", async () => {
    await centreApproves();
    // A report left submitted (as a race could leave it) in an approved region.
    const report12 = await reportOf(12);
    await database.db.update(quarterlyReports).set({ status: "submitted" }).where(eq(quarterlyReports.id, report12.id));
    const frozen = await reportOf(12);
    const list = await t.send(methodologist, "/review");
    const opened = await t.press(methodologist, list.button(/^12\..*2026\/4/).data!);
    const accept = await t.press(methodologist, opened.button("Принять").data!);
    expect(accept.text).toContain("Отчёты этого квартала зафиксированы");
    const ret = await t.press(methodologist, opened.button("Вернуть").data!);
    expect(ret.text).toContain("Отчёты этого квартала зафиксированы");
    expect(await acceptReport(database.db, { reportId: frozen.id, reviewerId: methodologist.id, now: AFTER_DEADLINE })).toBe(false);
    expect(await returnReport(database.db, { reportId: frozen.id, reviewerId: methodologist.id, fieldComments: { parents: "?" }, comment: null, now: AFTER_DEADLINE })).toBe(false);
    expect(await reportOf(12)).toEqual(frozen);
    // The department returns it: the methodologist decides again.
    await press(coordinator, "r", "d");
    await t.send(coordinator, "Есептерді қайта қараңыз");
    expect(await acceptReport(database.db, { reportId: frozen.id, reviewerId: methodologist.id, now: AFTER_DEADLINE })).toBe(true);
  });

  it("a region that does not use approval keeps working: it shows as waiting and its heads hand in", async () => {
    const org = await orgByRegistryNo(database.db, 82);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru");
    const report = await ensureReport(database.db, org.id, periodId);
    await replaceAnswers(database.db, report.id, answers() as never);
    expect((await submitReport(database.db, { reportId: report.id, userId: head.id, now: AFTER_DEADLINE })).ok).toBe(true);
    expect((await t.send(otherMethodologist, "/status")).text).toContain("ожидается утверждение методическим центром");
  });
});

describe("who may do what, across regions", () => {
  it("only a level's own people act at it, and only for their region; a refusal changes nothing", async () => {
    const refused = async (user: TestUser, action: "a" | "u" | "r", level: "c" | "d" | "i") => {
      const before = await database.db.select().from(regionApprovals);
      const outcome = await press(user, action, level);
      expect(outcome.alerts.join(), `${action}:${level}`).toMatch(/недоступно|қолжетімсіз/);
      expect(await database.db.select().from(regionApprovals)).toEqual(before);
    };
    await refused(otherMethodologist, "a", "c");
    await refused(otherCoordinator, "a", "d");
    await refused(coordinator, "a", "c");
    await refused(methodologist, "a", "d");
    await refused(institute, "a", "c");
    await refused(institute, "a", "d");
    await t.meet(admin, "ru");
    await refused(admin, "a", "c");
    await centreApproves();
    await refused(otherCoordinator, "r", "d");
    await refused(coordinator, "u", "c");
    await refused(methodologist, "a", "i");
    // The same rules in the service, whatever the chat shows.
    const now = AFTER_DEADLINE;
    expect(await approveRegion(database.db, { actor: await actor(otherCoordinator), regionCode: "aktobe", periodId, level: "department", now })).toEqual({ ok: false, reason: "not-allowed" });
    expect(await returnRegion(database.db, { actor: await actor(otherCoordinator), regionCode: "aktobe", periodId, level: "department", now, comment: "x" })).toEqual({ ok: false, reason: "not-allowed" });
    expect(await approval()).toBe("centre");
  });

  it("unapprove only by the level that approved, and only while the level above has not accepted", async () => {
    await centreApproves();
    const now = AFTER_DEADLINE;
    const input = { regionCode: "aktobe", periodId, now, reason: "Ошибка в цифрах" };
    // The Institute cannot accept before the department approves.
    expect(await approveRegion(database.db, { actor: await actor(institute), regionCode: "aktobe", periodId, level: "institute", now })).toEqual({ ok: false, reason: "below-not-approved" });
    // The centre withdraws its own approval (reason audited), approves again; the department approves.
    expect((await unapproveRegion(database.db, { ...input, actor: await actor(methodologist), level: "centre" })).ok).toBe(true);
    expect(await approval()).toBeNull();
    expect((await audit("approval.unapproved"))[0]).toMatchObject({ actorId: methodologist.id, details: { region: "aktobe", level: "centre", reason: "Ошибка в цифрах" } });
    await press(methodologist, "a", "c");
    await press(coordinator, "a", "d");
    // Now the centre may not withdraw: the level above has acted. The chat says so before asking a reason.
    expect(await unapproveRegion(database.db, { ...input, actor: await actor(methodologist), level: "centre" })).toEqual({ ok: false, reason: "above-acted" });
    expect((await press(methodologist, "u", "c")).text).toContain("уровень выше уже принял решение");
    expect((await t.send(methodologist, "/status")).buttons.map((b) => b.text)).not.toContain("⤺ Отозвать утверждение");
    // The department may, while the Institute has not accepted; once it has, only the Institute may withdraw its acceptance.
    await press(institute, "a", "i");
    expect(await unapproveRegion(database.db, { ...input, actor: await actor(coordinator), level: "department" })).toEqual({ ok: false, reason: "above-acted" });
    const withdraw = await press(institute, "u", "i");
    expect(withdraw.text).toContain("причину отзыва утверждения");
    expect((await t.send(institute, "Пересчитать контрольные группы")).text).toContain("Утверждение отозвано");
    expect(await approval()).toBe("department");
    expect((await unapproveRegion(database.db, { ...input, actor: await actor(coordinator), level: "department" })).ok).toBe(true);
    expect(await approval()).toBe("centre");
  });
});

describe("due days per level are data an administrator sets", () => {
  it("/setapprovaldue sets a level's day, /status shows it and says when it has passed, bad input changes nothing", async () => {
    await t.meet(admin, "ru");
    expect((await t.send(admin, "/setapprovaldue 2026 4 centre 2026-11-25")).text).toContain("Срок утверждения (методический центр) за 4-й квартал 2026 года: 25.11.2026");
    expect((await t.send(admin, "/setapprovaldue 2026 4 ministry 2026-11-25")).text).toContain("уровень должен быть centre");
    expect((await t.send(admin, "/setapprovaldue 2026 4 department 2026-11-01")).text).toContain("не может быть раньше срока сдачи отчётов (20.11.2026)");
    expect((await t.send(methodologist, "/setapprovaldue 2026 4 department 2026-12-01")).text).not.toContain("✅");
    expect((await audit("approval.due_set")).map((a) => a.details)).toEqual([{ year: 2026, quarter: 4, level: "centre", dueOn: "2026-11-25" }]);
    expect((await t.send(methodologist, "/status")).text).toContain("⏰ Срок для этого уровня (25.11.2026) истёк");
    expect((await t.send(admin, "/periods")).text).toContain("Сроки утверждения: методический центр — 25.11.2026, управление образования — не задан");
  });
});
