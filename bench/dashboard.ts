/**
 * npm run bench:dashboard — the coordinators' dashboard (Mini App) at national scale, on the
 * machine's PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; a
 * database of its own is created and dropped), with the data of bench:digest (bench/national-data.ts:
 * 10,000 kindergartens, 1,000,000 parents). Prints, each beside the chat's /status for the same scope:
 *   - the API's p50/p95 for the national and a regional first screen (signed initData, over HTTP, gzip);
 *   - the page's total transfer size, compressed, as headless Chromium received it;
 *   - the time to the first meaningful screen in headless Chromium (Debian's chromium) with the API local.
 */
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { loadavg, cpus } from "node:os";
import type { AddressInfo } from "node:net";
import puppeteer from "puppeteer-core";
import { migrationsFolder, type Db } from "../src/db/client.js";
import * as schema from "../src/db/schema/index.js";
import { createHttpServer } from "../src/observability/http-server.js";
import { webappHandler } from "../src/webapp/webapp-server.js";
import { signInitData } from "../testing/init-data.js";
import { createTestBot, TEST_TOKEN } from "../testing/test-bot.js";
import type { TestUser } from "../testing/updates.js";
import { ms as column, percentile, timeRuns } from "./lib.js";
import { counts, NOW, seed, seedTipDose } from "./national-data.js";

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 30);
const PAGE_LOADS = Number(process.env.BENCH_DASHBOARD_PAGE_LOADS ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ms = (n: number) => column(n, 8);

async function main() {
  const name = `bench_dashboard_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const client = postgres(url.toString(), { max: 10, onnotice: () => {} });
  const db = drizzle(client, { schema }) as unknown as Db;
  const server = createHttpServer({ webapp: webappHandler({ db, botToken: TEST_TOKEN, adminIds: new Set(), clock: () => NOW, prefix: "/app/" }) });
  try {
    await migrate(drizzle(client, { schema }), { migrationsFolder });
    const seconds = await seed(db);
    await seedTipDose(db);
    console.log(`seeded in ${seconds.toFixed(1)} s: ${await counts(db)}`);

    await new Promise<void>((resolve) => server.server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}/app/`;
    const t = createTestBot(db, { now: NOW });
    const user = (id: number): TestUser => ({ id, first_name: "Bench", language_code: "ru" });
    const national = user(20000061);
    const regional = (i: number) => user(20000000 + (i % 20) * 3 + 3); // each region's coordinator
    const signed = (u: TestUser) => signInitData(TEST_TOKEN, { id: u.id, language_code: "ru" }, NOW);
    const screen = async (u: TestUser) => {
      const response = await fetch(`${base}api/screen`, { headers: { authorization: `tma ${signed(u)}`, "accept-encoding": "gzip" } });
      const body = (await response.json()) as { screen?: { level: string } };
      if (response.status !== 200) throw new Error(`api/screen: ${response.status} ${JSON.stringify(body)}`);
      return body.screen!.level;
    };
    // Warm up (plans, caches, the bot's first update).
    await screen(national);
    await screen(regional(0));
    await t.send(national, "/status");
    await t.send(regional(0), "/status");

    console.log(`\nfirst screen, ${RUNS} runs each (ms)                        p50       p95`);
    const apiNational = await timeRuns(RUNS, async () => void (await screen(national)));
    const chatNational = await timeRuns(RUNS, async () => {
      const out = await t.send(national, "/status");
      if (!out.text.includes("📊")) throw new Error(out.text.slice(0, 200));
    });
    const apiRegion = await timeRuns(RUNS, async (i) => void (await screen(regional(i))));
    const chatRegion = await timeRuns(RUNS, async (i) => {
      const out = await t.send(regional(i), "/status");
      if (!out.text.includes("📊")) throw new Error(out.text.slice(0, 200));
    });
    // Search, sort and the next lines of a region's list are asked of the server (api/units).
    const regionCodes = ((await db.execute(sql`select code from regions order by code`)) as unknown as { code: string }[]).map((r) => r.code);
    const apiUnits = await timeRuns(RUNS, async (i) => {
      const q = new URLSearchParams({ region: regionCodes[i % 20]!, q: "1", sort: i % 2 ? "name" : "handed-in", offset: "30" });
      const response = await fetch(`${base}api/units?${q}`, { headers: { authorization: `tma ${signed(regional(i))}`, "accept-encoding": "gzip" } });
      if (response.status !== 200) throw new Error(`api/units: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    });
    const apiEffect = await timeRuns(3, async () => {
      const response = await fetch(`${base}api/effect`, { headers: { authorization: `tma ${signed(national)}` } });
      if (response.status !== 200) throw new Error(`api/effect: ${response.status}`);
      await response.arrayBuffer();
    });
    console.log(`national: page API (api/screen, over HTTP)            ${ms(apiNational.p50)}  ${ms(apiNational.p95)}   target p95 < 200`);
    console.log(`national: chat /status (whole update)                 ${ms(chatNational.p50)}  ${ms(chatNational.p95)}`);
    console.log(`national: page's comparison after it (api/effect)     ${ms(apiEffect.p50)}  ${ms(apiEffect.p95)}   (3 runs; the chat's 📐 button computes the same)`);
    console.log(`region (~500 kindergartens): page API (api/screen)    ${ms(apiRegion.p50)}  ${ms(apiRegion.p95)}   target p95 < 200`);
    console.log(`region: chat /status (whole update, page 1 of 25)     ${ms(chatRegion.p50)}  ${ms(chatRegion.p95)}`);
    console.log(`region: a search's second page (api/units, sorted)    ${ms(apiUnits.p50)}  ${ms(apiUnits.p95)}`);

    if (!existsSync(CHROMIUM)) {
      console.log(`\n${CHROMIUM} is missing: no page figures (apt-get install -y chromium)`);
    } else {
      const browser = await puppeteer.launch({
        executablePath: CHROMIUM,
        args: ["--no-sandbox", "--headless=new", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
      });
      try {
        console.log(`\npage in headless Chromium, ${PAGE_LOADS} loads each, fresh context, cold cache   transfer (compressed)   first screen p50 / max (ms)   chat /status p50`);
        for (const [label, who, chat] of [["national", () => national, chatNational], ["region", regional, chatRegion]] as const) {
          const sizes: number[] = [];
          const times: number[] = [];
          for (let i = 0; i < PAGE_LOADS; i++) {
            const context = await browser.createBrowserContext();
            const page = await context.newPage();
            page.on("pageerror", (error) => console.error("page error:", error));
            page.on("response", (response) => {
              if (response.status() >= 400) console.error(`page request: ${response.status()} ${response.url()}`);
            });
            await page.setViewport({ width: 390, height: 844 });
            const cdp = await page.createCDPSession();
            await cdp.send("Network.enable");
            let bytes = 0;
            cdp.on("Network.loadingFinished", (event) => (bytes += event.encodedDataLength));
            const fragment = new URLSearchParams({ tgWebAppData: signed(who(i)), tgWebAppVersion: "8.0", tgWebAppPlatform: "web" });
            await page.goto(`${base}#${fragment}`);
            await page.waitForFunction(() => document.body.dataset.state === "ready", { timeout: 60_000 });
            times.push(await page.evaluate(() => performance.getEntriesByName("dashboard-ready")[0]!.startTime));
            // Everything the page asks for, the comparison included.
            await page.waitForFunction(() => !document.querySelector("#chart-effect[data-loading]"), { timeout: 60_000 }).catch(async () => {
              console.error("the comparison did not come:", await page.evaluate(() => document.getElementById("chart-effect")?.outerHTML.slice(0, 300)));
            });
            sizes.push(bytes);
            await context.close();
          }
          times.sort((a, b) => a - b);
          console.log(
            `${label.padEnd(8)} first screen                                         ${(Math.max(...sizes) / 1024).toFixed(1).padStart(7)} KB        ${ms(percentile(times, 50))} / ${ms(times.at(-1)!)}      ${ms(chat.p50)}   targets < 300 KB, < 1,500 ms`,
          );
        }
      } finally {
        await browser.close();
      }
    }
    console.log(`\n(machine load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(" ")} on ${cpus().length} cores)`);
  } finally {
    await server.close();
    await client.end({ timeout: 5 });
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
