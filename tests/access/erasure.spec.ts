import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import type { Db } from "../../src/db/client.js";
import { invitations, memberships, outbox, quarterlyReports, reportReviews, reportVersions } from "../../src/db/schema/index.js";
import { enqueueMessages } from "../../src/delivery/outbox.js";
import { ensureReport, findReportingPeriod, replaceAnswers, submitReport } from "../../src/reports/drafts.js";
import { addGroup, setGroupArm } from "../../src/reports/groups.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type Outcome, type TestBot } from "../helpers/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestUser } from "../helpers/updates.js";

let database: Database;
let t: TestBot;
const NOW = new Date("2026-11-12T06:00:00Z");

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { now: NOW });

/** Every row of every table, as text, that mentions the Telegram id (as a number anywhere in it). */
async function rowsMentioning(db: Db, telegramId: number): Promise<string[]> {
  const tables = await db.select({ name: sql<string>`tablename` }).from(sql`pg_tables`).where(sql`schemaname = 'public'`);
  const found: string[] = [];
  for (const { name } of tables) {
    const rows = await db.select({ row: sql<string>`t::text` }).from(sql.raw(`"${name}" t`));
    for (const { row } of rows) if (new RegExp(`(^|[^0-9])${telegramId}([^0-9]|$)`).test(row)) found.push(`${name}: ${row}`);
  }
  return found;
}

const linkIn = (out: Outcome) => /start=([A-Za-z0-9_-]{22})/.exec(out.text)![1]!;

const fullAnswers = {
  directions: ["medicine"], activities: 14, meetings: 2, parents: 31, zones: 0,
  exp_high: 6, exp_middle: 10, exp_low: 4, ctl_high: 3, ctl_middle: 9, ctl_low: 6,
  best_practice: "Неделя профессий", best_practice_photos: ["photo-a"], difficulties: "Нет", help_topics: [], help_text: null,
};

async function leaveAll(user: TestUser) {
  const ask = await t.send(user, "/leave");
  return t.press(user, ask.button(/Да, выйти|Выйти совсем/).data);
}

