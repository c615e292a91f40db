import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../../../src/db/client.js";
import { outbox, seminarOrganizationCounts, seminarParticipants, seminars } from "../../../src/db/schema/index.js";
import { createI18n } from "../../../src/bot/i18n.js";
import { buildDigest } from "../../../src/outputs/digests/build-digest.js";
import { digestSections } from "../../../src/outputs/digests/registry.js";
import { summaryLines } from "../../../src/outputs/digests/render.js";
import type { DigestText } from "../../../src/outputs/digests/section.js";
import { runWeeklyDigest, WEEKLY_DIGEST_KIND } from "../../../src/outputs/digests/weekly.js";
import { closeSeminar, rateSeminar, recordAttendance } from "../../../src/seminars/attendance.js";
import type { SeminarTally } from "../../../src/seminars/figures.js";
import { publishSeminar } from "../../../src/seminars/publish.js";
import { erasePerson } from "../../../src/registration/leave.js";
import { respondToSeminar } from "../../../src/seminars/rsvp.js";
import { createFakeClock, createTestSender } from "../../../testing/delivery.js";
import { joinedUser, orgByRegistryNo } from "../../helpers/fixtures.js";
import type { TestBot } from "../../../testing/test-bot.js";
import type { TestUser } from "../../../testing/updates.js";
import { useBotSpec } from "../../helpers/spec.js";
import { periods2026, seedAktobe } from "./fixtures.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

const i18n = createI18n();
const translate = (locale: "kk" | "ru", key: string, params?: Record<string, string | number>) => i18n.t(locale, key, params);
const ru: DigestText = { language: "ru", t: (key, params) => translate("ru", key, params) };
/** 25.11.2026 10:00 in Almaty: the events start then. */
const STARTS = new Date("2026-11-25T05:00:00Z");
const AFTER = new Date("2026-11-26T06:00:00Z");
/** Monday 30.11.2026, 09:00 in Asia/Almaty. */
const MONDAY_9 = new Date("2026-11-30T04:00:00Z");

/** Publishes an event through the service the wizard ends in; returns its id. */
async function publish(organizerId: number, scopeKey: string, includeParents: boolean, startsAt = STARTS): Promise<number> {
  const [draft] = await database.db
    .insert(seminars)
    .values({
      organizerId,
      scopeKey,
      kind: "webinar",
      titleKk: "Кәсіптер әлемі",
      titleRu: "Мир профессий",
      descriptionKk: "Тәрбиешілерге",
      descriptionRu: "Для воспитателей",
      startsAt,
      durationMinutes: 90,
      onlineUrl: "https://zoom.us/j/123456",
      includeParents,
    })
    .returning();
  const result = await publishSeminar(database.db, { seminarId: draft!.id, organizerId, now: t.now });
  if (result.kind !== "published") throw new Error(`not published: ${result.kind}`);
  return draft!.id;
}

const answer = (seminarId: number, user: TestUser, a: "coming" | "not_coming") => respondToSeminar(database.db, { seminarId, userId: user.id, answer: a, now: t.now });

/**
 * Aktobe as seedAktobe leaves it, and three webinars on 25.11.2026:
 *  S1 Aktobe's, heads and parents: heads 11 and 12, parents A and B of 11 invited; both heads come,
 *     take part and rate 5 and 4; parent A will not come. A methodologist is on its list too (no
 *     kindergarten: not counted), rating 1.
 *  S2 the country's, heads: heads 11, 12 and Atyrau's 21; 11 and 21 come and take part, no rating.
 *  S3 Atyrau's, heads: head 21 comes, takes part, rates 2.
 *  And an Aktobe event of the third quarter, which the fourth quarter does not count.
 */
