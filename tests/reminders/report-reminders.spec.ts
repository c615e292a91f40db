import { beforeEach, describe, expect, it } from "vitest";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../src/db/client.js";
import { organizations, outbox, quarterlyReports } from "../../src/db/schema/index.js";
import { findPeriod } from "../../src/figures/period-reports.js";
import {
  cancelReportReminders,
  reportReminderGuard,
  reportReminderSteps,
  runReportReminders,
} from "../../src/reminders/report-reminders.js";
import { currentStep, stepsRelativeTo } from "../../src/reminders/relative-schedule.js";
import { createFakeClock, createTestSender, outboxReader, type OutboxReader } from "../../testing/delivery.js";
import { addMember } from "../helpers/fixtures.js";
import { useDatabaseSpec } from "../helpers/spec.js";

let db: Db;
let periodId: number;
let orgA: { id: number; name: string; regionCode: string };
let orgB: { id: number; name: string };
let orgC: { id: number; name: string };
let otherRegionOrg: { id: number; regionCode: string };
/** Rows enqueued since the previous call. */
let newRows: OutboxReader;
useDatabaseSpec((database) => ({ db } = database));

const HEAD_A = 101; // Kazakh
const HEAD_B = 102; // Russian
const HEAD_C = 103; // kindergarten that has handed in
const METHODOLOGIST = 201;
const OTHER_METHODOLOGIST = 202;

/** 10:00 in Almaty on a November 2026 day (period Q4: opens 2 Nov, due 20 Nov). */
const nov = (day: number, time = "10:00") => new Date(`2026-11-${String(day).padStart(2, "0")}T${time}:00+05:00`);

async function submit(organizationId: number, status: "submitted" | "accepted" | "returned" = "submitted") {
  await db
    .insert(quarterlyReports)
    .values({ organizationId, periodId, status, formVersion: "2026.1", submittedAt: new Date() })
    .onConflictDoUpdate({ target: [quarterlyReports.organizationId, quarterlyReports.periodId], set: { status } });
}

beforeEach(async () => {
  newRows = outboxReader(db);
  const period = await findPeriod(db, 2026, 4);
  expect(period).toMatchObject({ opensOn: "2026-11-02", dueOn: "2026-11-20" });
  periodId = period!.id;
  const orgs = await db.select().from(organizations).where(inArray(organizations.registryNo, [11, 12, 13, 1])).orderBy(asc(organizations.registryNo));
  const [other, a, b, c] = orgs;
  orgA = a!;
  orgB = b!;
  orgC = c!;
  otherRegionOrg = other!;
  expect(new Set([a!.regionCode, b!.regionCode, c!.regionCode]).size).toBe(1);
  expect(other!.regionCode).not.toBe(a!.regionCode);
  await addMember(db, HEAD_A, "head", { organizationId: orgA.id }, "kk");
  await addMember(db, HEAD_B, "head", { organizationId: orgB.id }, "ru");
  await addMember(db, HEAD_C, "head", { organizationId: orgC.id }, "ru");
  await addMember(db, METHODOLOGIST, "methodologist", { regionCode: orgA.regionCode }, "kk");
  await addMember(db, OTHER_METHODOLOGIST, "methodologist", { regionCode: otherRegionOrg.regionCode }, "ru");
  await submit(orgC.id);
});

