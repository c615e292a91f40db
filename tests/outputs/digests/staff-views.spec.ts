import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../../../src/outputs/charts/render-png.js";
import { skillsChartSpec } from "../../../src/outputs/charts/skills-chart.js";
import { createI18n } from "../../../src/bot/i18n.js";
import { runWeeklyDigest } from "../../../src/outputs/digests/weekly.js";
import { createFakeClock, createTestSender } from "../../../testing/delivery.js";
import type { Database } from "../../../src/db/client.js";
import { joinedUser, orgByRegistryNo } from "../../helpers/fixtures.js";
import type { TestBot } from "../../../testing/test-bot.js";
import { useBotSpec } from "../../helpers/spec.js";
import { handIn, periods2026, seedAktobe } from "./fixtures.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

const i18n = createI18n();
const translate = (locale: "kk" | "ru", key: string, params?: Record<string, string | number>) => i18n.t(locale, key, params);
const MONDAY_9 = new Date("2026-11-23T04:00:00Z");

const KK_ORDER = [
  "Абай облысы", "Ақмола облысы", "Ақтөбе облысы", "Алматы қаласы", "Алматы облысы", "Астана қаласы", "Атырау облысы",
  "Батыс Қазақстан облысы", "Жамбыл облысы", "Жетісу облысы", "Қарағанды облысы", "Қостанай облысы", "Қызылорда облысы",
  "Маңғыстау облысы", "Павлодар облысы", "Солтүстік Қазақстан облысы", "Түркістан облысы", "Ұлытау облысы",
  "Шығыс Қазақстан облысы", "Шымкент қаласы",
];

/** The region names of "handed/all ⏰n ⚠️n Name" lines, in the order shown. */
const regionNamesOf = (text: string) => text.split("\n").filter((l) => / ⚠️[\d\u2007]+ /.test(l)).map((l) => l.replace(/^.* ⚠️[\d\u2007]+ /, ""));

describe("a kindergarten's card opened by staff", () => {
  it("a methodologist (in Kazakh) reads about the kindergarten, with no /report hint meant for its head", async () => {
    await seedAktobe(t, database.db);
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const region = await t.send(methodologist, "/status");
    const card = await t.press(methodologist, region.button(/^14\. /).data);
    expect(card.text).toContain("⏰ Мерзімі өтті, бірақ есеп тапсырылмады.");
    expect(card.text).not.toContain("/report");
    expect(card.text).toContain("Балабақшаның көрсеткіштері өңір мен бүкіл республиканың көрсеткіштерімен қатар");
    expect(card.text).not.toContain("Сіздің көрсеткіштеріңіз");
    expect(card.text).toMatch(/Сабақтар: балабақшада 3 ·/);
  });

  it("a coordinator in Russian likewise; the head of that kindergarten still gets the hint", async () => {
    await seedAktobe(t, database.db);
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const card = await t.press(coordinator, (await t.send(coordinator, "/status")).button(/^15\. /).data);
    expect(card.text).toContain("⏰ Срок прошёл, а отчёт не сдан.");
    expect(card.text).not.toContain("/report");
    expect(card.text).toContain("Показатели детского сада в сравнении с регионом и республикой");
    const head = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 15)).id }, "ru");
    const own = await t.send(head, "/status");
    expect(own.text).toContain("⏰ Срок прошёл, а отчёт не сдан. Открыть отчёт: /report");
    expect(own.text).toContain("Ваши показатели в сравнении с регионом и республикой");
  });
});

describe("regions in the reader's alphabetical order, the same in /status and the digest", () => {
  it("in Kazakh: ә, қ, ң, ұ, ү, і in their places (Ақтөбе before Алматы, Түркістан before Ұлытау)", async () => {
    await seedAktobe(t, database.db);
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "kk");
    const status = await t.send(coordinator, "/status");
    expect(regionNamesOf(status.text)).toEqual(KK_ORDER);
    // The buttons follow the lines.
    expect(status.buttons.slice(0, 3).map((b) => b.text)).toEqual(["Абай облысы", "Ақмола облысы", "Ақтөбе облысы"]);

    await runWeeklyDigest(database.db, MONDAY_9, translate);
    const { sender, telegram } = createTestSender(database.db, { fakeClock: createFakeClock(MONDAY_9) });
    await sender.runUntilIdle();
    const digest = telegram.delivered.filter((m) => m.chatId === coordinator.id && !m.attachment).map((m) => m.text).join("\n");
    const listed = regionNamesOf(digest);
    expect(listed.length).toBeGreaterThan(10);
    expect(listed).toEqual(KK_ORDER.filter((name) => listed.includes(name)));
  });

  it("in Russian: «Западно-Казахстанская» after «Жамбылская», not last as its code would put it", async () => {
    await seedAktobe(t, database.db);
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const names = regionNamesOf((await t.send(coordinator, "/status")).text);
    expect(names.slice(0, 5)).toEqual(["Акмолинская область", "Актюбинская область", "Алматинская область", "Атырауская область", "Восточно-Казахстанская область"]);
    expect(names.indexOf("Западно-Казахстанская область")).toBe(names.indexOf("Жамбылская область") + 1);
    expect(names).toEqual([...names].sort(new Intl.Collator("ru").compare));
  });
});

describe("figures written one way", () => {
  it("the median of others' shares is taken of exact shares: three at 12.5 % give 12,5, not 13", async () => {
    const { q4 } = await periods2026(database.db);
    const base = { directions: ["medicine"], zones: 0, activities: 5, meetings: 1, parents: 10, best_practice: "", best_practice_photos: [], difficulties: "", help_topics: [], help_text: null, ctl_high: 1, ctl_middle: 1, ctl_low: 1 };
    const { addGroup } = await import("../../../src/reports/groups.js");
    for (const n of [11, 12, 13, 14]) {
      const organizationId = (await orgByRegistryNo(database.db, n)).id;
      await addGroup(database.db, { organizationId, name: "Э", ageBand: "senior", childrenCount: n === 11 ? 10 : 8, arm: "experimental", createdBy: null });
      await addGroup(database.db, { organizationId, name: "К", ageBand: "senior", childrenCount: 3, arm: "control", createdBy: null });
    }
    // 1 of 8 children high: 12.5 % (a rounded share would be 13).
    for (const n of [12, 13, 14]) await handIn(database.db, (await orgByRegistryNo(database.db, n)).id, q4.id, { ...base, exp_high: 1, exp_middle: 4, exp_low: 3 }, new Date("2026-11-15T05:00:00Z"));
    await handIn(database.db, (await orgByRegistryNo(database.db, 11)).id, q4.id, { ...base, exp_high: 5, exp_middle: 5, exp_low: 0 }, new Date("2026-11-15T05:00:00Z"));
    const head = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 11)).id }, "ru");
    const shown = (await t.send(head, "/status")).text;
    const line = shown.split("\n").find((l) => l.startsWith("Высокий уровень в экспериментальных группах, %"))!;
    expect(line).toBe("Высокий уровень в экспериментальных группах, %: у вас 50 · регион 12,5 · республика 12,5");
  });

  it("the skills chart writes shares with a decimal comma, as the .docx text does: 33,3 %", () => {
    for (const language of ["kk", "ru"] as const) {
      const spec = skillsChartSpec({ title: "T", current: { quarter: 4, experimental: { high: 1, middle: 1, low: 1 }, control: { high: 2, middle: 1, low: 0 } }, baseline: null }, language);
      const svg = renderChartSvg(spec).svg;
      expect(svg).toContain("33,3 %");
      expect(svg).not.toContain("33.3 %");
    }
  });
});
