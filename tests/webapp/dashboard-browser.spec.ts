/**
 * The dashboard in a real browser: Debian's chromium driven by puppeteer-core, one launch for the
 * file. The page is served by the bot's own handler and signed initData is built here, as Telegram
 * would give it in the page's URL fragment (#tgWebAppData=…), which telegram-web-app.js reads.
 * Screenshots of each role's first screen go to tests/artifacts/ (git-ignored).
 */
import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import type { Database } from "../../src/db/client.js";
import { createHttpServer } from "../../src/observability/http-server.js";
import { webappHandler } from "../../src/webapp/webapp-server.js";
import { joinedUser } from "../helpers/fixtures.js";
import { signInitData } from "../../testing/init-data.js";
import { TEST_TOKEN, type TestBot } from "../../testing/test-bot.js";
import type { TestUser } from "../../testing/updates.js";
import { useBotSpec } from "../helpers/spec.js";
import { addKindergartens, seedAktobe } from "../outputs/digests/fixtures.js";
import { seedPilot } from "../figures/effect-fixtures.js";
import { createTestSender } from "../../testing/delivery.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = new URL("../artifacts/", import.meta.url).pathname;
// CI installs chromium (.ci/run); elsewhere the spec says why it skips instead of failing on a missing browser.
const available = existsSync(CHROMIUM) || process.env.CI === "true";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

