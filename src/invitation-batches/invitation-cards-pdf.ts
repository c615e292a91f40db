import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { once } from "node:events";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Writable } from "node:stream";
import { deepLink } from "../registration/invitations.js";
import type { BatchCard } from "./invitation-batch.js";
import { textsFor } from "../shared/locale-text.js";
import { formatDate } from "../shared/time.js";

const fontDir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONTS = {
  regular: join(fontDir, "DejaVuSans.ttf"),
  bold: join(fontDir, "DejaVuSans-Bold.ttf"),
  mono: join(fontDir, "DejaVuSansMono.ttf"),
};

/** A4 in points; four cards a page (2 × 2), each about 105 × 148 mm, cut along the dashed lines. */
const PAGE = { width: 595.28, height: 841.89 };
const COLUMNS = 2;
const ROWS = 2;
export const CARDS_PER_PAGE = COLUMNS * ROWS;
const CARD = { width: PAGE.width / COLUMNS, height: PAGE.height / ROWS };
const PAD = 20;
/** The QR code's largest side: 50 mm, its 4-module quiet zone included (read easily from a printed card). */
const QR_SIDE = 142;

export interface CardsPdfResult {
  cards: number;
  pages: number;
}

/**
 * Writes the printable A4 cards of a batch to `out`, page by page: pdfkit hands each finished page
 * to the stream and keeps nothing of it but the fonts' used glyphs, so a batch of 10,000 cards runs
 * in flat memory. Every card: registry number and region, the organisation's name as registered in
 * Kazakh and in Russian, the QR code of its link (drawn as vector squares), the link itself, what to
 * do in both languages, and the last day the link works. Yields to the event loop after each page
 * (the bot keeps serving others while a country's cards are drawn) and waits when `out` is full.
 */
export async function writeInvitationCardsPdf(cards: BatchCard[], input: { botUsername: string; out: Writable }): Promise<CardsPdfResult> {
  const { out } = input;
  const kk = textsFor("kk");
  const ru = textsFor("ru");
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: `${kk("invite-batch-pdf-title")} / ${ru("invite-batch-pdf-title")}` } });
  doc.registerFont("regular", FONTS.regular);
  doc.registerFont("bold", FONTS.bold);
  doc.registerFont("mono", FONTS.mono);
  const finished = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
    doc.on("error", reject);
  });
  doc.pipe(out);
  const steps = {
    kk: [kk("invite-batch-card-step-1"), kk("invite-batch-card-step-2")],
    ru: [ru("invite-batch-card-step-1"), ru("invite-batch-card-step-2")],
  };
  let pages = 0;
  for (let i = 0; i < cards.length; i++) {
    const slot = i % CARDS_PER_PAGE;
    if (slot === 0) {
      if (pages > 0) await pageFlushed(out);
      if (pages > 0 && pages % LAYOUT_CACHE_PAGES === 0) forgetLaidOutWords(doc);
      doc.addPage({ size: "A4", margin: 0 });
      pages += 1;
      cutLines(doc);
    }
    const card = cards[i]!;
    const x = (slot % COLUMNS) * CARD.width;
    const y = Math.floor(slot / COLUMNS) * CARD.height;
    const until = formatDate(card.expiresAt);
    drawCard(doc, x, y, card, {
      link: deepLink(input.botUsername, card.token),
      steps,
      until: [kk("invite-batch-card-until", { until }), ru("invite-batch-card-until", { until })],
      header: [kk("invite-batch-card-header"), ru("invite-batch-card-header")],
    });
  }
  if (pages === 0) {
    // An empty batch still makes a valid file: one page that says so.
    doc.addPage({ size: "A4", margin: 0 });
    pages = 1;
    doc.font("regular").fontSize(12).text(`${kk("invite-batch-pdf-empty")}\n${ru("invite-batch-pdf-empty")}`, 60, 80, { width: PAGE.width - 120 });
  }
  doc.end();
  await finished;
  return { cards: cards.length, pages };
}

/**
 * pdfkit caches the layout of every word it has set, per font, for the document's life; every card's
 * link and name are new words, so on a country's 10,000 cards the cache grows without end (live heap
 * 86 MB at 2,800 cards, against 27 MB without a cache). Switching it off costs about 1.3× the CPU
 * (the steps and headers repeat on every card). So the cache is emptied every 50 pages: the
 * repeated texts stay cached, the memory stays flat. (pdfkit 0.20.2 internals, pinned; a later
 * version without them leaves this a no-op.)
 */
