import { beforeEach, describe, expect, it } from "vitest";
import { approveRegion } from "../../src/approvals/region-approvals.js";
import type { Database } from "../../src/db/client.js";
import { buildDigest } from "../../src/outputs/digests/build-digest.js";
import type { ReportTotals } from "../../src/outputs/digests/sections/reports.js";
import { findPeriod } from "../../src/figures/period-reports.js";
import { loadMemberships } from "../../src/registration/actor.js";
import { acceptReport } from "../../src/reports/accept-report.js";
import { ensureReport, replaceAnswers } from "../../src/reports/report-draft.js";
import { submitReport } from "../../src/reports/submit-report.js";
import { draftAnalytics } from "../../src/outputs/analytics/draft-analytics.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import type { Outcome, TestBot } from "../../testing/test-bot.js";
import type { TestUser } from "../../testing/updates.js";
import { docxText, readZipEntry } from "../helpers/zip.js";
import { AFTER_DEADLINE, answers, REVIEWER_ID, seedQuarterReports } from "./seed-reports.js";

let database: Database;
let t: TestBot;

useBotSpec((spec) => ({ database, t } = spec), { now: AFTER_DEADLINE });
beforeEach(async () => seedQuarterReports(database.db));

function documentOf(outcome: Outcome): Buffer {
  const [call] = outcome.called("sendDocument");
  expect(call, "a document was sent").toBeDefined();
  return (call!.payload.document as { fileBytes: Buffer }).fileBytes;
}

/** The rows of the table that follows a heading line: label, count, share, until the next non-row line. */
function tableAfter(text: string, heading: string): { label: string; count: number; share: number }[] {
  const lines = text.split("\n");
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const rows: { label: string; count: number; share: number }[] = [];
  // Header: three cells; then rows of three lines each.
  for (let i = start + 4; i + 2 < lines.length && /^\d+$/.test(lines[i + 1]!) && / %$/.test(lines[i + 2]!); i += 3) {
    rows.push({ label: lines[i]!, count: Number(lines[i + 1]), share: Number(lines[i + 2]!.replace(" %", "").replace(",", ".")) });
  }
  return rows;
}

/** The text of the document less the organisations' registry names (proper nouns that may contain «балабақша»). */
function withoutRegistryNames(text: string, names: string[]): string {
  return names.reduce((rest, name) => rest.replaceAll(name, ""), text);
}

async function aktobeNames(): Promise<string[]> {
  return Promise.all([11, 12, 13, 14, 15].map(async (n) => (await orgByRegistryNo(database.db, n)).name));
}

