import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { organizations } from "../../src/db/schema/index.js";
import { runCli } from "../../src/cli/run-cli.js";
import { findUsableInvitation } from "../../src/registration/invitations.js";
import { createFakeTelegram } from "../../testing/fake-telegram.js";
import { TEST_TOKEN } from "../../testing/test-bot.js";
import { createTestDatabase, resetDatabase } from "../helpers/test-db.js";

/**
 * (Limits of 180 s a test: rendering and decoding pages on a loaded 2-core machine; nothing timed is asserted.)
 * The batch's files as a department gets them, checked with Debian's standard tools (poppler-utils:
 * pdfinfo, pdftoppm, pdftotext, pdffonts; zbar-tools: zbarimg). `.ci/run` installs them.
 */
function tool(name: string, args: string[]): string {
  try {
    return execFileSync(name, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const error = e as NodeJS.ErrnoException & { stderr?: string };
    if (error.code === "ENOENT") throw new Error(`${name} is missing: apt-get install -y poppler-utils zbar-tools (.ci/run does it)`);
    throw new Error(`${name} ${args.join(" ")} failed: ${error.stderr ?? error.message}`);
  }
}

/**
 * The links the QR codes of one page decode to, read by zbarimg from a 300 dpi render (as a printer
 * prints the card): at 150 dpi zbarimg missed one code of 400 random links, at 300 none of 1,200.
 */
function qrLinksOfPage(pdf: string, page: number, dir: string): string[] {
  const prefix = join(dir, `page-${page}`);
  tool("pdftoppm", ["-r", "300", "-f", String(page), "-l", String(page), "-png", "-singlefile", pdf, prefix]);
  const out = tool("zbarimg", ["-q", "--raw", `${prefix}.png`]);
  return out.split("\n").filter(Boolean).sort();
}

let database: Database;
let dir: string;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => {
  await resetDatabase(database.db);
  // A spec gives 12 both registered names; the seed has none.
  await database.db.update(organizations).set({ nameKk: null, nameRu: null }).where(eq(organizations.registryNo, 12));
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = mkdtempSync(join(tmpdir(), "invite-batch-"));
});

async function cli(args: string[], now = new Date("2026-12-02T06:00:00Z")) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    env: { BOT_TOKEN: TEST_TOKEN },
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    database,
    fetch: createFakeTelegram().fetch,
    clock: () => now,
  });
  return { code, out, err: err.join("\n") };
}

