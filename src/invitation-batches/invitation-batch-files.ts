import { createWriteStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Db } from "../db/client.js";
import { loadBatchCards, type BatchCard, type InvitationBatch } from "./invitation-batch.js";
import type { Language } from "../registration/roles.js";
import { writeInvitationCardsPdf } from "./invitation-cards-pdf.js";
import { writeInvitationLinksXlsx } from "./invitation-links-xlsx.js";

/**
 * Cards in one PDF at most when the files are split (the chat): 500 pages, a few MB, far below the
 * 50 MB a bot may send. A region with more organisations gets several parts.
 */
export const MAX_CARDS_PER_PDF = 2000;

export interface BatchFile {
  path: string;
  kind: "pdf" | "xlsx";
  /** The region whose cards a split PDF holds (null: every card of the batch). */
  regionCode: string | null;
  part: number;
  parts: number;
  cards: number;
  bytes: number;
}

/**
 * Writes a batch's files into `dir`: the .xlsx of every link, and its printable cards either as one
 * PDF (the CLI) or one PDF per region in parts of at most `MAX_CARDS_PER_PDF` cards (the chat, where
 * a document may not exceed 50 MB). Each file is streamed to disk; nothing is built in memory.
 */
export async function writeInvitationBatchFiles(
  db: Db,
  input: { batch: InvitationBatch; botUsername: string; dir: string; language: Language; split: boolean; maxCardsPerPdf?: number },
): Promise<BatchFile[]> {
  const { batch, dir, botUsername } = input;
  await mkdir(dir, { recursive: true });
  const cards = await loadBatchCards(db, batch.id);
  const base = `invitations-${batch.regionCode ?? "kz"}-${batch.id}`;
  const files: BatchFile[] = [];
  const groups: { regionCode: string | null; cards: BatchCard[] }[] = input.split ? byRegion(cards) : [{ regionCode: null, cards }];
  const max = input.split ? (input.maxCardsPerPdf ?? MAX_CARDS_PER_PDF) : Infinity;
  for (const group of groups) {
    const parts = Math.max(1, Math.ceil(group.cards.length / max));
    for (let part = 1; part <= parts; part++) {
      const slice = parts === 1 ? group.cards : group.cards.slice((part - 1) * max, part * max);
      const name = [base, input.split && batch.regionCode === null ? group.regionCode : null, parts > 1 ? `part${part}` : null].filter(Boolean).join("-");
      const path = join(dir, `${name}.pdf`);
      await writeInvitationCardsPdf(slice, { botUsername, out: createWriteStream(path) });
      files.push({ path, kind: "pdf", regionCode: group.regionCode, part, parts, cards: slice.length, bytes: (await stat(path)).size });
    }
  }
  const xlsxPath = join(dir, `${base}-${input.language}.xlsx`);
  await writeInvitationLinksXlsx(cards, { botUsername, language: input.language, out: createWriteStream(xlsxPath) });
  files.push({ path: xlsxPath, kind: "xlsx", regionCode: batch.regionCode, part: 1, parts: 1, cards: cards.length, bytes: (await stat(xlsxPath)).size });
  return files;
}

function byRegion(cards: BatchCard[]): { regionCode: string | null; cards: BatchCard[] }[] {
  const groups = new Map<string, BatchCard[]>();
  for (const card of cards) (groups.get(card.region.code) ?? groups.set(card.region.code, []).get(card.region.code)!).push(card);
  return [...groups].map(([regionCode, list]) => ({ regionCode, cards: list }));
}
