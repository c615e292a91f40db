import { beforeEach, describe, expect, it } from "vitest";
import { eq, like } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { broadcasts, outbox } from "../../src/db/schema/index.js";
import { acceptReport } from "../../src/reports/accept-report.js";
import { ensureReport, findReportingPeriod, replaceAnswers } from "../../src/reports/report-draft.js";
import { submitReport } from "../../src/reports/submit-report.js";
import { addGroup } from "../../src/reports/groups.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import type { TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestUser } from "../../testing/updates.js";
import { renderMessage } from "../../testing/delivery.js";

let database: Database;
let t: TestBot;
let author: TestUser;
let colleague: TestUser;
let farHead: TestUser;
let methodologist: TestUser;
let reportId: number;
const NOW = new Date("2026-11-12T06:00:00Z");

const answers = {
  directions: ["medicine"], activities: 14, meetings: 2, parents: 31, zones: 0,
  exp_high: 6, exp_middle: 10, exp_low: 4, ctl_high: 3, ctl_middle: 9, ctl_low: 6,
  best_practice: "«Кәсіптер апталығы»: әр күні бір мамандық иесі келеді",
  best_practice_photos: ["photo-a", "photo-b"],
  difficulties: "Жоқ", help_topics: ["materials"], help_text: null,
};

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { now: NOW });

beforeEach(async () => {
  const org = (await orgByRegistryNo(database.db, 12)).id;
  await addGroup(database.db, { organizationId: org, name: "Айгөлек", ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: null });
  await addGroup(database.db, { organizationId: org, name: "Ботақан", ageBand: "senior", childrenCount: 18, arm: "control", createdBy: null });
  author = await joinedUser(t, database.db, { role: "head", organizationId: org }, "kk");
  colleague = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 11)).id }, "ru");
  farHead = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 1)).id }, "ru");
  methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
  const period = (await findReportingPeriod(database.db, NOW))!;
  const report = await ensureReport(database.db, org, period.id);
  await replaceAnswers(database.db, report.id, answers);
  const submitted = await submitReport(database.db, { reportId: report.id, userId: author.id, now: NOW });
  if (!submitted.ok) throw new Error(JSON.stringify(submitted));
  await acceptReport(database.db, { reportId: report.id, reviewerId: methodologist.id, now: NOW });
  reportId = report.id;
});

const shared = () => database.db.select().from(outbox).where(like(outbox.kind, "broadcast-%")).orderBy(outbox.id);

describe("sharing best practice from an accepted report", () => {
  it("the methodologist proposes, the head who submitted agrees, the region's heads get text and photos crediting the kindergarten", async () => {
    const list = await t.send(methodologist, "/bestpractice");
    expect(list.text).toContain("Принятые отчёты с лучшим педагогическим опытом: 1");
    const card = await t.press(methodologist, list.buttons[0]!.data);
    expect(card.text).toContain("Кәсіптер апталығы");
    expect(card.text).toContain("Фото: 2");
    const asked = await t.press(methodologist, card.button("Предложить региону").data);
    expect(asked.text).toContain("Запрос согласия отправлен");
    expect((await t.press(methodologist, card.button("Предложить региону").data)).alerts[0]).toContain("уже спросили");
    const [ask] = await database.db.select().from(outbox).where(eq(outbox.chatId, author.id));
    expect(renderMessage(ask!, "kk").text).toContain("өңірдің меңгерушілерімен бөліскісі келеді");
    expect(await shared()).toEqual([]);

    const [b] = await database.db.select().from(broadcasts);
    // Nobody but the head who submitted may agree.
    expect((await t.press(colleague, `bp-yes:${b!.id}`)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect((await t.press(methodologist, `bp-yes:${b!.id}`)).alerts).toHaveLength(1);
    expect(await shared()).toEqual([]);

    const agreed = await t.press(author, (ask!.buttons as { callbackData: string }[])[0]!.callbackData);
    expect(agreed.text).toContain("Рақмет! Тәжірибеңіз әріптестерге жіберіліп жатыр.");
    const rows = await shared();
    // Colleagues get it; the head who wrote it does not get their own practice back "from a colleague".
    expect(rows.filter((r) => r.templateKey === "bestpractice-message").map((r) => r.chatId)).toEqual([colleague.id]);
    expect(rows.filter((r) => r.templateKey === "bestpractice-photo-caption")).toHaveLength(2);
    expect(rows.some((r) => r.chatId === author.id)).toBe(false);
    const toColleague = rows.find((r) => r.chatId === colleague.id && r.templateKey === "bestpractice-message")!;
    const text = renderMessage(toColleague, "ru").text;
    expect(text).toContain("«Нұрсәт»");
    expect(text).toContain("Актюбинская область");
    expect(rows.some((r) => r.chatId === farHead.id)).toBe(false);
    const [notice] = await database.db.select().from(outbox).where(eq(outbox.templateKey, "bestpractice-author-agreed"));
    expect(notice).toMatchObject({ chatId: methodologist.id });
    expect((await t.press(author, `bp-yes:${b!.id}`)).alerts[0]).toContain("жауап берілген");
    expect(await shared()).toHaveLength(3);
  });

  it("a declined share sends nothing and tells the methodologist; a national coordinator shares with the country", async () => {
    const card = await t.press(methodologist, `bp-open:${reportId}`);
    await t.press(methodologist, card.button("Предложить региону").data);
    const [b] = await database.db.select().from(broadcasts);
    await t.press(author, `bp-no:${b!.id}`);
    expect(await shared()).toEqual([]);
    expect(await database.db.select().from(outbox).where(eq(outbox.templateKey, "bestpractice-author-declined"))).toHaveLength(1);

    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "kk");
    const national = await t.press(coordinator, `bp-open:${reportId}`);
    await t.press(coordinator, national.button("Бүкіл республикаға ұсыну").data);
    const [, second] = await database.db.select().from(broadcasts).orderBy(broadcasts.id);
    await t.press(author, `bp-yes:${second!.id}`);
    expect((await shared()).filter((r) => r.templateKey === "bestpractice-message").map((r) => r.chatId).sort()).toEqual([colleague.id, farHead.id].sort());
  });

  it("heads, parents and methodologists of other regions cannot open or propose it", async () => {
    const other = await joinedUser(t, database.db, { role: "methodologist", regionCode: "abai" }, "ru");
    expect((await t.send(other, "/bestpractice")).text).toBe("Принятых отчётов с описанием лучшего опыта пока нет.");
    expect((await t.press(other, `bp-ask:${reportId}`)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect((await t.send(colleague, "/bestpractice")).text).toBe("Извините, это действие недоступно для вашей роли.");
    expect((await t.press(colleague, `bp-ask:${reportId}`)).alerts).toHaveLength(1);
    expect(await database.db.select().from(broadcasts)).toEqual([]);
  });
});
