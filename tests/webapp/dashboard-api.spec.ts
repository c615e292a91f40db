import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { AddressInfo } from "node:net";
import type { Database } from "../../src/db/client.js";
import { memberships, outbox, users } from "../../src/db/schema/index.js";
import { createHttpServer } from "../../src/observability/http-server.js";
import { webappHandler, webappTexts } from "../../src/webapp/webapp-server.js";
import { joinedUser } from "../helpers/fixtures.js";
import { signInitData } from "../../testing/init-data.js";
import { TEST_TOKEN, type TestBot } from "../../testing/test-bot.js";
import type { TestUser } from "../../testing/updates.js";
import { useBotSpec } from "../helpers/spec.js";
import { addKindergartens, seedAktobe } from "../outputs/digests/fixtures.js";
import { UNITS_PAGE } from "../../src/webapp/dashboard-figures.js";

const WEBAPP_URL = "https://bot.example.kz/app/";
let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec), { webappUrl: WEBAPP_URL });

let base: string;
let close: () => Promise<void>;
beforeEach(async () => {
  const server = createHttpServer({ webapp: webappHandler({ db: database.db, botToken: TEST_TOKEN, adminIds: new Set(), clock: () => t.now, prefix: "/app/" }) });
  await new Promise<void>((resolve) => server.server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/app/`;
  close = server.close;
});
afterEach(async () => close());

async function api(path: string, initData: string | null, init: RequestInit = {}) {
  const response = await fetch(base + path, { ...init, headers: { ...(initData !== null ? { authorization: `tma ${initData}` } : {}), "content-type": "application/json" } });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
const signed = (user: TestUser, at = t.now) => signInitData(TEST_TOKEN, { id: user.id, language_code: "ru" }, at);

/** The counts /status prints beside each report status ("1 ✅ принято"); a line left out is 0. */
function statusCounts(text: string) {
  const n = (icon: string) => Number(new RegExp(`(\\d+) ${icon}`).exec(text)?.[1] ?? 0);
  return {
    kindergartens: Number(/Отчёты, всего детских садов: (\d+)/.exec(text)?.[1]),
    accepted: n("✅ принято"),
    submitted: n("📨 на проверке"),
    returned: n("↩️ возвращено"),
    "in-progress": n("✏️ заполняется"),
    "not-started": n("▫️ не начато"),
    overdue: n("⏰ не сдано в срок"),
    late: n("🐢 сдано с опозданием"),
    parents: Number(/(\d+) родител/.exec(text)?.[1] ?? 0),
  };
}
function apiCounts(totals: Record<string, any>) {
  const r = totals.reports;
  return {
    kindergartens: r.kindergartens,
    accepted: r.accepted,
    submitted: r.submitted,
    returned: r.returned,
    "in-progress": r["in-progress"],
    "not-started": r["not-started"],
    overdue: r.overdue,
    late: r.late,
    parents: totals.audience.parents,
  };
}

describe("the dashboard's API gives the numbers /status gives, for the same scope", { timeout: 120_000 }, () => {
  it("the country (a national coordinator), a region (a regional coordinator) and a kindergarten (its head)", async () => {
    const seeded = await seedAktobe(t, database.db);
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const regional = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");

    const chat = await t.send(national, "/status");
    expect(chat.button("📈").webApp).toBe(WEBAPP_URL);
    const country = await api("api/screen", signed(national));
    expect(country.status).toBe(200);
    expect(country.body.screen.level).toBe("national");
    expect(apiCounts(country.body.screen.total.totals)).toEqual(statusCounts(chat.text));
    expect(country.body.screen.total.totals.reports.kindergartens).toBe(100);
    // Each region's line: handed in / all, overdue, flagged — as the chat's "2/5 ⏰2 ⚠️4 Актюбинская область".
    const aktobe = country.body.screen.units.find((u: any) => u.key === "aktobe");
    const line = /(\d+)\/(\d+) ⏰(\d+) ⚠️(\d+) Актюбинская область/.exec(chat.text)!;
    const reports = aktobe.totals.reports;
    expect([reports.submitted + reports.accepted, aktobe.kindergartens, reports.overdue, aktobe.flagged]).toEqual(line.slice(1).map(Number));
    // Attention first: the regions with the most flagged kindergartens lead, as in the chat's order.
    expect(country.body.screen.units).toHaveLength(20);
    const effect = await api("api/effect", signed(national));
    expect(effect.body.lines.join("\n")).toContain("Эффект проекта");
    expect(effect.body.effect.kind).toBe("too-few");
    expect((await api("api/effect", signed(regional))).body.refused).toBe("not-in-scope");
    expect((await api("api/effect?region=aktobe", signed(regional))).status).toBe(200);

    const regionChat = await t.send(regional, "/status");
    const region = await api("api/screen", signed(regional));
    expect(region.body.screen.level).toBe("region");
    expect(apiCounts(region.body.screen.total.totals)).toEqual(statusCounts(regionChat.text));
    expect(region.body.screen.units.map((u: any) => u.registryNo)).toEqual([12, 13, 14, 15, 11]);

    const headChat = await t.send(seeded.head11, "/status");
    const head = await api("api/screen", signed(seeded.head11));
    expect(head.body.screen).toMatchObject({ level: "organization", organizationId: seeded.o11.id });
    const card = await api(`api/organization?id=${seeded.o11.id}`, signed(seeded.head11));
    expect(card.status).toBe(200);
    expect(card.body.organization.unit.totals.audience.parents).toBe(Number(/(\d+) родител/.exec(headChat.text)![1]));
    expect(headChat.text).toContain("Отчёт: ✅ принят");
    expect(card.body.organization.report.category).toBe("accepted");
    expect(card.body.organization.regionVisible).toBe(false);
    expect(card.body.organization.groups.map((g: any) => [g.name, g.arm, g.children])).toEqual([["Күншуақ", "experimental", 20], ["Балапан", "control", 18]]);
    expect(card.body.organization.report.answers.length).toBeGreaterThan(5);
    // Counts only: no parent's name or id anywhere in what the page gets.
    const parents = await database.db.select({ id: users.telegramId, name: users.firstName }).from(users).innerJoin(memberships, eq(memberships.userId, users.telegramId)).where(eq(memberships.role, "parent"));
    expect(parents).toHaveLength(2);
    for (const body of [card.body, country.body, region.body]) {
      const text = JSON.stringify(body);
      for (const p of parents) {
        expect(text).not.toContain(String(p.id));
        if (p.name) expect(text).not.toContain(p.name);
      }
    }
  });

  it("the card of a returned report shows its review history with the reviewer's role, never a name", async () => {
    const seeded = await seedAktobe(t, database.db);
    const regional = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const card = await api(`api/organization?id=${seeded.o13.id}`, signed(regional));
    expect(card.body.organization.report.category).toBe("returned");
    expect(card.body.organization.reviews).toMatchObject([{ decision: "returned", reviewerRole: "other", fields: [{ comment: "Нақтылаңыз" }] }]);
    expect(card.body.organization.regionVisible).toBe(true);
  });
});

describe("a region's long list comes a page at a time; search, sort and the next page are asked of the server", { timeout: 120_000 }, () => {
  it("a regional coordinator of 45 kindergartens gets the first 30 attention first, then the rest, finds one by number or name, and sorts", async () => {
    await seedAktobe(t, database.db);
    await addKindergartens(database.db, "aktobe", 40, 120);
    const regional = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const first = await api("api/screen", signed(regional));
    const screen = first.body.screen;
    expect(screen.total.kindergartens).toBe(45);
    expect(screen.unitCount).toBe(45);
    expect(screen.units).toHaveLength(UNITS_PAGE);
    // Attention first (the 40 new ones are overdue, as are 12–15), then by registry number: 11 (accepted) is last.
    expect(screen.units.slice(0, 5).map((u: any) => u.registryNo)).toEqual([12, 13, 14, 15, 1001]);
    const rest = await api(`api/units?region=aktobe&offset=${UNITS_PAGE}`, signed(regional));
    expect(rest.status).toBe(200);
    expect(rest.body.count).toBe(45);
    expect(rest.body.units.map((u: any) => u.registryNo).at(-1)).toBe(11);
    const all = [...screen.units, ...rest.body.units];
    expect(new Set(all.map((u: any) => u.key)).size).toBe(45);
    // The lines add up to the region's total (the same digest, a page at a time).
    const sum = (k: string) => all.reduce((n: number, u: any) => n + u.totals.reports[k], 0);
    for (const k of ["accepted", "submitted", "returned", "overdue", "in-progress", "not-started"]) expect(sum(k)).toBe(screen.total.totals.reports[k]);

    const byNumber = await api("api/units?region=aktobe&q=1037", signed(regional));
    expect(byNumber.body).toMatchObject({ count: 1, units: [{ registryNo: 1037 }] });
    const byName = await api(`api/units?region=aktobe&q=${encodeURIComponent("думан")}`, signed(regional));
    expect(byName.body.units.map((u: any) => u.registryNo)).toEqual([11]);
    const numbered = await api("api/units?region=aktobe&sort=number", signed(regional));
    expect(numbered.body.units.slice(0, 6).map((u: any) => u.registryNo)).toEqual([11, 12, 13, 14, 15, 1001]);
    const byShare = await api("api/units?region=aktobe&sort=handed-in&offset=40", signed(regional));
    expect(byShare.body.units.at(-1).registryNo).toBe(11);

    expect((await api("api/units?region=astana", signed(regional))).body.refused).toBe("not-in-scope");
    expect((await api("api/units?region=aktobe&sort=random", signed(regional))).status).toBe(400);
    expect((await api(`api/units?region=aktobe&q=${"x".repeat(101)}`, signed(regional))).status).toBe(400);
  });
});

describe("who gets nothing", () => {
  it("a parent, forged, expired or missing initData, and a region or kindergarten outside the scope are refused with a reason", async () => {
    const seeded = await seedAktobe(t, database.db);
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: seeded.o11.id }, "kk");
    const regional = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");

    expect(await api("api/screen", signed(parent))).toEqual({ status: 403, body: { refused: "no-figures", language: "kk" } });
    expect((await api("api/screen", signInitData("987654:ANOTHER-bot-token_abcdefghijklmnop", { id: regional.id }, t.now))).body.refused).toBe("forged");
    const tampered = signed(regional).replace(`%22id%22%3A${regional.id}`, `%22id%22%3A${seeded.head11.id}`);
    expect(tampered).not.toBe(signed(regional));
    expect((await api("api/screen", tampered)).body.refused).toBe("forged");
    expect((await api("api/screen", signed(regional, new Date(t.now.getTime() - 61 * 60_000)))).body.refused).toBe("expired");
    expect((await api("api/screen", signed(regional, new Date(t.now.getTime() - 59 * 60_000)))).status).toBe(200);
    expect((await api("api/screen", null)).body.refused).toBe("missing");

    expect(await api("api/screen?region=astana", signed(regional))).toEqual({ status: 403, body: { refused: "not-in-scope", language: "ru" } });
    const o1 = (await api("api/screen?region=aktobe", signed(regional))).body.screen.units[0];
    expect(o1.key).toBe(String(seeded.o12.id));
    const other = (await database.db.query.organizations.findFirst({ where: (o, { eq }) => eq(o.regionCode, "astana") }))!;
    expect((await api(`api/organization?id=${other.id}`, signed(regional))).body.refused).toBe("not-in-scope");
    expect((await api(`api/organization?id=${seeded.o12.id}`, signed(seeded.head11))).body.refused).toBe("not-in-scope");
    expect((await api(`api/download`, signed(regional), { method: "POST", body: JSON.stringify({ kind: "docx", period: seeded.q4.id, region: "astana" }) })).body.refused).toBe("not-in-scope");
  });
});

describe("downloads from the page", () => {
  it("an .xlsx asked for from the page goes to the user's chat through the outbox, with the status chart", async () => {
    const seeded = await seedAktobe(t, database.db);
    const regional = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const asked = await api("api/download", signed(regional), { method: "POST", body: JSON.stringify({ kind: "xlsx", period: seeded.q4.id }) });
    expect(asked).toEqual({ status: 202, body: { result: "queued" } });
    const rows = await database.db.select().from(outbox).where(eq(outbox.chatId, regional.id));
    const queued = rows.filter((r) => r.kind === "webapp-download");
    expect(queued.map((r) => [r.templateKey, (r.attachment as { type: string }).type, r.priority])).toEqual([
      ["export-caption", "document", "urgent"],
      ["chart-status-title", "photo", "urgent"],
    ]);
    expect(queued[0]!.params).toMatchObject({ count: 5, quarter: 4, year: "2026" });
  }, 120_000); // exceljs, echarts and resvg build a file and a chart: seconds on a loaded machine

  it("offers the documents the chat offers: a region's January–November report in the fourth quarter, the Ministry's summary for the country only", async () => {
    const seeded = await seedAktobe(t, database.db);
    const regional = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "kk");
    const ask = (user: TestUser, kind: string, region?: string) =>
      api("api/download", signed(user), { method: "POST", body: JSON.stringify({ kind, period: seeded.q4.id, ...(region ? { region } : {}) }) });
    expect(await ask(regional, "docx-final", "aktobe")).toEqual({ status: 202, body: { result: "queued" } });
    expect((await ask(regional, "docx-ministry")).body.refused).toBe("not-in-scope");
    expect((await ask(national, "docx-final")).body.refused).toBe("not-in-scope"); // the country has no January–November report
    expect(await ask(national, "docx-ministry")).toEqual({ status: 202, body: { result: "queued" } });
    const captions = async (user: TestUser) => (await database.db.select().from(outbox).where(eq(outbox.chatId, user.id))).filter((r) => r.kind === "webapp-download").map((r) => r.templateKey);
    expect(await captions(regional)).toEqual(["analytics-caption-final"]);
    expect(await captions(national)).toEqual(["analytics-caption-ministry"]);
  }, 180_000);
});

describe("the page's texts", () => {
  it("come from the locale files, in both languages, with the same keys", async () => {
    const kk = webappTexts("kk");
    const ru = webappTexts("ru");
    expect(Object.keys(kk).sort()).toEqual(Object.keys(ru).sort());
    expect(Object.keys(kk).length).toBeGreaterThan(40);
    expect(kk["webapp-title"]).toBe("Жоба көрсеткіштері");
    expect(ru["webapp-period"]).toBe("{$quarter}-й кв. {$year} г.");
    const served = await fetch(`${base}api/texts?lang=kk`);
    expect(await served.json()).toEqual(kk);
  });
});