describe("quarterly report reminders, day by day", () => {
  it("escalate from the opening notice to the methodologists' list, only for kindergartens that have not handed in", async () => {
    const heads = (rows: Awaited<ReturnType<typeof newRows>>) => rows.map((r) => [r.chatId, r.templateKey, r.params.days ?? null]);
    const timeline: [Date, unknown[]][] = [
      [nov(2, "09:59"), []],
      [nov(2), [[HEAD_A, "reminder-report-opened", null], [HEAD_B, "reminder-report-opened", null]]],
      [nov(2, "15:00"), []],
      [nov(3), []],
      [nov(12), []],
      [nov(13), [[HEAD_A, "reminder-report-due-week", null], [HEAD_B, "reminder-report-due-week", null]]],
      [nov(14), []],
      [nov(19), [[HEAD_A, "reminder-report-due-tomorrow", null], [HEAD_B, "reminder-report-due-tomorrow", null]]],
      [nov(20), [[HEAD_A, "reminder-report-due-today", null], [HEAD_B, "reminder-report-due-today", null]]],
      [nov(21), [[HEAD_A, "reminder-report-overdue", 1], [HEAD_B, "reminder-report-overdue", 1]]],
      [nov(22), []],
      [nov(23), [[HEAD_A, "reminder-report-overdue", 3], [HEAD_B, "reminder-report-overdue", 3]]],
      [nov(24), []],
    ];
    for (const [at, expected] of timeline) {
      await runReportReminders(db, at);
      expect({ at: at.toISOString(), rows: heads(await newRows()) }).toEqual({ at: at.toISOString(), rows: expected });
    }

    await runReportReminders(db, nov(25));
    const lists = await newRows();
    expect(lists.map((r) => [r.chatId, r.templateKey, r.kind]).sort()).toEqual([
      [METHODOLOGIST, "reminder-report-overdue-methodologists", "report-overdue-list"],
      [OTHER_METHODOLOGIST, "reminder-report-overdue-methodologists", "report-overdue-list"],
    ]);
    const mine = lists.find((r) => r.chatId === METHODOLOGIST)!;
    // The region's five pilot kindergartens (registry 11–15) minus the one that handed in (13).
    expect(mine.params.count).toBe(4);
    expect(String(mine.params.organizations).split("\n").map((line) => line.split(" ")[1])).toEqual(["№11", "№12", "№14", "№15"]);
    expect(mine.params.organizations).toContain(`• №11 ${orgA.name}`);
    const theirs = lists.find((r) => r.chatId === OTHER_METHODOLOGIST)!;
    expect(String(theirs.params.organizations)).toContain(`№1 `);
    expect(String(theirs.params.organizations)).not.toContain(orgA.name);

    for (const day of [26, 27, 28, 30]) {
      await runReportReminders(db, nov(day));
      expect(await newRows()).toEqual([]);
    }
  });

  it("each message carries the open-report button", async () => {
    await runReportReminders(db, nov(13));
    const rows = await newRows();
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.buttons).toEqual([{ textKey: "reminder-button-open-report", callbackData: "report:open" }]);
  });

  it("re-running a slot, or running it on two replicas, enqueues nothing twice", async () => {
    const first = await runReportReminders(db, nov(19));
    expect(first.enqueued).toBe(2);
    const again = await runReportReminders(db, nov(19, "11:00"));
    expect(again).toMatchObject({ enqueued: 0, steps: [{ periodId, step: "due-1" }] });
    expect(await newRows()).toHaveLength(2);
  });

  it("a head who joins after the day's reminder went out still gets it on the next run", async () => {
    await runReportReminders(db, nov(19));
    await newRows();
    await addMember(db, 104, "head", { organizationId: orgA.id }, "kk");
    await runReportReminders(db, nov(19, "11:00"));
    expect((await newRows()).map((r) => r.chatId)).toEqual([104]);
  });

  it("does not send a day's reminder late: a first run after 21:00 skips it", async () => {
    await runReportReminders(db, nov(19, "21:30"));
    expect(await newRows()).toEqual([]);
    await runReportReminders(db, nov(20, "08:00"));
    expect(await newRows()).toEqual([]);
  });

  it("treats a returned report as not handed in, an accepted one as handed in", async () => {
    await submit(orgA.id, "returned");
    await submit(orgB.id, "accepted");
    await runReportReminders(db, nov(20));
    expect((await newRows()).map((r) => r.chatId)).toEqual([HEAD_A]);
  });
});

describe("everything stops when the report is handed in", () => {
  it("cancels the reminders still waiting and sends no later step", async () => {
    await runReportReminders(db, nov(13));
    const rows = await newRows();
    await submit(orgA.id);
    expect(await cancelReportReminders(db, periodId, orgA.id, nov(13, "10:05"))).toBe(1);
    const statuses = await db.select({ chatId: outbox.chatId, status: outbox.status }).from(outbox).where(inArray(outbox.id, rows.map((r) => r.id)));
    expect(statuses.sort((a, b) => a.chatId - b.chatId)).toEqual([
      { chatId: HEAD_A, status: "cancelled" },
      { chatId: HEAD_B, status: "pending" },
    ]);
    for (const day of [19, 20, 21, 23]) {
      await runReportReminders(db, nov(day));
      expect((await newRows()).map((r) => r.chatId)).toEqual([HEAD_B]);
    }
  });

  it("a reminder already claimed by the sender is not sent if the report was handed in meanwhile", async () => {
    const clock = createFakeClock(nov(13));
    await runReportReminders(db, clock.clock());
    await submit(orgA.id); // nobody calls cancelReportReminders
    const { sender, telegram } = createTestSender(db, { fakeClock: clock, guards: [reportReminderGuard] });
    await sender.runUntilIdle();
    expect(telegram.delivered.map((m) => m.chatId)).toEqual([HEAD_B]);
    const [row] = await db.select().from(outbox).where(eq(outbox.chatId, HEAD_A));
    expect(row!.status).toBe("cancelled");
  });

  it("the hourly run itself cancels waiting reminders of reports handed in meanwhile", async () => {
    await runReportReminders(db, nov(13));
    await submit(orgB.id);
    const run = await runReportReminders(db, nov(13, "11:00"));
    expect(run.cancelled).toBe(1);
    const [row] = await db.select().from(outbox).where(eq(outbox.chatId, HEAD_B));
    expect(row!.status).toBe("cancelled");
  });
});