describe("the documents a department signs", () => {
  it("the quarterly information: sender, addressee, basis with blanks, numbered sections, tables that add up to /status's figures, signature, executor, no author", async () => {
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const menu = await t.send(methodologist, "/analytics");
    const sent = await t.press(methodologist, menu.button("4-й кв. 2026 г.").data!);
    expect(sent.called("sendDocument")[0]!.payload.caption).toContain("Проект информации о ходе реализации проекта: Актюбинская область, 4-й квартал 2026 года.");
    const docx = documentOf(sent);
    const text = docxText(docx);
    const lines = text.split("\n");
    expect(lines[0]).toBe("[Наименование управления образования] (Актюбинская область)");
    expect(lines[1]).toBe("Институт раннего развития детей");
    expect(lines[2]).toBe("Информация о ходе реализации пилотного проекта «Ерте жастан еңбекке және кәсіпке баулу» («Приобщение к труду и профессии с раннего возраста») за 4-й квартал 2026 года");
    expect(text).toContain("утверждённым приказом Министра просвещения Республики Казахстан от «___» ____________ 20___ года № _____, представляется информация о ходе реализации пилотного проекта за 4-й квартал 2026 года.");
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) expect(lines.some((l) => l.startsWith(`${n}. `)), `section ${n}`).toBe(true);
    expect(lines.at(-2)).toBe("Руководитель ____________________ / Ф.И.О.");
    expect(lines.at(-1)).toBe("Исп.: Ф.И.О., тел. ____________");

    // Two tables, each adding up to every organisation and to 100 %.
    const byDeadline = tableAfter(text, "Представление отчётов к установленному сроку:");
    const byStatus = tableAfter(text, "Отчёты по статусу на дату формирования документа:");
    for (const rows of [byDeadline, byStatus]) {
      const total = rows.at(-1)!;
      expect(total).toEqual({ label: "Итого", count: 5, share: 100 });
      const parts = rows.slice(0, -1);
      expect(parts.reduce((sum, r) => sum + r.count, 0)).toBe(5);
      expect(parts.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(100, 5);
    }
    // The same figures as /status for the same region and period.
    const period = (await findPeriod(database.db, 2026, 4))!;
    const digest = await buildDigest(database.db, { kind: "region", regionCode: "aktobe" }, period, AFTER_DEADLINE);
    const status = digest.total.totals.reports as ReportTotals;
    const count = (rows: typeof byStatus, label: string) => rows.find((r) => r.label === label)!.count;
    expect(count(byDeadline, "Сдано в срок")).toBe(status.submitted + status.accepted - status.late);
    expect(count(byDeadline, "Сдано с опозданием")).toBe(status.late);
    expect(count(byDeadline, "Возвращено на доработку, повторно не сдано")).toBe(status.returned);
    expect(count(byDeadline, "Не сдано")).toBe(status.overdue);
    expect(count(byStatus, "Принят")).toBe(status.accepted);
    expect(count(byStatus, "Не сдан в срок")).toBe(status.overdue);
    expect(status.kindergartens).toBe(5);

    // Preschool organisations, not "kindergartens"; no "bot"; no author.
    const words = withoutRegistryNames(text, await aktobeNames()).toLowerCase();
    expect(words).not.toMatch(/детск(ий|ого|их|ие|ому) сад|бот\b|боте\b|telegram/);
    const core = readZipEntry(docx, "docProps/core.xml")!.toString("utf8");
    expect(core).not.toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
    expect(core).not.toContain("Erte bot");
  });

  it("the regional analytical report for January–November, in Kazakh, offered with the fourth quarter's information", async () => {
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "kk");
    const menu = await t.send(coordinator, "/analytics");
    const quarterly = await t.press(coordinator, menu.button("2026 ж., 4-тоқсан").data!);
    const final = await t.press(coordinator, quarterly.button("Қаңтар–қараша есебі").data!);
    expect(final.called("sendDocument")[0]!.payload.caption).toContain("2026 жылғы қаңтар–қарашадағы өңірлік талдамалық есептің жобасы: Ақтөбе облысы.");
    const text = docxText(documentOf(final));
    const lines = text.split("\n");
    expect(lines[0]).toBe("[Білім басқармасының атауы] (Ақтөбе облысы)");
    expect(lines[1]).toBe("Балаларды ерте дамыту институты");
    expect(lines[2]).toBe("«Ерте жастан еңбекке және кәсіпке баулу» пилоттық жобасын іске асыру туралы 2026 жылғы қаңтар–қарашадағы өңірлік талдамалық есеп");
    expect(text).toContain("20___ жылғы «___» ____________ № _____ бұйрығымен бекітілген");
    expect(lines.at(-2)).toBe("Басшы ____________________ / Т.А.Ә.");
    expect(lines.at(-1)).toBe("Орынд.: Т.А.Ә., тел. ____________");
    const words = withoutRegistryNames(text, await aktobeNames()).toLowerCase();
    expect(words).not.toMatch(/балабақша|бот\b|telegram/);
    const byDeadline = tableAfter(text, "Есептердің белгіленген мерзімге тапсырылуы:");
    expect(byDeadline.at(-1)).toEqual({ label: "Барлығы", count: 5, share: 100 });
  });

  it("the national summary for the Ministry counts only the regions the Institute has accepted, a section per region", async () => {
    const institute = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const period = (await findPeriod(database.db, 2026, 4))!;
    const reports = await database.db.query.quarterlyReports.findMany({ where: (r, { eq, and }) => and(eq(r.periodId, period.id), eq(r.status, "submitted")) });
    for (const r of reports) await acceptReport(database.db, { reportId: r.id, reviewerId: REVIEWER_ID, now: AFTER_DEADLINE });
    const act = async (user: TestUser, level: "centre" | "department" | "institute") =>
      expect(
        (await approveRegion(database.db, { actor: { telegramId: user.id, isAdmin: false, memberships: await loadMemberships(database.db, user.id) }, regionCode: "aktobe", periodId: period.id, level, now: AFTER_DEADLINE })).ok,
      ).toBe(true);
    await act(methodologist, "centre");
    await act(coordinator, "department");
    await act(institute, "institute");

    const menu = await t.send(institute, "/analytics");
    const regions = await t.press(institute, menu.button("4-й кв. 2026 г.").data!);
    const national = await t.press(institute, regions.button("🇰🇿 Вся республика").data!);
    const summary = await t.press(institute, national.button("Сводка министерству").data!);
    const text = docxText(documentOf(summary));
    const lines = text.split("\n");
    expect(lines[0]).toBe("Институт раннего развития детей");
    expect(lines[1]).toBe("Министерство просвещения Республики Казахстан");
    expect(lines[2]).toContain("Сводная информация о ходе реализации пилотного проекта");
    expect(text).toContain("по регионам, информация которых принята Институтом (регионов: 1 из 20)");
    expect(text).toContain("Восточно-Казахстанская область");
    expect(text).toMatch(/Не включены \(информация за квартал Институтом не принята\): .*Восточно-Казахстанская область/);
    expect(text).toContain("1.1. Актюбинская область");
    expect(text).toContain("Дошкольных организаций: 5; отчёты сданы в срок: 1, с опозданием: 1; возвращены на доработку и повторно не сданы: 1; не сданы: 2.");
    expect(text).toContain("В пилотном проекте участвуют 5 дошкольных организаций.");
    expect(text).not.toContain("OTHER-REGION");
    expect(tableAfter(text, "Представление отчётов к установленному сроку:").at(-1)).toEqual({ label: "Итого", count: 5, share: 100 });
  });
});

