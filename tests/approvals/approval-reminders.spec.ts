import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "../../src/db/client.js";
import { approvalDueDays, outbox, regionApprovals } from "../../src/db/schema/index.js";
import { setApprovalDueDay } from "../../src/approvals/approval-due-days.js";
import { approvalReminderGuard, approvalRemindersTask, runApprovalReminders } from "../../src/approvals/approval-reminders.js";
import type { ApprovalLevel } from "../../src/approvals/approval-levels.js";
import { findPeriod } from "../../src/figures/period-reports.js";
import { taskRegistry } from "../../src/scheduler/tasks.js";
import { createFakeClock, createTestSender, outboxReader, renderMessage, type OutboxReader } from "../../testing/delivery.js";
import { addMember } from "../helpers/fixtures.js";
import { useDatabaseSpec } from "../helpers/spec.js";

let db: Db;
let periodId: number;
/** Rows enqueued since the previous call, by chat. */
let newRows: OutboxReader;
useDatabaseSpec((database) => ({ db } = database));

// Aktobe and East Kazakhstan; the other 18 regions have nobody in this spec.
const METHODOLOGIST_AKTOBE = 301; // kk
const METHODOLOGIST_EAST = 302; // ru
const COORDINATOR_AKTOBE = 311; // kk
const COORDINATOR_EAST = 312; // ru
const NATIONAL_KK = 321;
const NATIONAL_RU = 322;

/** Period 2026 Q4 (kindergartens' due day 20 Nov); the levels' due days: 25 Nov, 30 Nov, 5 Dec. */
const DUE: Record<ApprovalLevel, string> = { centre: "2026-11-25", department: "2026-11-30", institute: "2026-12-05" };
/** 10:00 (or `time`) in Almaty on a day. */
const at = (day: string, time = "10:00") => new Date(`${day}T${time}:00+05:00`);
const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function approvedUpTo(regionCode: string, level: ApprovalLevel) {
  await db.insert(regionApprovals).values({ regionCode, periodId, level }).onConflictDoUpdate({ target: [regionApprovals.regionCode, regionApprovals.periodId], set: { level } });
}

const render = (row: { templateKey: string; params: unknown }, language: "kk" | "ru") => renderMessage({ ...row, buttons: null }, language).text;

beforeEach(async () => {
  newRows = outboxReader(db, "chat");
  periodId = (await findPeriod(db, 2026, 4))!.id;
  for (const level of ["centre", "department", "institute"] as const) expect(await setApprovalDueDay(db, { year: 2026, quarter: 4, level, dueOn: DUE[level] })).toMatchObject({ ok: true });
  await addMember(db, METHODOLOGIST_AKTOBE, "methodologist", { regionCode: "aktobe" }, "kk");
  await addMember(db, METHODOLOGIST_EAST, "methodologist", { regionCode: "east-kazakhstan" }, "ru");
  await addMember(db, COORDINATOR_AKTOBE, "coordinator", { regionCode: "aktobe" }, "kk");
  await addMember(db, COORDINATOR_EAST, "coordinator", { regionCode: "east-kazakhstan" }, "ru");
  await addMember(db, NATIONAL_KK, "coordinator", {}, "kk");
  await addMember(db, NATIONAL_RU, "coordinator", {}, "ru");
});