describe("reminders relative to a stored date", () => {
  it("picks the latest step that has come and drops it when its window is over (seminar: 24 h and 1 h before)", () => {
    const startsAt = new Date("2026-12-01T09:00:00Z");
    const hour = 3_600_000;
    const steps = stepsRelativeTo(startsAt, [
      { key: "24h", offsetMs: -24 * hour, windowMs: hour },
      { key: "1h", offsetMs: -hour, windowMs: 30 * 60_000 },
    ]);
    const at = (iso: string) => currentStep(steps, new Date(iso))?.key ?? null;
    expect(at("2026-11-30T08:59:00Z")).toBeNull();
    expect(at("2026-11-30T09:00:00Z")).toBe("24h");
    expect(at("2026-11-30T10:30:00Z")).toBeNull();
    expect(at("2026-12-01T08:00:00Z")).toBe("1h");
    expect(at("2026-12-01T08:31:00Z")).toBeNull();
  });

  it("lays the report steps at 10:00 Almaty on their days", () => {
    const steps = reportReminderSteps({ opensOn: "2026-11-02", dueOn: "2026-11-20" });
    expect(steps.map((s) => [s.key, s.at.toISOString()])).toEqual([
      ["opened", "2026-11-02T05:00:00.000Z"],
      ["due-7", "2026-11-13T05:00:00.000Z"],
      ["due-1", "2026-11-19T05:00:00.000Z"],
      ["due-0", "2026-11-20T05:00:00.000Z"],
      ["overdue-1", "2026-11-21T05:00:00.000Z"],
      ["overdue-3", "2026-11-23T05:00:00.000Z"],
      ["overdue-5", "2026-11-25T05:00:00.000Z"],
    ]);
  });
});

describe("from the scheduler to the head's chat", () => {
  it("a Kazakh-speaking head reads the reminder in Kazakh, a Russian-speaking one in Russian, each with the button", async () => {
    const clock = createFakeClock(nov(19));
    await runReportReminders(db, clock.clock());
    const { sender, telegram } = createTestSender(db, { fakeClock: clock });
    await sender.runUntilIdle();
    const byChat = new Map(telegram.delivered.map((m) => [m.chatId, m]));
    expect([...byChat.keys()].sort(), JSON.stringify(await db.select().from(outbox))).toEqual([HEAD_A, HEAD_B]);
    expect(byChat.get(HEAD_A)!.text).toBe(
      `Еске салу: ертең (20.11.2026) — 2026 жылғы 4-тоқсан бойынша есеп тапсырудың соңғы күні.\n${orgA.name}: есеп әлі тапсырылған жоқ.`,
    );
    expect(byChat.get(HEAD_B)!.text).toBe(
      `Напоминание: завтра (20.11.2026) — последний день сдачи отчёта за 4-й квартал 2026 года.\n${orgB.name}: отчёт ещё не сдан.`,
    );
    expect(byChat.get(HEAD_A)!.replyMarkup!.inline_keyboard[0]![0]).toEqual({ text: "📝 Есепті ашу", callback_data: "report:open" });
    expect(byChat.get(HEAD_B)!.replyMarkup!.inline_keyboard[0]![0]).toEqual({ text: "📝 Открыть отчёт", callback_data: "report:open" });
    expect(byChat.has(HEAD_C)).toBe(false);
  });

  it("the overdue nudge counts the days in Russian correctly", async () => {
    const clock = createFakeClock(nov(23));
    await runReportReminders(db, clock.clock());
    const { sender, telegram } = createTestSender(db, { fakeClock: clock });
    await sender.runUntilIdle();
    const ru = telegram.delivered.find((m) => m.chatId === HEAD_B)!;
    expect(ru.text).toContain("Просрочка — 3 дня.");
    const kk = telegram.delivered.find((m) => m.chatId === HEAD_A)!;
    expect(kk.text).toContain("Кешігу — 3 күн.");
  });
});
