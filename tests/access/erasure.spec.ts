import { describe, expect, it } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import type { Db } from "../../src/db/client.js";
import {
  invitations,
  memberships,
  outbox,
  quarterlyReports,
  reportReviews,
  reportVersions,
  seminarOrganizationCounts,
  seminarParticipants,
  seminars,
  tipDeliveries,
  tipDose,
} from "../../src/db/schema/index.js";
import { prunePersonalData } from "../../src/registration/retention.js";
import { syncActivityLibrary } from "../../src/tips/library-sync.js";
import { planWeek } from "../../src/tips/plan-week.js";
import { tipGuard } from "../../src/tips/tip-guard.js";
import { createFakeClock, createTestSender } from "../../testing/delivery.js";
import { enqueueMessages } from "../../src/delivery/outbox.js";
import { ensureReport, findReportingPeriod, replaceAnswers } from "../../src/reports/report-draft.js";
import { submitReport } from "../../src/reports/submit-report.js";
import { addGroup, setGroupArm } from "../../src/reports/groups.js";
import { kindergartenGroup, numberedLibrary, parentIn } from "../helpers/tips.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type Outcome, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestUser } from "../../testing/updates.js";

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

/**
 * Every text, varchar, json and jsonb column (arrays of them too) of every table in the schema, read
 * from the catalog so a table added later is scanned without anyone remembering to add it here:
 * `table.column` wherever one of `needles` appears.
 */
async function columnsHolding(db: Db, needles: string[]): Promise<string[]> {
  const columns = await db
    .select({ table: sql<string>`c.table_name`, column: sql<string>`c.column_name` })
    .from(sql`information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name`)
    .where(
      sql`c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
          OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar', '_json', '_jsonb')))`,
    );
  expect(columns.length).toBeGreaterThan(30);
  const found: string[] = [];
  const list = sql.join(needles.map((n) => sql`${n}::text`), sql`, `);
  for (const { table, column } of columns) {
    const hits = await db
      .selectDistinct({ needle: sql<string>`n.needle` })
      .from(sql`${sql.raw(`"${table}"`)} t CROSS JOIN unnest(ARRAY[${list}]) AS n(needle)`)
      .where(sql`strpos(t.${sql.raw(`"${column}"`)}::text, n.needle) > 0`);
    for (const { needle } of hits) found.push(`${table}.${column}: ${needle}`);
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
    expect(ledger.map((r) => [r.params, r.buttons, r.attachment])).toEqual(ledger.map(() => [{}, null, null]));

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
    expect((await t.press(parent, ask.button("1").data)).alerts).toEqual(["Бұл батырманың мерзімі өтті. Керекті пәрменді қайта жіберіңіз (тізімі: /help)."]);
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
    expect(answers.map((c) => c.payload.text)).toEqual(["Эта кнопка устарела. Отправьте нужную команду ещё раз (список: /help)."]);
    expect(await database.db.select().from(memberships)).toEqual([]);
    // A fresh offer works as before.
    const fresh = await t.send(parent, `/start ${consent}`);
    expect((await t.press(parent, fresh.buttons[0]!.data)).text).toContain("Готово");
  });
});

const library = numberedLibrary(2);