const LAYOUT_CACHE_PAGES = 50;
function forgetLaidOutWords(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: Record<string, unknown> | null }> })._fontFamilies;
  for (const font of Object.values(families ?? {})) if (font.layoutCache) font.layoutCache = Object.create(null) as Record<string, unknown>;
}

/** Lets the event loop run, and waits while the destination is full. */
async function pageFlushed(out: Writable): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (out.writableNeedDrain) await once(out, "drain");
}

function cutLines(doc: PDFKit.PDFDocument): void {
  doc.save().lineWidth(0.5).strokeColor("#999999").dash(4, { space: 4 });
  doc.moveTo(CARD.width, 0).lineTo(CARD.width, PAGE.height).stroke();
  doc.moveTo(0, CARD.height).lineTo(PAGE.width, CARD.height).stroke();
  doc.undash().restore();
}

interface CardTexts {
  link: string;
  header: [string, string];
  steps: { kk: string[]; ru: string[] };
  until: [string, string];
}

function drawCard(doc: PDFKit.PDFDocument, x: number, y: number, card: BatchCard, texts: CardTexts): void {
  const width = CARD.width - 2 * PAD;
  const left = x + PAD;
  let top = y + PAD;
  doc.fillColor("#555555").font("regular").fontSize(7.5);
  for (const line of texts.header) {
    doc.text(line, left, top, { width, height: 10, ellipsis: true });
    top += 10;
  }
  doc.text(`№ ${card.registryNo} · ${card.region.nameKk} / ${card.region.nameRu}`, left, top, { width, height: 20, ellipsis: true });
  top = doc.y + 5;
  // The name as registered: up to three lines each (a 300-character name is shortened with "…").
  doc.fillColor("black");
  const sameName = card.name.kk === card.name.ru;
  for (const [name, font] of (sameName ? [[card.name.kk, "bold"]] : [[card.name.kk, "bold"], [card.name.ru, "regular"]]) as [string, string][]) {
    doc.font(font).fontSize(9.5);
    const lines = sameName ? 5 : 3;
    doc.text(name, left, top, { width, height: doc.currentLineHeight(true) * lines, ellipsis: true });
    top = doc.y + 3;
  }
  // The lower half is laid out from the bottom up, so it stays in place whatever the name's length.
  const bottom = y + CARD.height - PAD;
  doc.font("regular").fontSize(7.5);
  const lineHeight = doc.currentLineHeight(true);
  const untilTop = bottom - 2 * lineHeight;
  doc.font("bold").text(texts.until[0], left, untilTop, { width, lineBreak: false, ellipsis: true });
  doc.text(texts.until[1], left, untilTop + lineHeight, { width, lineBreak: false, ellipsis: true });
  doc.font("regular").fontSize(7);
  const stepsText = [...texts.steps.kk, ...texts.steps.ru];
  const stepsHeight = stepsText.reduce((h, s) => h + doc.heightOfString(s, { width }) + 1, 0);
  const stepsTop = untilTop - 4 - stepsHeight;
  let stepY = stepsTop;
  for (const [i, step] of stepsText.entries()) {
    if (i === texts.steps.kk.length) stepY += 2;
    doc.text(step, left, stepY, { width });
    stepY = doc.y + 1;
  }
  doc.font("mono").fontSize(7.5);
  const linkTop = stepsTop - 6 - doc.currentLineHeight(true);
  doc.text(texts.link, left, linkTop, { width, align: "center", lineBreak: false });
  // The QR code in the middle of the space left between the name and the link.
  const space = linkTop - 2 - top;
  const qrSide = Math.min(QR_SIDE, space);
  drawQr(doc, texts.link, x + (CARD.width - qrSide) / 2, top + (space - qrSide) / 2, qrSide);
}

/** The link's QR code as filled squares (runs of dark modules per row), with its 4-module quiet zone. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, side: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  const module = side / (size + 8);
  const x0 = x + 4 * module;
  const y0 = y + 4 * module;
  // A hair of overlap so that no seam shows between neighbouring squares when rendered.
  const overlap = module * 0.04;
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col++;
      doc.rect(x0 + start * module, y0 + row * module, (col - start) * module + overlap, module + overlap);
    }
  }
  doc.fillColor("black").fill();
}
