/**
 * The batch half of `npm run bench:rollout`: every head's invitation at once, on PostgreSQL.
 * - a region's batch of 700 invitations (the database work), its PDF of cards and its .xlsx, with
 *   the process's memory; every page's QR codes decoded (pdftoppm at 300 dpi, as printed; zbarimg) and compared
 *   with the links; target < 30 s for the batch and both files;
 * - the whole country's batch (10,000), one PDF streamed page by page and the .xlsx, with RSS at the
 *   start, the peak and the end (sampled every 50 ms); target < 5 minutes, memory flat. Its pages are
 *   decoded too when BENCH_DECODE_ALL=1 (a sample of one page in 25 otherwise: 2,500 pages take
 *   minutes of rendering on two cores).
 * Needs at least 10,000 organisations in the programme with 700 in one region: `seedRolloutRegistry`
 * adds them when the import part has not.
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, readdirSync, rmSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { count, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../src/db/client.js";
import { organizations } from "../src/db/schema/index.js";
import { writeInvitationCardsPdf } from "../src/invitation-batches/invitation-cards-pdf.js";
import { writeInvitationLinksXlsx } from "../src/invitation-batches/invitation-links-xlsx.js";
import { deepLink } from "../src/registration/invitations.js";
import { createInvitationBatch, loadBatchCards } from "../src/invitation-batches/invitation-batch.js";

const BOT = "erte_pilot_bot";
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * RSS sampled every 50 ms while `run` runs (start, peak, end) and, when node runs with --expose-gc
 * (the npm script sets it), the largest live heap measured after a collection every 2 s: RSS also
 * holds garbage V8 has not collected yet; the live heap is what the work keeps.
 */
async function withMemory<T>(run: () => Promise<T>): Promise<{ result: T; ms: number; rss: { start: number; peak: number; end: number }; liveHeap: number | null }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  let liveHeap = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const collector = gc
    ? setInterval(() => {
        gc();
        liveHeap = Math.max(liveHeap, process.memoryUsage().heapUsed);
      }, 2000)
    : undefined;
  const t0 = performance.now();
  try {
    const result = await run();
    const end = process.memoryUsage().rss;
    return { result, ms: performance.now() - t0, rss: { start, peak: Math.max(peak, end), end }, liveHeap: gc ? liveHeap : null };
  } finally {
    clearInterval(timer);
    clearInterval(collector);
  }
}
const live = (m: { liveHeap: number | null }) => (m.liveHeap === null ? "live heap not measured (run with --expose-gc)" : `largest live heap ${mb(m.liveHeap)}`);

/** 10,000 organisations in the programme, 700 of them in Aktobe, beside the ministry's 100 (when fewer are there). */
export async function seedRolloutRegistry(db: Db): Promise<void> {
  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(organizations).where(eq(organizations.inPilot, true));
  if (n >= 10_000) return;
  await db.execute(sql`
    insert into organizations (registry_no, region_code, name, name_kk, name_ru, legal_form, in_pilot)
    select 100000 + g, case when g <= 695 then 'aktobe' else r.codes[1 + (g % 19)] end,
      format('№%s «Балапан» бөбекжай-бақшасы» МКҚК', g), format('№%s «Балапан» бөбекжай-бақшасы» МКҚК', g),
      format('ГККП «Ясли-сад №%s «Балапан»', g), 'МКҚК', true
    from generate_series(1, 9900) g, (select array_agg(code order by code) codes from regions where code <> 'aktobe') r`);
}

/** Every page rendered at 300 dpi (at 150 zbarimg missed one code of 400 random links) and read by zbarimg; the decoded links must be exactly the batch's. */
function decodePages(pdf: string, dir: string, expected: string[], every = 1): { pages: number; decoded: number; ms: number } {
  const t0 = performance.now();
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const wanted = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => (p - 1) % every === 0 || p === pages);
  const decoded: string[] = [];
  // Ranges of pages per pdftoppm run, and all of a range's pictures in one zbarimg run.
  for (let i = 0; i < wanted.length; i += 50) {
    const chunk = wanted.slice(i, i + 50);
    const prefix = `decode-${i}-`;
    if (every === 1) execFileSync("pdftoppm", ["-r", "300", "-f", String(chunk[0]), "-l", String(chunk.at(-1)), "-png", pdf, join(dir, prefix)]);
    else for (const page of chunk) execFileSync("pdftoppm", ["-r", "300", "-f", String(page), "-l", String(page), "-png", "-singlefile", pdf, join(dir, `${prefix}${page}`)]);
    const files = readdirSync(dir).filter((f) => f.startsWith(prefix)).map((f) => join(dir, f));
    if (files.length !== chunk.length) throw new Error(`pdftoppm made ${files.length} pictures for ${chunk.length} pages`);
    const text = execFileSync("zbarimg", ["-q", "--raw", ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: ["ignore", "pipe", "ignore"] });
    decoded.push(...text.split("\n").filter(Boolean));
    for (const f of files) rmSync(f, { force: true });
  }
  const expectedOnPages = new Set(wanted.flatMap((p) => expected.slice((p - 1) * 4, p * 4)));
  const got = new Set(decoded);
  const missing = [...expectedOnPages].filter((l) => !got.has(l));
  const stray = decoded.filter((l) => !expectedOnPages.has(l));
  if (missing.length > 0 || stray.length > 0 || decoded.length !== expectedOnPages.size) {
    throw new Error(`QR check failed: ${missing.length} links not decoded, ${stray.length} decoded that are not the batch's (of ${expectedOnPages.size})`);
  }
  return { pages: wanted.length, decoded: decoded.length, ms: performance.now() - t0 };
}