let browser: Browser;
let base: string;
let close: () => Promise<void>;
beforeAll(async () => {
  if (!available) return;
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--headless=new", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 60_000);
afterAll(async () => browser?.close());
beforeEach(async () => {
  const server = createHttpServer({ webapp: webappHandler({ db: database.db, botToken: TEST_TOKEN, adminIds: new Set(), clock: () => t.now, prefix: "/app/" }) });
  await new Promise<void>((resolve) => server.server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/app/`;
  close = server.close;
});
afterEach(async () => close());

const theme = { bg_color: "#17212b", text_color: "#f5f5f5", hint_color: "#708499", button_color: "#5288c1", button_text_color: "#ffffff", secondary_bg_color: "#232e3c" };

/** Opens the page as Telegram would, in a fresh browser context (telegram-web-app.js keeps its launch parameters per session). */
async function openAs(initData: string): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error("page error:", error));
  page.on("requestfailed", (request) => console.error("request failed:", request.url()));
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 1 });
  const fragment = new URLSearchParams({ tgWebAppData: initData, tgWebAppVersion: "8.0", tgWebAppPlatform: "web", tgWebAppThemeParams: JSON.stringify(theme) });
  await page.goto(`${base}#${fragment}`);
  await settled(page);
  return page;
}

async function settled(page: Page) {
  await page.waitForFunction(() => ["ready", "refused"].includes(document.body.dataset.state ?? ""), { timeout: 60_000 });
}

async function tap(page: Page, selector: string) {
  await page.click(selector);
  await settled(page);
}

/** Waits until the list shows what `expected` says of its lines' names (the server's answer may take a moment). */
async function listShows(page: Page, expected: (names: string[]) => boolean) {
  await page.waitForFunction(
    (source: string) => {
      const names = [...document.querySelectorAll(".unit .name")].map((n) => n.textContent ?? "");
      return document.body.dataset.list === undefined && (new Function("names", `return (${source})(names)`) as (n: string[]) => boolean)(names);
    },
    { timeout: 60_000 },
    expected.toString(),
  );
  return page.$$eval(".unit .name", (rows) => rows.map((r) => r.textContent!));
}
const numbers = (names: string[]) => names.map((n) => Number(n.split(".")[0]));

const text = (page: Page) => page.evaluate(() => document.body.innerText);
const state = (page: Page) => page.evaluate(() => ({ state: document.body.dataset.state, reason: document.body.dataset.reason, title: document.getElementById("title")!.textContent }));
const signed = (user: TestUser, language = "ru", at = t.now) => signInitData(TEST_TOKEN, { id: user.id, language_code: language }, at);
const shot = (page: Page, name: string) => page.screenshot({ path: `${ARTIFACTS}dashboard-${name}.png`, fullPage: false });

// A browser and five seeded users under a busy machine's load: generous limits, no timing asserted.
describe.skipIf(!available)(`the dashboard in headless Chromium (${CHROMIUM})`, { timeout: 180_000 }, () => {
  it("each role sees exactly their scope on the first screen; a parent is refused", async () => {
    const seeded = await seedAktobe(t, database.db);
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const regional = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: seeded.o11.id }, "kk");

    const country = await openAs(signed(national));
    expect(await state(country)).toMatchObject({ state: "ready", title: "Вся республика" });
    expect(await country.$$eval(".unit", (rows) => rows.length)).toBe(20);
    const countryText = await text(country);
    expect(countryText).toContain("Актюбинская область");
    expect(countryText).toContain("Статус отчётов · 100");
    expect(countryText).toContain("Не сдан в срок: 97");
    // The comparison comes after the first screen, with the chat's own lines.
    await country.waitForFunction(() => document.getElementById("chart-effect")?.textContent?.includes("Эффект проекта"), { timeout: 60_000 });
    expect(await country.$("#chart-effect[data-loading]")).toBeNull();
    // The theme's colours reach the page (telegram-web-app.js sets --tg-theme-*).
    expect(await country.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(23, 33, 43)");
    await shot(country, "national-coordinator");

    const region = await openAs(signed(regional));
    expect(await state(region)).toMatchObject({ state: "ready", title: "Актюбинская область" });
    expect(await region.$$eval(".unit .name", (rows) => rows.map((r) => r.textContent!.split(".")[0]))).toEqual(["12", "13", "14", "15", "11"]);
    expect(await text(region)).not.toContain("Атырауская");
    await shot(region, "regional-coordinator");

    // The methodologist reads Kazakh (the bot's language, not Telegram's "ru").
    const method = await openAs(signed(methodologist, "ru"));
    expect(await state(method)).toMatchObject({ state: "ready", title: "Ақтөбе облысы" });
    expect(await text(method)).toContain("Есептердің күйі · 5");
    await shot(method, "methodologist");

    const head = await openAs(signed(seeded.head11));
    expect(await state(head)).toMatchObject({ state: "ready", title: "№49 «Думан» бөбекжай-бақшасы» МКҚК" });
    const headText = await text(head);
    expect(headText).toContain("Принят");
    expect(headText).toContain("Күншуақ · Экспериментальная");
    expect(await head.$("#back")).not.toBeNull();
    expect(await head.$eval("#back", (b) => (b as HTMLButtonElement).hidden)).toBe(true);
    await shot(head, "head");

    const refused = await openAs(signed(parent, "kk"));
    expect(await state(refused)).toMatchObject({ state: "refused", reason: "no-figures" });
    expect(await text(refused)).toContain("Бұл бет жоба үйлестірушілеріне, әдіскерлерге және балабақша меңгерушілеріне арналған.");
    await shot(refused, "parent");

    // Kazakh letters are drawn with real glyphs, not the missing-glyph box.
    const tofu = await method.evaluate(() => {
      const draw = (ch: string) => {
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = 32;
        const g = canvas.getContext("2d")!;
        g.font = getComputedStyle(document.body).fontSize + " " + getComputedStyle(document.body).fontFamily;
        g.fillText(ch, 4, 24);
        return canvas.toDataURL();
      };
      const missing = draw("\u{E000}");
      return [..."әғқңөұүһіӘҒҚҢӨҰҮҺІ"].filter((ch) => draw(ch) === missing);
    });
    expect(tofu).toEqual([]);
    for (const page of [country, region, method, head, refused]) await page.browserContext().close();
  });

  it("a forged or expired initData sees a refusal in Telegram's language", async () => {
    const regional = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const forged = await openAs(signInitData("987654:ANOTHER-bot-token_abcdefghijklmnop", { id: regional.id, language_code: "ru" }, t.now));
    expect(await state(forged)).toMatchObject({ state: "refused", reason: "forged" });
    expect(await text(forged)).toContain("Подпись данных страницы не подтверждена");
    await shot(forged, "forged");
    const expired = await openAs(signed(regional, "ru", new Date(t.now.getTime() - 2 * 60 * 60_000)));
    expect(await state(expired)).toMatchObject({ state: "refused", reason: "expired" });
    expect(await text(expired)).toContain("Срок действия страницы истёк");
    for (const page of [forged, expired]) await page.browserContext().close();
  });

  it("a national coordinator taps down to a region and a kindergarten, goes back, searches, and switches the language", async () => {
    await seedAktobe(t, database.db);
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const page = await openAs(signed(national));
    await tap(page, '.unit[data-key="aktobe"]');
    expect(await state(page)).toMatchObject({ state: "ready", title: "Актюбинская область" });
    expect(await page.$$eval(".unit", (rows) => rows.length)).toBe(5);
    // Search by registry number and by name.
    await page.type("#search", "13");
    expect(await page.$$eval(".unit .name", (rows) => rows.map((r) => r.textContent))).toEqual(["13. №5 «Ақбота» бөбекжай-бақшасы» МКҚК"]);
    await page.$eval("#search", (i) => ((i as HTMLInputElement).value = ""));
    await page.type("#search", "думан");
    expect(await page.$$eval(".unit .name", (rows) => rows.map((r) => r.textContent))).toEqual(["11. №49 «Думан» бөбекжай-бақшасы» МКҚК"]);
    await tap(page, ".unit");
    expect(await state(page)).toMatchObject({ state: "ready", title: "№49 «Думан» бөбекжай-бақшасы» МКҚК" });
    const card = await text(page);
    expect(card).toContain("Ответы отчёта");
    expect(card).toContain("Медицина и здоровье");
    expect(card).toContain("История проверки");
    await tap(page, "#back");
    expect(await state(page)).toMatchObject({ title: "Актюбинская область" });
    await tap(page, "#lang");
    expect(await state(page)).toMatchObject({ state: "ready", title: "Ақтөбе облысы" });
    expect(await text(page)).toContain("Есептердің күйі · 5");
    await tap(page, "#back");
    expect(await state(page)).toMatchObject({ state: "ready", title: "Бүкіл республика" });
    await page.browserContext().close();
  });
  it("a regional coordinator pages through 45 kindergartens, sorts and searches them on the server, switches the period, and asks for the .xlsx: the bot sends it to the chat", async () => {
    const seeded = await seedAktobe(t, database.db);
    await addKindergartens(database.db, "aktobe", 40, 120);
    const regional = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const page = await openAs(signed(regional));
    expect(await state(page)).toMatchObject({ state: "ready", title: "Актюбинская область" });
    expect(await text(page)).toContain("Статус отчётов · 45");
    expect(await text(page)).toContain("Не сдан в срок: 42");
    // The first 30 lines, attention first; the rest on a tap.
    expect(numbers(await listShows(page, (n) => n.length === 30)).slice(0, 5)).toEqual([12, 13, 14, 15, 1001]);
    expect(await page.$eval("#more-units", (e) => e.textContent)).toContain("Показано: 30 из 45");
    await page.click("#more");
    expect(numbers(await listShows(page, (n) => n.length === 45)).at(-1)).toBe(11);
    expect(await page.$eval("#more-units", (e) => (e as HTMLElement).hidden)).toBe(true);
    // Sorting by registry number asks the server for the whole list's first page in that order.
    await page.select("#sort", "number");
    expect(numbers(await listShows(page, (n) => n[0]!.startsWith("11.") && n.length === 30)).slice(0, 6)).toEqual([11, 12, 13, 14, 15, 1001]);
    await page.select("#sort", "handed-in");
    expect(numbers(await listShows(page, (n) => !n[0]!.startsWith("11.") && n.length === 30))[0]).not.toBe(11);
    // A kindergarten beyond the first page is found by its number, and by name.
    await page.type("#search", "1037");
    expect(await listShows(page, (n) => n.length === 1 && n[0]!.startsWith("1037."))).toHaveLength(1);
    await page.$eval("#search", (i) => ((i as HTMLInputElement).value = ""));
    await page.type("#search", "думан");
    expect(numbers(await listShows(page, (n) => n.length === 1 && n[0]!.startsWith("11.")))).toEqual([11]);
    await page.$eval("#search", (i) => ((i as HTMLInputElement).value = ""));
    await page.type("#search", "Бөбекжай-бақша № 3");
    expect(numbers(await listShows(page, (n) => n.length === 11))).toEqual([1003, ...Array.from({ length: 10 }, (_, i) => 1030 + i)].sort((a, b) => a - b));
    await shot(page, "regional-search");

    // The first quarter: only 11 handed in, every other kindergarten overdue.
    await page.select("#period", String(seeded.q1.id));
    await settled(page);
    expect(await page.$eval("#period", (e) => (e as HTMLSelectElement).value)).toBe(String(seeded.q1.id));
    const q1 = await text(page);
    expect(q1).toContain("Статус отчётов · 45");
    expect(q1).toContain("Не сдан в срок: 44");
    expect(q1).toContain("Принят: 1");

    // The .xlsx of the chosen quarter goes to the user's chat, sent by the bot's outbox.
    await page.click('[data-download="xlsx"]');
    await page.waitForFunction(() => !(document.getElementById("toast") as HTMLElement).hidden, { timeout: 120_000 });
    expect(await page.$eval("#toast", (e) => e.textContent)).toBe("Файл готовится: бот пришлёт его в чат.");
    const { sender, telegram } = createTestSender(database.db);
    await sender.runUntilIdle();
    const sent = telegram.delivered.filter((m) => m.chatId === regional.id);
    expect(sent.map((m) => m.attachment?.type)).toEqual(["document", "photo"]);
    expect(sent[0]!.text).toBe("Актюбинская область: отчёты за 1-й квартал 2026 года. Организаций в файле: 45.");
    await page.browserContext().close();
  });

  it("the national comparison is drawn with its interval, and the country's regions sort by name on the page", async () => {
    await seedPilot(database.db, 12);
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const page = await openAs(signed(national));
    await page.waitForFunction(() => !document.querySelector("#chart-effect[data-loading]") && !!document.querySelector("#chart-effect svg"), { timeout: 120_000 });
    const chart = await page.$eval("#chart-effect", (e) => ({ text: (e as HTMLElement).innerText, interval: e.querySelector('svg[aria-label="Разница и её 95-процентный интервал, процентные пункты"]')?.textContent ?? null }));
    expect(chart.text).toContain("Экспериментальные группы");
    expect(chart.text).toContain("Разность изменений (экспериментальные минус контрольные): +20,0 п. п.");
    // The interval [+20, +20] around its point on the line, with zero marked.
    expect(chart.interval?.replace(/\s+/g, " ").trim()).toBe("0 +20,0 +20,0 +20,0");
    await page.$eval("#chart-effect", (e) => e.scrollIntoView());
    await shot(page, "national-effect");

    await page.select("#sort", "name");
    const names = await page.$$eval(".unit .name", (rows) => rows.map((r) => r.textContent!));
    expect(names).toHaveLength(20);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "ru")));
    await page.select("#sort", "handed-in");
    const handed = await page.$$eval(".unit .meta", (rows) => rows.map((r) => r.querySelector("span")!.textContent!.split("/").map(Number)));
    const shares = handed.map(([h, all]) => h! / all!);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    await page.browserContext().close();
  });
});
