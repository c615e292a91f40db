import { and, asc, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { memberships, organizations, outbox, quarterlyReports, regions, reportingPeriods, users } from "../../src/db/schema/index.js";
import { runReportReminders } from "../../src/reminders/report-reminders.js";
import { addGroup } from "../../src/reports/groups.js";
import { MESSAGE_TEXT_LIMIT, splitText } from "../../src/shared/message-limits.js";
import { renderMessage } from "../../testing/delivery.js";
import { joinedUser } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import { checkRequest } from "../../testing/telegram-rules.js";
import type { TestBot } from "../../testing/test-bot.js";

/**
 * Every list the bot sends stays within Telegram's limits at national size: a region of 700
 * kindergartens whose registry names are 300 characters long. The fake Bot API refuses what
 * Telegram refuses, and the test bot fails on any refused call, so "it was sent" means "it fits".
 */
let database: Database;
let t: TestBot;
useBotSpec((spec) => {
  ({ database, t } = spec);
});

const REGION = "national-test";
const SIZE = 700;
/** A registry name of exactly 300 characters, Kazakh letters included, distinct per number. */
const longName = (n: number) => {
  const head = `«Балапан-${n}» бөбекжай-бақшасы `;
  return (head + "ғ".repeat(300)).slice(0, 299) + "Қ";
};

async function nationalRegion(): Promise<{ ids: number[] }> {
  const { db } = database;
  await db.insert(regions).values({ code: REGION, nameKk: "Сынақ облысы", nameRu: "Тестовая область" }).onConflictDoNothing();
  const existing = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.regionCode, REGION)).orderBy(asc(organizations.registryNo));
  if (existing.length === SIZE) return { ids: existing.map((e) => e.id) };
  const rows = Array.from({ length: SIZE }, (_, i) => ({ registryNo: 100_000 + i, regionCode: REGION, name: longName(100_000 + i), legalForm: null, inPilot: true }));
  const inserted = await db.insert(organizations).values(rows).returning({ id: organizations.id });
  return { ids: inserted.map((r) => r.id) };
}

describe("the methodologists' overdue list of day +5", () => {
  it("700 kindergartens with 300-character names go out as several messages, each within 4,096 characters in both languages, none left out", async () => {
    const { db } = database;
    await nationalRegion();
    for (const [id, language] of [[301, "kk"], [302, "ru"]] as const) {
      await db.insert(users).values({ telegramId: id, language, languageConfirmed: true }).onConflictDoNothing();
      await db.insert(memberships).values({ userId: id, role: "methodologist", regionCode: REGION, scopeKey: `region:${REGION}` });
    }
    // Q4 2026 is due on 20 November; day +5 is the 25th.
    await runReportReminders(db, new Date("2026-11-25T10:00:00+05:00"));
    const rows = await db.select().from(outbox).where(inArray(outbox.chatId, [301, 302])).orderBy(asc(outbox.id));

    for (const chatId of [301, 302]) {
      const mine = rows.filter((r) => r.chatId === chatId);
      expect(mine.length).toBeGreaterThan(20);
      expect(mine[0]!.templateKey).toBe("reminder-report-overdue-methodologists");
      expect(mine.slice(1).every((r) => r.templateKey === "ux-reminder-overdue-list-continued")).toBe(true);
      // Every kindergarten once, in registry order, across the parts.
      const listed = mine.flatMap((r) => String(r.params.organizations).split("\n"));
      expect(listed).toHaveLength(SIZE);
      expect(listed[0]).toBe(`• №100000 ${longName(100_000)}`);
      expect(listed.at(-1)).toBe(`• №${100_000 + SIZE - 1} ${longName(100_000 + SIZE - 1)}`);
      for (const language of ["kk", "ru"] as const) {
        for (const row of mine) {
          const rendered = renderMessage(row, language);
          expect(rendered.text.length).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT);
          expect(checkRequest("sendMessage", { chat_id: chatId, text: rendered.text })).toBeNull();
        }
      }
    }
    const second = renderMessage(rows.find((r) => r.chatId === 302 && r.templateKey === "ux-reminder-overdue-list-continued")!, "ru");
    expect(second.text).toMatch(/^Тестовая область: продолжение списка детских садов, не сдавших отчёт за 4-й квартал 2026 года \(часть 2 из \d+\):\n• №/);
    const secondKk = renderMessage(rows.find((r) => r.chatId === 301 && r.templateKey === "ux-reminder-overdue-list-continued")!, "kk");
    expect(secondKk.text).toMatch(/^Сынақ облысы: 2026 жылғы 4-тоқсан бойынша есебін тапсырмаған балабақшалар тізімінің жалғасы \(бөлім: 2\/\d+\):\n• №/);

    // Running the slot again adds nothing (each part has its own dedup key).
    await runReportReminders(db, new Date("2026-11-25T11:00:00+05:00"));
    expect(await db.select().from(outbox).where(inArray(outbox.chatId, [301, 302]))).toHaveLength(rows.length);
  });
});