async function seedSeminars() {
  const seeded = await seedAktobe(t, database.db);
  const o21 = await orgByRegistryNo(database.db, 21);
  const head21 = await joinedUser(t, database.db, { role: "head", organizationId: o21.id }, "ru");
  const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
  const aktobeMethodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
  const atyrauMethodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "atyrau" }, "ru");
  const s1 = await publish(aktobeMethodologist.id, "region:aktobe", true);
  const s2 = await publish(national.id, "national", false);
  const s3 = await publish(atyrauMethodologist.id, "region:atyrau", false);
  await database.db.insert(seminarParticipants).values({ seminarId: s1, userId: aktobeMethodologist.id, regionCode: "aktobe", response: "coming", attended: true, rating: 1 });
  const parents = (await database.db.select().from(seminarParticipants).where(eq(seminarParticipants.seminarId, s1))).filter((p) => p.asParent);
  expect(parents).toHaveLength(2);
  await answer(s1, seeded.head11, "coming");
  await answer(s1, seeded.head12, "coming");
  await respondToSeminar(database.db, { seminarId: s1, userId: parents[0]!.userId, answer: "not_coming", now: t.now });
  await answer(s2, seeded.head11, "coming");
  await answer(s2, head21, "coming");
  await answer(s3, head21, "coming");
  t.setNow(AFTER);
  for (const s of [s1, s2, s3]) expect((await closeSeminar(database.db, { seminarId: s, actor: "admin", now: AFTER })).kind).toBe("closed");
  await rateSeminar(database.db, { seminarId: s1, userId: seeded.head11.id, rating: 5 });
  await rateSeminar(database.db, { seminarId: s1, userId: seeded.head12.id, rating: 4 });
  await recordAttendance(database.db, { seminarId: s2, userId: seeded.head11.id, attended: true });
  await recordAttendance(database.db, { seminarId: s2, userId: head21.id, attended: true });
  await rateSeminar(database.db, { seminarId: s3, userId: head21.id, rating: 2 });
  // The third quarter's event (inserted as it would stand after closing).
  const [q3] = await database.db
    .insert(seminars)
    .values({ organizerId: aktobeMethodologist.id, scopeKey: "region:aktobe", status: "closed", kind: "seminar", titleKk: "a", titleRu: "b", descriptionKk: "c", descriptionRu: "d", startsAt: new Date("2026-09-30T13:00:00Z"), durationMinutes: 60, address: "x" })
    .returning();
  await database.db.insert(seminarParticipants).values({ seminarId: q3!.id, userId: seeded.head11.id, organizationId: seeded.o11.id, regionCode: "aktobe", response: "coming", attended: true, rating: 1 });
  return { ...seeded, head21, o21, national, aktobeMethodologist, s1, s2, s3, sq3: q3!.id };
}

const tally = (events: number[], held: number[], invited: number, coming: number, attended: number, ratingSum: number, ratings: number): SeminarTally => ({
  events: [...events].sort(),
  held: [...held].sort(),
  invited,
  coming,
  attended,
  ratingSum,
  ratings,
});
/** Event ids in a fixed order, to compare tallies. */
const sorted = (x: unknown) => {
  const t = x as SeminarTally;
  return { ...t, events: [...t.events].sort(), held: [...t.held].sort() };
};

