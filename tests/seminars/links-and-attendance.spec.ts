import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { outbox, seminarParticipants, seminars, waitingDialogs } from "../../src/db/schema/index.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import type { TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestUser } from "../../testing/updates.js";

let database: Database;
let t: TestBot;
let methodologist: TestUser;
let headComing: TestUser;
let headNotComing: TestUser;
let headSilent: TestUser;
const NOW = new Date("2026-11-22T06:00:00Z");
const STARTS = new Date("2026-11-25T05:00:00Z");

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { now: NOW });

beforeEach(async () => {
  methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
  headComing = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 11)).id }, "kk");
  headNotComing = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 12)).id }, "ru");
  headSilent = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 13)).id }, "ru");
});

const complete = { organizerId: 0, scopeKey: "region:aktobe", kind: "webinar" as const, titleKk: "Атауы", titleRu: "Название", descriptionKk: "Сипаттама", descriptionRu: "Описание", startsAt: STARTS, durationMinutes: 60 };

async function draftAt(step: string, place: { onlineUrl?: string; address?: string } = {}) {
  const [draft] = await database.db.insert(seminars).values({ ...complete, organizerId: methodologist.id, step, ...place }).returning();
  // As /seminar does: the organiser's typed messages now answer this draft.
  await database.db.insert(waitingDialogs).values({ userId: methodologist.id, kind: "seminar-wizard", ref: String(draft!.id) });
  return draft!;
}

const stored = async (id: number) => (await database.db.select().from(seminars).where(eq(seminars.id, id)))[0]!;

describe("seminar links", () => {
  it("an https link followed by a line break and an http link is refused, not cut down to the first line", async () => {
    const draft = await draftAt("online-url");
    const refused = await t.send(methodologist, "https://zoom.us/j/123\nhttp://evil.example/pay");
    expect(refused.text).toContain("не должно быть пробелов и переносов строк");
    expect((await t.send(methodologist, "https://zoom.us/j/123 http://evil.example")).text).toContain("не должно быть пробелов");
    // A zero-width or bidi mark is as invisible as a line break.
    expect((await t.send(methodologist, "https://zoom.us/j/1\u200b23")).text).toContain("не должно быть пробелов");
    // Credentials hide the real host.
    expect((await t.send(methodologist, "https://zoom.us@evil.example/j/1")).text).toContain("не похоже на ссылку");
    expect(await stored(draft.id)).toMatchObject({ step: "online-url", onlineUrl: null });
  });

  it("keeps the parsed, normalised link: the preview, the message and the calendar file show the same one", async () => {
    const draft = await draftAt("online-url");
    await t.send(methodologist, "HTTPS://Zoom.US/j/123");
    expect((await stored(draft.id)).onlineUrl).toBe("https://zoom.us/j/123");
  });

  it("refuses a link typed as the address, in the wizard and when the place is changed", async () => {
    const draft = await draftAt("address");
    for (const text of ["Ақтөбе, https://evil.example", "www.evil.example", "Сбор: evil.example/pay"]) {
      expect((await t.send(methodologist, text)).text).toContain("В адресе не должно быть ссылок");
    }
    expect((await stored(draft.id)).address).toBeNull();
    await t.send(methodologist, "г. Актобе, ул. Абая 1, каб. 5");
    expect((await stored(draft.id)).address).toBe("г. Актобе, ул. Абая 1, каб. 5");
  });

  it("a stored link the calendar file cannot carry is answered 'not accepted': nothing is published, the draft asks for the place again", async () => {
    // What the old parser let through: the raw text with the line break.
    const draft = await draftAt("preview", { onlineUrl: "https://zoom.us/j/123\nhttp://evil.example" });
    const answer = await t.press(methodologist, `sem-pub:${draft.id}`);
    expect(answer.text).toContain("Ссылку не удалось принять");
    expect(answer.text).toContain("Где пройдёт мероприятие?");
    expect(await stored(draft.id)).toMatchObject({ status: "draft", step: "place-kind", onlineUrl: null });
    expect(await database.db.select().from(outbox)).toEqual([]);
    expect(await database.db.select().from(seminarParticipants)).toEqual([]);
  });
});

describe("attendance after an event", () => {
  it("only those who said they were coming are asked, and only they can answer: 'not coming' cannot forge 'attended' or a rating", async () => {
    const [s] = await database.db.insert(seminars).values({ ...complete, organizerId: methodologist.id, status: "published", address: "Ақтөбе" }).returning();
    await database.db.insert(seminarParticipants).values([
      { seminarId: s!.id, userId: headComing.id, response: "coming" },
      { seminarId: s!.id, userId: headNotComing.id, response: "not_coming" },
      { seminarId: s!.id, userId: headSilent.id },
    ]);
    t.setNow(new Date(STARTS.getTime() + 2 * 3_600_000));
    await t.press(methodologist, `sem-close:${s!.id}`);
    const asked = await database.db.select().from(outbox).where(eq(outbox.templateKey, "seminar-attendance-ask"));
    expect(asked.map((r) => r.chatId)).toEqual([headComing.id]);

    for (const forger of [headNotComing, headSilent]) {
      expect((await t.press(forger, `sem-att:${s!.id}:y`)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
      expect((await t.press(forger, `sem-rate:${s!.id}:1`)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    }
    expect((await t.press(headComing, `sem-att:${s!.id}:y`)).alerts).toEqual([]);
    expect((await t.press(headComing, `sem-rate:${s!.id}:5`)).alerts).toEqual([]);
    const rows = await database.db.select().from(seminarParticipants).where(eq(seminarParticipants.seminarId, s!.id));
    const byUser = Object.fromEntries(rows.map((r) => [r.userId, { attended: r.attended, rating: r.rating }]));
    expect(byUser).toEqual({
      [headComing.id]: { attended: true, rating: 5 },
      [headNotComing.id]: { attended: null, rating: null },
      [headSilent.id]: { attended: null, rating: null },
    });
  });
});