describe("approval due days: reminders before, on and after the day, escalation to the level above", () => {
  it("is a scheduler task like the reports' reminders", () => {
    expect(taskRegistry).toContain(approvalRemindersTask);
    expect(approvalRemindersTask).toMatchObject({ name: "approval-reminders", cron: "5 * * * *" });
  });

  it("centre: the methodologists of regions whose centre has not approved, at each step once, in their language; day +5 goes to the region's coordinators", async () => {
    await approvedUpTo("east-kazakhstan", "centre");
    const expected: [number, string, number[]][] = [
      [-7, "approval-reminder-centre", [METHODOLOGIST_AKTOBE]],
      [-1, "approval-reminder-centre", [METHODOLOGIST_AKTOBE]],
      [0, "approval-reminder-centre", [METHODOLOGIST_AKTOBE]],
      [1, "approval-reminder-centre", [METHODOLOGIST_AKTOBE]],
      [3, "approval-reminder-centre", [METHODOLOGIST_AKTOBE]],
      [5, "approval-escalation-centre", [COORDINATOR_AKTOBE]],
    ];
    const texts: string[] = [];
    for (const [offset, templateKey, chats] of expected) {
      const day = plusDays(DUE.centre, offset);
      const run = await runApprovalReminders(db, at(day));
      expect(run.steps.filter((s) => s.level === "centre")).toHaveLength(1);
      const rows = (await newRows()).filter((r) => r.templateKey.endsWith("-centre"));
      expect(rows.map((r) => [r.chatId, r.templateKey])).toEqual(chats.map((c) => [c, templateKey]));
      texts.push(render(rows[0]!, "kk"));
      // The same hour again, later that day, and on another replica: nothing new.
      await runApprovalReminders(db, at(day, "15:00"));
      expect((await newRows()).filter((r) => r.templateKey.endsWith("-centre"))).toEqual([]);
    }
    // Between the steps, nothing about the centre.
    await runApprovalReminders(db, at(plusDays(DUE.centre, -4)));
    expect((await newRows()).filter((r) => r.templateKey.endsWith("-centre"))).toEqual([]);
    expect(texts[0]).toContain("Ақтөбе облысы, 2026 ж., 4-тоқсан. Өңірдің есептерін әдістемелік орталықтың бекіту мерзімі — 25.11.2026, 7 күн қалды.");
    expect(texts[2]).toContain("Бүгін (25.11.2026)");
    expect(texts[4]).toContain("кешігу — 3 күн");
    expect(texts[5]).toContain("әдістемелік орталық өңірдің есептерін мерзімінде (25.11.2026) бекітпеді, кешігу — 5 күн");
  });

  it("department: the coordinators of regions their department has not approved (Russian plural forms); day +5 lists the late regions to the national coordinators", async () => {
    await approvedUpTo("aktobe", "department");
    await runApprovalReminders(db, at(plusDays(DUE.department, -1)));
    const before = (await newRows()).filter((r) => r.templateKey === "approval-reminder-department");
    expect(before.map((r) => r.chatId)).toEqual([COORDINATOR_EAST]);
    expect(render(before[0]!, "ru")).toContain("Восточно-Казахстанская область, 4-й квартал 2026 года. Срок утверждения квартала управлением образования — 30.11.2026, остался 1 день.");
    await runApprovalReminders(db, at(plusDays(DUE.department, 3)));
    expect(render((await newRows()).find((r) => r.templateKey === "approval-reminder-department")!, "ru")).toContain("просрочка — 3 дня");
    await runApprovalReminders(db, at(plusDays(DUE.department, 5)));
    const escalation = (await newRows()).filter((r) => r.templateKey === "approval-escalation-department");
    expect(escalation.map((r) => r.chatId)).toEqual([NATIONAL_KK, NATIONAL_RU]);
    const ru = render(escalation[1]!, "ru");
    expect(ru).toContain("управления образования не утвердили квартал в срок (30.11.2026), просрочка — 5 дней. Регионы (19):");
    expect(ru).toContain("Восточно-Казахстанская область");
    expect(ru).not.toContain("Актюбинская");
    expect(render(escalation[0]!, "kk")).toContain("білім басқармалары тоқсанды мерзімінде (30.11.2026) бекітпеді, кешігу — 5 күн. Өңірлер (19):");
  });

  it("institute: the national coordinators, about the regions approved by their department and not accepted; nothing once all are accepted", async () => {
    await approvedUpTo("aktobe", "department");
    await approvedUpTo("east-kazakhstan", "institute");
    await runApprovalReminders(db, at(DUE.institute));
    const rows = (await newRows()).filter((r) => r.templateKey === "approval-reminder-institute");
    expect(rows.map((r) => r.chatId)).toEqual([NATIONAL_KK, NATIONAL_RU]);
    expect(render(rows[1]!, "ru")).toContain("Утверждены управлениями образования и ещё не приняты (1): Актюбинская область.");
    expect(render(rows[0]!, "kk")).toContain("Бүгін (05.12.2026) — өңірлерді Институттың қабылдауының соңғы күні.");
    await approvedUpTo("aktobe", "institute");
    await runApprovalReminders(db, at(plusDays(DUE.institute, 1)));
    expect((await newRows()).filter((r) => r.templateKey === "approval-reminder-institute")).toEqual([]);
  });

  it("a level without a due day gets no reminders", async () => {
    await db.delete(approvalDueDays);
    for (const offset of [-7, -1, 0, 1, 3, 5]) await runApprovalReminders(db, at(plusDays(DUE.department, offset)));
    expect(await newRows()).toEqual([]);
  });

  it("a reminder queued before the region approved is cancelled when the sender reaches it", async () => {
    const clock = createFakeClock(at(DUE.centre));
    await runApprovalReminders(db, clock.clock());
    await approvedUpTo("aktobe", "centre"); // approved meanwhile
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, guards: [approvalReminderGuard] });
    await sender.runUntilIdle();
    expect(telegram.delivered.map((m) => m.chatId)).toEqual([METHODOLOGIST_EAST]);
    const [row] = await db.select().from(outbox).where(eq(outbox.chatId, METHODOLOGIST_AKTOBE));
    expect(row!.status).toBe("cancelled");
  });
});