describe("seminar figures in the digest", () => {
  it("count the quarter's events once and the people invited through each kindergarten; a region's line is its kindergartens' sum; ratings average over all ratings", async () => {
    const s = await seedSeminars();
    const region = await buildDigest(database.db, { kind: "region", regionCode: "aktobe" }, s.q4, AFTER);
    const aktobe = region.total.totals.seminars as SeminarTally;
    // The query reads Aktobe's two kindergartens with invitations, nothing of Atyrau.
    expect(region.rowsRead.seminars).toBe(2);
    // Atyrau's own webinar is not Aktobe's; the methodologist on S1's list has no kindergarten.
    expect(sorted(aktobe)).toEqual(tally([s.s1, s.s2], [s.s1, s.s2], 6, 3, 3, 9, 2));
    expect(sorted(region.units.find((u) => u.key === String(s.o11.id))!.totals.seminars)).toEqual(tally([s.s1, s.s2], [s.s1, s.s2], 4, 2, 2, 5, 1));
    expect(sorted(region.units.find((u) => u.key === String(s.o12.id))!.totals.seminars)).toEqual(tally([s.s1, s.s2], [s.s1, s.s2], 2, 1, 1, 4, 1));
    expect(summaryLines(region, ru).join("\n")).toContain(
      "Семинары, вебинары и консультации (в этом квартале): 2, уже прошли: 2\n6 приглашений (руководителям и родителям)\n3 ответа «Буду участвовать»\n3 участника мероприятий\n⭐ Средняя оценка: 4,5 из 5 (оценок: 2)",
    );

    const atyrau = await buildDigest(database.db, { kind: "region", regionCode: "atyrau" }, s.q4, AFTER);
    expect(sorted(atyrau.total.totals.seminars)).toEqual(tally([s.s2, s.s3], [s.s2, s.s3], 2, 2, 2, 2, 1));

    // The country: three events (S2 once, though it reached two regions); 11 / 3 = 3.7, not the
    // mean of the regions' means (3.25).
    const country = await buildDigest(database.db, { kind: "national" }, s.q4, AFTER);
    expect(sorted(country.total.totals.seminars)).toEqual(tally([s.s1, s.s2, s.s3], [s.s1, s.s2, s.s3], 8, 5, 5, 11, 3));
    expect(summaryLines(country, ru).join("\n")).toContain("(в этом квартале): 3, уже прошли: 3\n8 приглашений (руководителям и родителям)\n5 ответов «Буду участвовать»\n5 участников мероприятий\n⭐ Средняя оценка: 3,7 из 5 (оценок: 3)");

    // Per region in the database and per kindergarten added up agree, region by region.
    expect(country.rowsRead.seminars).toBe(2);
    const perKindergarten = digestSections.map((x) => ({ ...x, loadByRegion: undefined, merge: undefined }));
    const slow = await buildDigest(database.db, { kind: "national" }, s.q4, AFTER, perKindergarten);
    expect(slow.rowsRead.seminars).toBe(3);
    expect(sorted(country.total.totals.seminars)).toEqual(sorted(slow.total.totals.seminars));
    for (const unit of country.units) {
      expect(sorted(unit.totals.seminars), unit.key).toEqual(sorted(slow.units.find((u) => u.key === unit.key)!.totals.seminars));
    }
    expect(sorted(country.units.find((u) => u.key === "aktobe")!.totals.seminars)).toEqual(sorted(aktobe));

    // Before the events start they are announced, not held; before anything, no lines at all.
    const before = await buildDigest(database.db, { kind: "region", regionCode: "aktobe" }, s.q4, new Date(STARTS.getTime() - 60_000));
    expect(summaryLines(before, ru).join("\n")).toContain("(в этом квартале): 2, уже прошли: 0");
    // The third quarter counts its own event only; a quarter without events shows no seminar lines.
    const { q1, q3 } = await periods2026(database.db);
    expect(sorted((await buildDigest(database.db, { kind: "region", regionCode: "aktobe" }, q3, AFTER)).total.totals.seminars)).toEqual(tally([s.sq3], [s.sq3], 1, 1, 1, 1, 1));
    const quiet = await buildDigest(database.db, { kind: "region", regionCode: "aktobe" }, q1, AFTER);
    expect(summaryLines(quiet, ru).join("\n")).not.toContain("Семинары");
  });

  it("appear in the national coordinator's and the regional methodologist's /status, the head's card (their kindergarten only) and the weekly digest", async () => {
    const s = await seedSeminars();
    const country = await t.send(s.national, "/status");
    expect(country.text).toContain(
      "Семинары, вебинары и консультации (в этом квартале): 3, уже прошли: 3\n8 приглашений (руководителям и родителям)\n5 ответов «Буду участвовать»\n5 участников мероприятий\n⭐ Средняя оценка: 3,7 из 5 (оценок: 3)",
    );
    const region = await t.send(s.aktobeMethodologist, "/status");
    expect(region.text).toContain(
      "Семинарлар, вебинарлар мен консультациялар (осы тоқсанда): 2, оның ішінде өткені: 2\n6 адам шақырылды (меңгерушілер мен ата-аналар)\n3 адам «Қатысамын» деп жауап берді\n3 адам іс-шараларға қатысты\n⭐ Орташа баға: 5 балдан 4,5 (бағалағандар: 2)",
    );
    const card = await t.send(s.head11, "/status");
    expect(card.text).toContain(
      "Семинары, вебинары и консультации (в этом квартале): 2, уже прошли: 2\n4 приглашения (руководителям и родителям)\n2 ответа «Буду участвовать»\n2 участника мероприятий\n⭐ Средняя оценка: 5,0 из 5 (оценок: 1)",
    );

    const run = await runWeeklyDigest(database.db, MONDAY_9, translate);
    expect(run.recipients).toBe(3);
    const { sender, telegram } = createTestSender(database.db, { fakeClock: createFakeClock(MONDAY_9) });
    await sender.runUntilIdle();
    const textOf = (user: TestUser) => telegram.delivered.filter((m) => m.chatId === user.id && !m.attachment).map((m) => m.text).join("\n");
    expect(textOf(s.national)).toContain("(в этом квартале): 3, уже прошли: 3\n8 приглашений");
    expect(textOf(s.aktobeMethodologist)).toContain("(осы тоқсанда): 2, оның ішінде өткені: 2\n6 адам шақырылды");
    expect((await database.db.select().from(outbox).where(eq(outbox.kind, WEEKLY_DIGEST_KIND))).every((r) => r.status === "sent")).toBe(true);
  });

  it("the per-kindergarten counts the digest reads stay exact through publishing, answers, attendance, ratings, erasure, a moved or removed invitation and a deleted event", async () => {
    const s = await seedSeminars();
    async function expectCountsMatch() {
      const live = await database.db
        .select({
          seminarId: seminarParticipants.seminarId,
          organizationId: seminarParticipants.organizationId,
          figures: sql<string>`count(*) || '/' || count(*) filter (where ${seminarParticipants.response} = 'coming') || '/' || count(*) filter (where ${seminarParticipants.attended}) || '/' || coalesce(sum(${seminarParticipants.rating}), 0) || '/' || count(${seminarParticipants.rating})`,
        })
        .from(seminarParticipants)
        .where(sql`${seminarParticipants.organizationId} is not null`)
        .groupBy(seminarParticipants.seminarId, seminarParticipants.organizationId);
      const kept = await database.db.select().from(seminarOrganizationCounts).where(sql`${seminarOrganizationCounts.invited} > 0`);
      expect(new Map(kept.map((k) => [`${k.seminarId}:${k.organizationId}`, `${k.invited}/${k.coming}/${k.attended}/${k.ratingSum}/${k.ratings}`]))).toEqual(
        new Map(live.map((l) => [`${l.seminarId}:${l.organizationId}`, String(l.figures)])),
      );
      return kept;
    }
    expect((await expectCountsMatch()).find((k) => k.seminarId === s.s1 && k.organizationId === s.o11.id)).toMatchObject({ invited: 3, coming: 1, attended: 1, ratingSum: 5, ratings: 1 });

    // A head leaves: their rows keep the figures under a pseudonym (an update that changes nothing counted).
    await erasePerson(database.db, s.head11.id, AFTER);
    await expectCountsMatch();
    // Attendance taken back (the rating goes with it), an invitation moved to another kindergarten, one removed.
    await recordAttendance(database.db, { seminarId: s.s1, userId: s.head12.id, attended: false });
    await database.db.update(seminarParticipants).set({ organizationId: s.o13.id }).where(eq(seminarParticipants.userId, s.head21.id));
    await database.db.delete(seminarParticipants).where(eq(seminarParticipants.asParent, true));
    await expectCountsMatch();
    // A deleted event takes its counts with it.
    await database.db.delete(seminars).where(eq(seminars.id, s.s3));
    expect((await expectCountsMatch()).some((k) => k.seminarId === s.s3)).toBe(false);
    expect(await database.db.select().from(seminarOrganizationCounts).where(eq(seminarOrganizationCounts.seminarId, s.s3))).toEqual([]);
  });
});