async function batchAndFiles(db: Db, regionCode: string | null, dir: string, now: Date) {
  return withMemory(async () => {
    const t0 = performance.now();
    const batch = await createInvitationBatch(db, { regionCode, createdBy: null, ttlDays: 14, now });
    const dbMs = performance.now() - t0;
    const cards = await loadBatchCards(db, batch.id);
    const t1 = performance.now();
    const pdf = join(dir, `invitations-${regionCode ?? "kz"}.pdf`);
    const pages = await writeInvitationCardsPdf(cards, { botUsername: BOT, out: createWriteStream(pdf) });
    const pdfMs = performance.now() - t1;
    const t2 = performance.now();
    const xlsx = join(dir, `invitations-${regionCode ?? "kz"}.xlsx`);
    await writeInvitationLinksXlsx(cards, { botUsername: BOT, language: "kk", out: createWriteStream(xlsx) });
    const xlsxMs = performance.now() - t2;
    return { batch, cards, pdf, pages: pages.pages, dbMs, pdfMs, xlsxMs, pdfBytes: (await stat(pdf)).size, xlsxBytes: (await stat(xlsx)).size };
  });
}

export async function runRolloutBatchBench(db: Db, log: (line: string) => void = console.log): Promise<void> {
  await seedRolloutRegistry(db);
  const dir = await mkdtemp(join(tmpdir(), "bench-rollout-"));
  try {
    const [largest] = await db
      .select({ region: organizations.regionCode, n: count() })
      .from(organizations)
      .where(eq(organizations.inPilot, true))
      .groupBy(organizations.regionCode)
      .orderBy(desc(count()))
      .limit(1);
    log(`\n== invitation batches (load ${load()})`);

    const region = await batchAndFiles(db, largest!.region, dir, new Date("2026-12-02T06:00:00Z"));
    const r = region.result;
    log(
      `region ${largest!.region}: ${r.batch.invitations} invitations in ${s(region.ms)} (< 30 s wanted): database ${s(r.dbMs)}, ` +
        `PDF ${r.pages} pages ${mb(r.pdfBytes)} in ${s(r.pdfMs)}, .xlsx ${(r.xlsxBytes / 1024).toFixed(0)} KB in ${s(r.xlsxMs)}; ` +
        `RSS ${mb(region.rss.start)} → peak ${mb(region.rss.peak)} → ${mb(region.rss.end)}, ${live(region)}`,
    );
    const regionLinks = r.cards.map((c) => deepLink(BOT, c.token));
    const regionDecode = decodePages(r.pdf, dir, regionLinks);
    log(`  every page decoded: ${regionDecode.pages} pages, ${regionDecode.decoded} QR codes = the ${regionLinks.length} links, in ${s(regionDecode.ms)}`);
    // A second batch of the region replaces the first's links.
    const again = await withMemory(() => createInvitationBatch(db, { regionCode: largest!.region, createdBy: null, ttlDays: 14, now: new Date("2026-12-02T07:00:00Z") }));
    log(`  made again: ${again.result.invitations} new, ${again.result.replaced} replaced, in ${s(again.ms)}`);

    const country = await batchAndFiles(db, null, dir, new Date("2026-12-02T08:00:00Z"));
    const c = country.result;
    log(
      `country: ${c.batch.invitations} invitations (${c.batch.replaced} replaced) in ${s(country.ms)} (< 5 min wanted): database ${s(c.dbMs)}, ` +
        `PDF ${c.pages} pages ${mb(c.pdfBytes)} streamed in ${s(c.pdfMs)}, .xlsx ${(c.xlsxBytes / 1024).toFixed(0)} KB in ${s(c.xlsxMs)}`,
    );
    log(`  RSS at start ${mb(country.rss.start)}, peak ${mb(country.rss.peak)}, at end ${mb(country.rss.end)} (region's peak ${mb(region.rss.peak)}); ${live(country)} (region's: ${live(region)})`);
    const every = process.env.BENCH_DECODE_ALL === "1" ? 1 : 25;
    const countryDecode = decodePages(c.pdf, dir, c.cards.map((card) => deepLink(BOT, card.token)), every);
    log(`  ${every === 1 ? "every page" : "one page in 25"} decoded: ${countryDecode.pages} pages, ${countryDecode.decoded} QR codes match, in ${s(countryDecode.ms)}`);
    log(`load after: ${load()}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
