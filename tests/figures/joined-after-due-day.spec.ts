/**
 * A kindergarten added to the pilot after a period's due day owes nothing for that period: no
 * "late" report, no reminder, not overdue anywhere; /report says no period is open. One added on the
 * due day still owes it. (The rule: `owesReport` in src/figures/report-status.ts, and README.)
 */
import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { outbox, reportingPeriods } from "../../src/db/schema/index.js";
import { runReportReminders } from "../../src/reminders/report-reminders.js";
import { addOrganization } from "../../src/registration/registry.js";
import { joinedUser } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestBot } from "../../testing/test-bot.js";

/** Thursday 8 October 2026, 10:00 in Almaty: three days after Q3's due day (5 October). */
const OCT_8 = new Date("2026-10-08T10:00:00+05:00");

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec), { now: OCT_8 });

const add = (registryNo: number, joinedOn: string) =>
  addOrganization(database.db, { registryNo, regionCode: "aktobe", name: `«Жаңа ${registryNo}» балабақшасы`, joinedOn }, null);

describe("a kindergarten that joined after a period's due day", () => {
  it("is not asked for that period's report: /report finds no open period, no reminder, not overdue in /status; one that joined on the due day still owes it", async () => {
    const late = await add(901, "2026-10-06");
    const onDueDay = await add(902, "2026-10-05");
    const newHead = await joinedUser(t, database.db, { role: "head", organizationId: late.id }, "ru");
    const owingHead = await joinedUser(t, database.db, { role: "head", organizationId: onDueDay.id }, "kk");

    expect((await t.send(newHead, "/report")).text).toBe("Сейчас нет открытого отчётного периода. Когда он откроется, я напомню.");
    expect((await t.send(owingHead, "/report")).text).toContain("өтіп кетті");

    await runReportReminders(database.db, OCT_8);
    const reminders = await database.db.select().from(outbox).where(like(outbox.kind, "report-reminder%"));
    expect(reminders.map((r) => r.chatId)).toContain(owingHead.id);
    expect(reminders.map((r) => r.chatId)).not.toContain(newHead.id);

    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const card = await t.press(methodologist, `st-o:${late.id}:3`);
    expect(card.text).not.toContain("⏰");
    const owingCard = await t.press(methodologist, `st-o:${onDueDay.id}:3`);
    expect(owingCard.text).toContain("⏰");
  });

  it("in December with Q4 moved later by an administrator: a kindergarten added on 1 December is not asked for Q3", async () => {
    await database.db.update(reportingPeriods).set({ opensOn: "2026-12-14", dueOn: "2026-12-25" }).where(and(eq(reportingPeriods.year, 2026), eq(reportingPeriods.quarter, 4)));
    t.setNow(new Date("2026-12-03T10:00:00+05:00"));
    const org = await add(903, "2026-12-01");
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "kk");
    const answer = await t.send(head, "/report");
    expect(answer.text).toBe("Қазір есеп беру кезеңі ашық емес. Кезең ашылғанда еске саламын.");
  });
});
