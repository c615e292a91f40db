import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { memberships, quarterlyReports, reportSessions, reportVersions } from "../../src/db/schema/index.js";
import { erasePerson } from "../../src/registration/leave.js";
import { ensureReport, findReportingPeriod, replaceAnswers } from "../../src/reports/report-draft.js";
import { submitReport } from "../../src/reports/submit-report.js";
import { addGroup } from "../../src/reports/groups.js";
import { startReport } from "../../src/reports/report-walker.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { onPostgres } from "../helpers/test-db.js";
import type { TestUser } from "../../testing/updates.js";

let database: Database;
let t: TestBot;
let orgId: number;
const NOW = new Date("2026-11-12T06:00:00Z");
const NOT_ALLOWED = "Извините, это действие недоступно для вашей роли.";

/** A complete, consistent report of registry 12 (20 experimental, 18 control children). */
const fullAnswers = {
  directions: ["medicine", "digital"],
  activities: 14,
  meetings: 2,
  parents: 31,
  zones: 1,
  zones_description: "Уголок «Юный врач»",
  exp_high: 6,
  exp_middle: 10,
  exp_low: 4,
  ctl_high: 3,
  ctl_middle: 9,
  ctl_low: 6,
  best_practice: "Неделя профессий",
  best_practice_photos: ["photo-a"],
  difficulties: "Нет костюмов",
  help_topics: ["materials"],
  help_text: null,
};

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { now: NOW });
beforeEach(async () => {
  orgId = (await orgByRegistryNo(database.db, 12)).id;
  await addGroup(database.db, { organizationId: orgId, name: "Айгөлек", ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: null });
  await addGroup(database.db, { organizationId: orgId, name: "Ботақан", ageBand: "senior", childrenCount: 18, arm: "control", createdBy: null });
});

const head = (user?: TestUser) => joinedUser(t, database.db, { role: "head", organizationId: orgId }, "ru", user);
const report = async () => (await database.db.select().from(quarterlyReports).where(eq(quarterlyReports.organizationId, orgId)))[0]!;
const versions = async () => database.db.select().from(reportVersions);

describe("only a head of the kindergarten, now, enters its report", () => {
  it("a head who answered two questions, left and came back as a stranger cannot go on or submit", async () => {
    const user = await head();
    const first = await t.send(user, "/report");
    await t.press(user, first.buttons[0]!.data);
    await t.press(user, first.button(/Готово/).data);
    await t.send(user, "12");
    expect((await report()).answers).toEqual({ directions: ["agriculture"], activities: 12 });

    await t.press(user, (await t.send(user, "/leave")).button("Да, выйти").data);
    expect(await database.db.select().from(reportSessions)).toEqual([]);
    expect((await report()).editorId).toBeNull();

    await t.meet(user, "ru");
    for (const answer of ["3", "25", "2"]) await t.send(user, answer);
    expect((await t.press(user, "rf-submit")).alerts).toEqual(["Эта кнопка устарела. Отправьте нужную команду ещё раз (список: /help)."]);
    expect((await t.press(user, "rf-edit:0")).alerts).toEqual(["Эта кнопка устарела. Отправьте нужную команду ещё раз (список: /help)."]);
    // A stranger again: told they have not joined and how to.
    expect((await t.send(user, "/report")).text).toContain("Вы ещё не подключились к боту");
    expect((await t.press(user, `rp-take:${orgId}`)).alerts).toEqual([NOT_ALLOWED]);
    expect((await report()).answers).toEqual({ directions: ["agriculture"], activities: 12 });
    expect((await report()).status).toBe("draft");
    expect(await versions()).toEqual([]);
  });

  it("a head whose membership ends while their session stays is refused at the next answer, edit or submit", async () => {
    const user = await head();
    const first = await t.send(user, "/report");
    await t.press(user, first.buttons[0]!.data);
    // The membership goes by any other way than /leave (an operator, a concurrent leave): the session is still there.
    await database.db.delete(memberships).where(eq(memberships.userId, user.id));
    const refused = await t.press(user, first.button(/Готово/).data);
    expect(refused.text).toBe(NOT_ALLOWED);
    expect(await database.db.select().from(reportSessions)).toEqual([]);
    expect((await report()).editorId).toBeNull();
    expect((await report()).answers).toEqual({ directions: ["agriculture"] });

    // Straight at the services: submit and take-over refuse too.
    const { id } = await report();
    await replaceAnswers(database.db, id, fullAnswers);
    expect(await submitReport(database.db, { reportId: id, userId: user.id, now: NOW })).toEqual({ ok: false, reason: "not-head" });
    expect(await startReport(database.db, { userId: user.id, organizationId: orgId, now: NOW, takeOver: true })).toEqual({ kind: "not-head" });
    expect(await versions()).toEqual([]);
  });

  it("leaving only the kindergarten (staying a parent elsewhere) ends the report session there", async () => {
    const user = await head();
    await joinedUser(t, database.db, { role: "parent", organizationId: (await orgByRegistryNo(database.db, 13)).id }, "ru", user);
    await t.send(user, "/report");
    const choose = await t.send(user, "/leave");
    expect(choose.text).toContain("Вы зарегистрированы в нескольких местах");
    const left = await t.press(user, choose.button("1").data);
    expect(left.text).toContain("Вы больше не зарегистрированы здесь: Заведующий");
    expect(await database.db.select().from(reportSessions)).toEqual([]);
    expect((await t.send(user, "12")).text).not.toContain("Вопрос");
    expect((await report()).answers).toEqual({});
  });

  it.skipIf(!onPostgres)("on PostgreSQL, /leave racing a submission never leaves a version signed with the person's id", async () => {
    const period = (await findReportingPeriod(database.db, NOW))!;
    const { id } = await ensureReport(database.db, orgId, period.id);
    for (let round = 0; round < 12; round++) {
      const user = await head(newUser());
      await database.db.update(quarterlyReports).set({ status: "draft" }).where(eq(quarterlyReports.id, id));
      await replaceAnswers(database.db, id, fullAnswers);
      const [submitted] = await Promise.all([
        submitReport(database.db, { reportId: id, userId: user.id, now: NOW }),
        erasePerson(database.db, user.id, NOW),
      ]);
      const signed = await database.db.select().from(reportVersions).where(and(eq(reportVersions.reportId, id), eq(reportVersions.submittedBy, user.id)));
      expect(signed).toEqual([]);
      if (!submitted.ok) expect(submitted).toEqual({ ok: false, reason: "not-head" });
    }
  });
});