describe("/leave erases a person; the record keeps a pseudonym", () => {
  it("a head and the methodologist who invited and reviewed them leave: no table holds either id", async () => {
    const org = await orgByRegistryNo(database.db, 12);
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const invite = async () => {
      const orgs = await t.press(methodologist, (await t.send(methodologist, "/invite")).button("Заведующ").data);
      return linkIn(await t.press(methodologist, orgs.button(/Нұрсәт/).data));
    };
    const used = await invite();
    const pending = await invite();
    const head = newUser({ first_name: "Гүлнар" });
    await t.meet(head, "ru");
    await t.press(head, (await t.send(head, `/start ${used}`)).buttons[0]!.data);

    // What the head leaves behind: groups, an arm confirmed by the methodologist, a submitted and
    // accepted report, a failed join attempt, a report session, a wizard in progress, messages.
    const group = await addGroup(database.db, { organizationId: org.id, name: "Айгөлек", ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: head.id });
    await addGroup(database.db, { organizationId: org.id, name: "Ботақан", ageBand: "senior", childrenCount: 18, arm: "control", createdBy: head.id });
    await setGroupArm(database.db, { groupId: group.id, arm: "experimental", by: methodologist.id });
    const period = (await findReportingPeriod(database.db, NOW))!;
    const report = await ensureReport(database.db, org.id, period.id);
    await replaceAnswers(database.db, report.id, fullAnswers);
    expect(await submitReport(database.db, { reportId: report.id, userId: head.id, now: NOW })).toMatchObject({ ok: true });
    await t.send(head, "ZZZZ-ZZZZ");
    await t.send(head, "/report");
    await t.send(head, "/cancel");
    await t.press(head, (await t.send(head, "/groups")).button("Добавить группу").data);
    await t.send(head, "Солнышко");
    await enqueueMessages(database.db, [
      { chatId: head.id, kind: "test", templateKey: "review-notice-accepted", params: { organization: "x", year: 2026, quarter: 4 }, dedupKey: `test:${head.id}` },
    ]);
    await database.db.update(outbox).set({ status: "sent", sentAt: NOW }).where(eq(outbox.chatId, head.id));
    await enqueueMessages(database.db, [{ chatId: head.id, kind: "test", templateKey: "review-notice-accepted", params: { organization: "y", year: 2026, quarter: 4 } }]);
    const accepted = await t.press(methodologist, `rv-acc:${report.id}`);
    expect(accepted.text).toContain("Отчёт принят");
    expect((await rowsMentioning(database.db, head.id)).length).toBeGreaterThan(10);

    // /leave in the middle of the wizard ends the wizard and goes on.
    const bye = await leaveAll(head);
    expect(bye.texts[0]).toContain("ваши данные удалены");
    expect(await rowsMentioning(database.db, head.id)).toEqual([]);
    expect(JSON.stringify(await database.db.select().from(outbox))).not.toContain("Гүлнар");
    // Nothing pending is sent to them any more; what was sent stays in the ledger without them.
    const ledger = await database.db.select().from(outbox).orderBy(outbox.id);
    expect(ledger.map((r) => r.status)).toEqual(["sent", "cancelled", "cancelled"]);
    expect(ledger.every((r) => r.chatId < 0 && r.dedupKey === null)).toBe(true);

    await leaveAll(methodologist);
    expect(await rowsMentioning(database.db, methodologist.id)).toEqual([]);

    // Kept for the record: a head submitted version 1, a methodologist accepted it — and no more.
    const [version] = await database.db.select().from(reportVersions);
    const [review] = await database.db.select().from(reportReviews);
    const [row] = await database.db.select().from(quarterlyReports);
    expect(version).toMatchObject({ version: 1 });
    expect(version!.submittedBy).toBeLessThan(0);
    expect(review).toMatchObject({ decision: "accepted" });
    expect(review!.reviewerId).toBeLessThan(0);
    expect(row!.acceptedBy).toBe(review!.reviewerId);
    expect(review!.reviewerId).not.toBe(version!.submittedBy);
    // The invitation nobody used stopped working with its author.
    const [unused] = await database.db.select().from(invitations).where(eq(invitations.token, pending));
    expect(unused!.revokedAt).not.toBeNull();
  });

  it("a parent of two kindergartens leaves one and stays in the other; leaving the last erases", async () => {
    const first = await orgByRegistryNo(database.db, 41);
    const second = await orgByRegistryNo(database.db, 42);
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: first.id }, "kk");
    await joinedUser(t, database.db, { role: "parent", organizationId: second.id }, "kk", parent);
    const ask = await t.send(parent, "/leave");
    expect(ask.text).toContain("Сіз бірнеше жерде тіркелгенсіз:");
    expect(ask.text).toContain(`1. Ата-ана — ${first.name}`);
    expect(ask.buttons.map((b) => b.text)).toEqual(["1", "2", "Толық шығу", "Жоқ, қалу"]);
    const left = await t.press(parent, ask.button("1").data);
    expect(left.text).toContain(`Сіз енді мұнда тіркелмегенсіз: Ата-ана — ${first.name}`);
    const rest = await database.db.select().from(memberships).where(eq(memberships.userId, parent.id));
    expect(rest.map((m) => m.organizationId)).toEqual([second.id]);
    // The same button again is stale; the menu of the one left is a single confirmation.
    expect((await t.press(parent, ask.button("1").data)).alerts).toEqual(["Бұл батырманың мерзімі өтті. Пәрменнен қайта бастаңыз."]);
    const last = await t.send(parent, "/leave");
    expect(last.text).toContain("Сіз жобадан шығасыз");
    await t.press(parent, last.button("Иә").data);
    expect(await rowsMentioning(database.db, parent.id)).toEqual([]);
  });

  it("an old consent button pressed after /leave is outdated and binds nobody", async () => {
    const org = await orgByRegistryNo(database.db, 41);
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: org.id }, "ru");
    const offer = await t.send(parent, "/start " + (await database.db.select().from(invitations))[0]!.token);
    expect(offer.text).toContain("Вы уже зарегистрированы");
    const consent = (await database.db.select().from(invitations))[0]!.token;
    await leaveAll(parent);
    await t.meet(parent, "ru");
    // The consent message was sent before the person left (an hour ago).
    const update = {
      update_id: 9_000_001,
      callback_query: {
        id: "old-consent",
        from: { id: parent.id, is_bot: false, first_name: parent.first_name, language_code: "ru" },
        chat_instance: "ci",
        data: `join:${consent}`,
        message: { message_id: 7, date: Math.floor(Date.now() / 1000) - 3600, chat: { id: parent.id, type: "private", first_name: parent.first_name }, text: "…" },
      },
    };
    const start = t.telegram.calls.length;
    await t.bot.handleUpdate(update as never);
    const answers = t.telegram.calls.slice(start).filter((c) => c.method === "answerCallbackQuery");
    expect(answers.map((c) => c.payload.text)).toEqual(["Эта кнопка устарела. Начните заново с команды."]);
    expect(await database.db.select().from(memberships)).toEqual([]);
    // A fresh offer works as before.
    const fresh = await t.send(parent, `/start ${consent}`);
    expect((await t.press(parent, fresh.buttons[0]!.data)).text).toContain("Готово");
  });
});