describe("/leave takes the person's own words and files, and keeps the counts", () => {
  // Monday 2036-11-24 06:00 Almaty: ahead of the wall clock, so outbox rows (not_before = now()) are due.
  const monday = new Date("2036-11-24T01:00:00Z");
  const saturday10 = new Date("2036-11-29T05:00:00Z");

  const name = "Сәуле-Эрасур";
  const username = "saule_erasure_probe";
  const tipCaption = "Айбек сам нарезал салат! Мама: +7 701 555 12 34";
  const photoId = "AgACAgIAAxkBAAIParentPhotoOfAibek";
  const seminarComment = "Айбеку понравилось, звоните 87015551234";
  const needles = [name, username, tipCaption, photoId, seminarComment];

  /** A parent whose child's group gets the weekly activity; the activity went out on Saturday. */
  async function parentWithSentTip() {
    const db = database.db;
    t.setNow(monday);
    await syncActivityLibrary(db, library);
    const org = await orgByRegistryNo(db, 11);
    await kindergartenGroup(db);
    const parent = await parentIn(t, db, 11, "Балапан", "ru", newUser({ first_name: name, username }));
    await planWeek(db, { now: monday, perHour: 1000 });
    const { sender } = createTestSender(db, { fakeClock: createFakeClock(saturday10), guards: [tipGuard] });
    await sender.runUntilIdle();
    t.setNow(new Date(saturday10.getTime() + 3600_000));
    return { parent, org };
  }

  it("a parent's comment and photo after an activity, and their comment on an event, are in no table after /leave; the dose and the event's figures stay", async () => {
    const db = database.db;
    const { parent, org } = await parentWithSentTip();
    const shown = await t.send(parent, "/tip");
    await t.press(parent, shown.button("Сделали").data);
    expect((await t.sendPhoto(parent, { fileId: photoId, caption: tipCaption })).text).toContain("Спасибо");
    // An event the parent came to, rated and commented on.
    const [event] = await db
      .insert(seminars)
      .values({ organizerId: 1, scopeKey: "national", status: "closed", kind: "webinar", titleRu: "Вебинар", startsAt: new Date(saturday10.getTime() - 86_400_000) })
      .returning();
    await db.insert(seminarParticipants).values({ seminarId: event!.id, userId: parent.id, organizationId: org.id, regionCode: org.regionCode, asParent: true, response: "coming", attended: true, rating: 5, comment: seminarComment });
    // A message still waiting for them whose parameters name them.
    await enqueueMessages(db, [{ chatId: parent.id, kind: "test", templateKey: "review-notice-accepted", params: { organization: name, year: 2036, quarter: 4 } }]);

    const [delivery] = await db.select().from(tipDeliveries);
    expect(delivery).toMatchObject({ feedback: "done", comment: tipCaption, photoFileId: photoId });
    expect((await columnsHolding(db, needles)).sort()).toEqual(
      [
        `outbox.params: ${name}`,
        `seminar_participants.comment: ${seminarComment}`,
        `tip_deliveries.comment: ${tipCaption}`,
        `tip_deliveries.photo_file_id: ${photoId}`,
        `users.first_name: ${name}`,
        `users.username: ${username}`,
      ],
    );
    const doseBefore = await db.select().from(tipDose);
    const countsBefore = await db.select().from(seminarOrganizationCounts);
    expect(doseBefore).toMatchObject([{ organizationId: org.id, arm: "experimental", sent: 1, done: 1 }]);
    expect(countsBefore).toMatchObject([{ seminarId: event!.id, organizationId: org.id, invited: 1, coming: 1, attended: 1, ratingSum: 5, ratings: 1 }]);

    await leaveAll(parent);

    expect(await columnsHolding(db, needles)).toEqual([]);
    expect(await rowsMentioning(db, parent.id)).toEqual([]);
    // The answers stay, without the person: "We did it" still counts, the rating too.
    const [kept] = await db.select().from(tipDeliveries);
    expect(kept).toMatchObject({ userId: null, feedback: "done", comment: null, photoFileId: null, commentAskedAt: null });
    expect(await db.select().from(tipDose)).toEqual(doseBefore);
    expect(await db.select().from(seminarOrganizationCounts)).toEqual(countsBefore);
    const [participant] = await db.select().from(seminarParticipants);
    expect(participant).toMatchObject({ attended: true, rating: 5, comment: null });
    expect(participant!.userId).toBeLessThan(0);
    // The delivery ledger keeps that messages went out, and nothing of what they said.
    const ledger = await db.select().from(outbox).orderBy(asc(outbox.id));
    expect(ledger.length).toBeGreaterThanOrEqual(2);
    for (const row of ledger) {
      expect(row.chatId).toBeLessThan(0);
      expect({ params: row.params, buttons: row.buttons, attachment: row.attachment, dedupKey: row.dedupKey }).toEqual({ params: {}, buttons: null, attachment: null, dedupKey: null });
    }
  }, 180_000);
});

describe("retention of feedback texts and photos", () => {
  it("comments and photos older than the period go, the answers and ratings stay; newer ones stay whole", async () => {
    const db = database.db;
    const org = await orgByRegistryNo(db, 11);
    await syncActivityLibrary(db, library);
    const [lib] = await db.select({ id: sql<number>`id` }).from(sql`activities`);
    const day = 86_400_000;
    const now = new Date("2036-06-01T00:00:00Z");
    const old = new Date(now.getTime() - 31 * day);
    const recent = new Date(now.getTime() - 29 * day);
    await db.insert(tipDeliveries).values([
      { userId: null, weekStart: "2036-04-28", activityId: lib!.id, groupIds: [], plannedAt: old, feedback: "done", comment: "старое", photoFileId: "old-photo" },
      { userId: null, weekStart: "2036-05-01", activityId: lib!.id, groupIds: [], plannedAt: recent, feedback: "done", comment: "новое", photoFileId: "new-photo" },
    ]);
    const events = await db
      .insert(seminars)
      .values([old, recent].map((startsAt) => ({ organizerId: 1, scopeKey: "national", status: "closed" as const, startsAt })))
      .returning();
    await db.insert(seminarParticipants).values(events.map((e, i) => ({ seminarId: e.id, userId: -1 - i, organizationId: org.id, response: "coming" as const, attended: true, rating: 4, comment: `отзыв ${i}` })));
    const counts = await db.select().from(seminarOrganizationCounts).orderBy(asc(seminarOrganizationCounts.seminarId));

    expect(await prunePersonalData(db, now, { feedbackRetentionDays: 30 })).toMatchObject({ tipWords: 1, seminarComments: 1 });
    const tips = await db.select().from(tipDeliveries).orderBy(asc(tipDeliveries.plannedAt));
    expect(tips.map((d) => [d.feedback, d.comment, d.photoFileId])).toEqual([["done", null, null], ["done", "новое", "new-photo"]]);
    const participants = await db.select().from(seminarParticipants).orderBy(asc(seminarParticipants.seminarId));
    expect(participants.map((p) => [p.rating, p.comment])).toEqual([[4, null], [4, "отзыв 1"]]);
    expect(await db.select().from(seminarOrganizationCounts).orderBy(asc(seminarOrganizationCounts.seminarId))).toEqual(counts);
    // The default period (90 days) keeps both of the newer ones.
    expect(await prunePersonalData(db, now)).toMatchObject({ tipWords: 0, seminarComments: 0 });
  });
});