describe("splitting a long text", () => {
  it("cuts at line boundaries, cuts an over-long line at a space, and loses nothing else", () => {
    const lines = Array.from({ length: 50 }, (_, i) => `${i} ${"ә".repeat(150)}`);
    const pieces = splitText(lines.join("\n"), 1000);
    expect(pieces.every((p) => p.length <= 1000)).toBe(true);
    expect(pieces.join("\n")).toBe(lines.join("\n"));
    const words = Array.from({ length: 400 }, (_, i) => `сөз${i}`).join(" ");
    const cut = splitText(words, 500);
    expect(cut.every((p) => p.length <= 500)).toBe(true);
    expect(cut.join(" ")).toBe(words);
    expect(splitText("", 10)).toEqual([]);
  });
});

describe("lists in the bot at national size", () => {
  it("a methodologist pages through 60 groups of a kindergarten and sets an arm on the third page without losing the page", async () => {
    const { ids } = await nationalRegion();
    const organizationId = ids[0]!;
    for (let i = 1; i <= 60; i++) {
      await addGroup(database.db, { organizationId, name: `${"Күншуақ".repeat(8).slice(0, 55)} ${i}`, ageBand: "senior", childrenCount: 20, arm: i % 2 ? "experimental" : "control", createdBy: null });
    }
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: REGION }, "ru");
    const picker = await t.send(methodologist, "/groups");
    // The region's 700 kindergartens, a page at a time, with labels short enough to read.
    expect(picker.buttons.filter((b) => b.data?.startsWith("grp-org:"))).toHaveLength(8);
    expect(picker.buttons.every((b) => b.text.length <= 48)).toBe(true);

    const first = await t.press(methodologist, picker.buttons.find((b) => b.data === `grp-org:${organizationId}`)!.data);
    expect(first.text).toContain("Страница 1 из 6 (всего: 60)");
    expect(first.buttons.filter((b) => b.data?.startsWith("grp-arm:"))).toHaveLength(20);
    const second = await t.press(methodologist, first.button("▶").data);
    expect(second.text).toContain("11. «");
    expect(second.text).not.toContain("\n10. «");
    const third = await t.press(methodologist, second.button("▶").data);
    expect(third.text).toContain("Страница 3 из 6");
    const armed = await t.press(methodologist, third.button(/^● 21\. /).data);
    expect(armed.alerts).toHaveLength(1);
    expect(armed.text).toContain("Страница 3 из 6");
    // The same press again changes nothing on screen: no edit, no duplicate message.
    const again = await t.press(methodologist, armed.button(/^● 21\. /).data);
    expect(again.called("editMessageText")).toHaveLength(0);
    expect(again.called("sendMessage")).toHaveLength(0);
  });

  it("the review list of 700 reports with 300-character names is paged, and a report on a later page opens", async () => {
    const { db } = database;
    const { ids } = await nationalRegion();
    const [period] = await db.select().from(reportingPeriods).where(and(eq(reportingPeriods.year, 2026), eq(reportingPeriods.quarter, 4)));
    await db.insert(quarterlyReports).values(
      ids.map((organizationId, i) => ({ organizationId, periodId: period!.id, status: "submitted" as const, formVersion: "2026.1", answers: {}, submittedAt: new Date(Date.UTC(2026, 10, 10, 0, i)), submittedLate: i % 3 === 0 })),
    );
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: REGION }, "kk");
    const list = await t.send(methodologist, "/review");
    expect(list.text).toContain("Бет: 1 / 88 (барлығы: 700)");
    const reports = list.buttons.filter((b) => b.data?.startsWith("rv-open:"));
    expect(reports).toHaveLength(8);
    expect(reports.every((b) => b.text.length <= 48 + " · 2026/4 ⏰".length)).toBe(true);
    const page2 = await t.press(methodologist, list.button("▶").data);
    expect(page2.text).toContain("Бет: 2 / 88");
    const opened = await t.press(methodologist, page2.buttons.find((b) => b.data?.startsWith("rv-open:"))!.data);
    expect(opened.text).toContain(longName(100_008));
  });
});