async function readLinks(xlsx: string): Promise<{ header: string[]; rows: (string | number | Date)[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const sheet = workbook.worksheets[0]!;
  const all: (string | number | Date)[][] = [];
  sheet.eachRow((row) => all.push((row.values as (string | number | Date)[]).slice(1)));
  return { header: all[0] as string[], rows: all.slice(1) };
}

const KAZAKH_NAME = "«Әсем-Ғалия» бөбекжай-бақшасы (әғқңөұүһі)";

describe("invite-batch from the CLI: a printable PDF and an .xlsx of the same links", { timeout: 180_000 }, () => {
  it("writes A4 cards (4 a page) whose QR codes decode to the links of the .xlsx, Kazakh letters in DejaVu", async () => {
    // The region's five seeded organisations plus 60 more: 65 cards, 17 pages.
    await database.db.insert(organizations).values(Array.from({ length: 60 }, (_, i) => ({ registryNo: 5001 + i, regionCode: "aktobe", name: `${KAZAKH_NAME} №${i + 1}` })));
    // As a registry import leaves them: 12 has its name in both languages, the others only `name`.
    await database.db.update(organizations).set({ nameKk: "«Күншуақ» бөбекжай-бақшасы МКҚК", nameRu: "ГККП «Ясли-сад «Күншуақ»" }).where(eq(organizations.registryNo, 12));
    const run = await cli(["invite-batch", "aktobe", "--out", dir, "--lang", "ru"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/^batch \d+ of aktobe: 65 invitations for heads \(single use, valid until 16\.12\.2026\); 0 unused links of earlier batches revoked$/);
    expect(run.out.at(-1)).toMatch(/^memory: rss \d+ MB at start, \d+ MB at end, peak \d+ MB$/);
    const files = readdirSync(dir).sort();
    expect(files).toEqual([expect.stringMatching(/^invitations-aktobe-\d+-ru\.xlsx$/), expect.stringMatching(/^invitations-aktobe-\d+\.pdf$/)]);
    const pdf = join(dir, files[1]!);

    const info = tool("pdfinfo", [pdf]);
    expect(info).toMatch(/Pages:\s+17\n/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(tool("pdffonts", [pdf])).toMatch(/DejaVuSans\s.*yes/);
    const text = tool("pdftotext", ["-layout", "-f", "1", "-l", "2", pdf, "-"]);
    // Every Kazakh letter of the name comes back out of the PDF's text (the DejaVu glyphs are there).
    for (const letter of "ӘҒәғқңөұүһі") expect(text).toContain(letter);
    expect(text).toContain("Меңгерушіге арналған жеке шақыру");
    expect(text).toContain("Персональное приглашение руководителю");
    expect(text).toContain("Соңғы жарамды күні — 16.12.2026");
    expect(text).toContain("«Күншуақ» бөбекжай-бақшасы МКҚК");
    expect(text).toContain("ГККП «Ясли-сад «Күншуақ»");

    const { header, rows } = await readLinks(join(dir, files[0]!));
    expect(header).toEqual(["№ в реестре", "Регион", "Наименование дошкольной организации на казахском языке", "Наименование дошкольной организации на русском языке", "Ссылка-приглашение", "Действует до"]);
    expect(rows).toHaveLength(65);
    expect(rows[0]!.slice(0, 2)).toEqual([11, "Актюбинская область"]);
    expect(rows[1]!.slice(0, 4)).toEqual([12, "Актюбинская область", "«Күншуақ» бөбекжай-бақшасы МКҚК", "ГККП «Ясли-сад «Күншуақ»"]);
    const links = rows.map((r) => String((r[4] as unknown as { text?: string }).text ?? r[4]));
    expect(links.every((l) => /^https:\/\/t\.me\/erte_pilot_bot\?start=[A-Za-z0-9_-]{22}$/.test(l))).toBe(true);
    expect(new Set(links).size).toBe(65);

    // A sample of pages: first, middle, last (one card). The bench decodes every page.
    expect(qrLinksOfPage(pdf, 1, dir)).toEqual(links.slice(0, 4).sort());
    expect(qrLinksOfPage(pdf, 9, dir)).toEqual(links.slice(32, 36).sort());
    expect(qrLinksOfPage(pdf, 17, dir)).toEqual(links.slice(64).sort());
  });

  it("made again replaces the unused links: the old ones are refused", async () => {
    const first = await cli(["invite-batch", "aktobe", "--out", join(dir, "1")]);
    expect(first.code).toBe(0);
    const firstXlsx = readdirSync(join(dir, "1")).find((f) => f.endsWith(".xlsx"))!;
    const oldLinks = (await readLinks(join(dir, "1", firstXlsx))).rows.map((r) => String(r[4]));
    expect(oldLinks).toHaveLength(5);
    const second = await cli(["invite-batch", "aktobe", "--out", join(dir, "2")], new Date("2026-12-03T06:00:00Z"));
    expect(second.out[0]).toContain(": 5 invitations for heads");
    expect(second.out[0]).toContain("5 unused links of earlier batches revoked");
    const token = (link: string) => new URL(link).searchParams.get("start")!;
    for (const link of oldLinks) {
      expect(await findUsableInvitation(database.db, { token: token(link) }, new Date("2026-12-03T07:00:00Z"))).toEqual({ ok: false, problem: "revoked", personal: true });
    }
  });

  it("refuses an unknown region and a missing scope clearly, and writes nothing", async () => {
    const unknown = await cli(["invite-batch", "atlantis", "--out", dir]);
    expect(unknown).toMatchObject({ code: 1, err: 'unknown region "atlantis" (see: regions), or all for the whole country' });
    const missing = await cli(["invite-batch"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("invite-batch needs a region code or all");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("covers the whole country with all: one PDF, every organisation without a head", async () => {
    await database.db.update(organizations).set({ inPilot: false }).where(eq(organizations.registryNo, 100));
    try {
      const run = await cli(["invite-batch", "all", "--out", dir]);
      expect(run.out[0]).toContain("of the whole country: 99 invitations");
      const pdf = readdirSync(dir).find((f) => f.endsWith(".pdf"))!;
      expect(pdf).toMatch(/^invitations-kz-\d+\.pdf$/);
      expect(tool("pdfinfo", [join(dir, pdf)])).toMatch(/Pages:\s+25\n/);
    } finally {
      await database.db.update(organizations).set({ inPilot: true }).where(eq(organizations.registryNo, 100));
    }
  });
});