describe("the January–November report covers its whole period", () => {
  it("sums and compares every quarter due by 30 November (1–4; reports here in 1, 2 and 4), says so, and a quarterly document stays one quarter", async () => {
    const { db } = database;
    // 11 also handed in the second quarter: 5 activities, 1 meeting, 10 parents, no new zone.
    const q2 = (await findPeriod(db, 2026, 2))!;
    const org11 = await orgByRegistryNo(db, 11);
    const report = await ensureReport(db, org11.id, q2.id);
    await replaceAnswers(db, report.id, answers({ activities: 5, meetings: 1, parents: 10, zones: 0, best_practice: "Весенняя ярмарка профессий" }) as never);
    expect((await submitReport(db, { reportId: report.id, userId: 800_000_000 + org11.id, now: new Date("2026-06-20T06:00:00Z") })).ok).toBe(true);
    const period = (await findPeriod(db, 2026, 4))!;
    const scope = { national: false, regions: ["aktobe"], organizationIds: [] };
    const final = docxText((await draftAnalytics(db, { scope, period, regionCode: "aktobe", now: AFTER_DEADLINE, language: "ru", kind: "final" })).docx);
    expect(final).toContain("Актюбинская область · январь–ноябрь 2026 года (отчёты за 1–4 кварталы)");
    expect(final).toContain("показатели сведены по отчётам дошкольных организаций за все кварталы периода (1–4), срок сдачи которых наступил до 30 ноября");
    // Activities: the sum of every quarter's handed-in reports (Q1: 11 and 12 with 14 each; Q2: 11 with 5; Q4: 11 with 20, 12 with 14).
    expect(final).toContain("сумма по сданным отчётам за 1–4 кварталы (отчётов: 5)");
    const lines = final.split("\n");
    const byQuarter = lines.slice(lines.indexOf("По кварталам (последняя строка — итог за период):") + 7, lines.indexOf("По кварталам (последняя строка — итог за период):") + 37);
    expect(byQuarter.join("|")).toBe(
      ["1-й квартал", 2, 28, 4, 62, 2, "2-й квартал", 1, 5, 1, 10, 0, "3-й квартал", 0, 0, 0, 0, 0, "4-й квартал", 2, 34, 4, 62, 2, "Январь–ноябрь", 5, 67, 9, 134, 4].join("|"),
    );
    expect(lines[lines.indexOf("Занятия в экспериментальных группах") + 1]).toBe("67");
    // Discipline per quarter: 11 handed in Q1, Q2 and Q4 on time.
    const discipline = lines.slice(lines.indexOf("Представление отчётов по кварталам периода (январь–ноябрь):") + 7).slice(0, 12);
    expect(discipline).toEqual(["1-й квартал", "5", "2", "0", "0", "3", "2-й квартал", "5", "1", "0", "0", "4"]);
    // Directions count organisations once however many quarters chose them (5 reports, 2 organisations).
    expect(final).toContain("• Цифровые технологии — 2");
    // Quotes and skill levels come from the whole period too.
    expect(final).toContain("«Весенняя ярмарка профессий»");
    const quarterly = docxText((await draftAnalytics(db, { scope, period, regionCode: "aktobe", now: AFTER_DEADLINE, language: "ru" })).docx);
    expect(quarterly).not.toContain("Январь–ноябрь");
    expect(quarterly).not.toContain("Весенняя ярмарка профессий");
  });
});
