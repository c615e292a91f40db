import ExcelJS from "exceljs";
import { keepFormulaLikeTextAsText } from "../shared/xlsx-text.js";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { deepLink } from "../registration/invitations.js";
import type { BatchCard } from "./invitation-batch.js";
import type { Language } from "../registration/roles.js";
import { textsFor } from "../shared/locale-text.js";

const ALMATY_OFFSET_MS = 5 * 60 * 60 * 1000;

/**
 * The same links as the printed cards, a row per organisation, for a mail merge: registry number,
 * region, the name as registered in Kazakh and in Russian, the link, the last day it works (a date
 * cell, Almaty day). Written with exceljs's streaming writer, row by row, to `out`.
 */
export async function writeInvitationLinksXlsx(cards: BatchCard[], input: { botUsername: string; language: Language; out: Writable }): Promise<{ rows: number }> {
  const t = textsFor(input.language);
  const written = finished(input.out);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: input.out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(t("invite-batch-xlsx-sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  const headers = [
    { title: t("invite-batch-xlsx-col-registry-no"), width: 12 },
    { title: t("invite-batch-xlsx-col-region"), width: 26 },
    { title: t("invite-batch-xlsx-col-name-kk"), width: 50 },
    { title: t("invite-batch-xlsx-col-name-ru"), width: 50 },
    { title: t("invite-batch-xlsx-col-link"), width: 52 },
    { title: t("invite-batch-xlsx-col-until"), width: 14 },
  ];
  sheet.columns = headers.map((h) => ({ width: h.width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  const header = sheet.addRow(headers.map((h) => h.title));
  header.font = { bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  header.commit();
  for (const card of cards) {
    // Excel has no time zones: the Almaty day on which the link stops working, as a date.
    const local = new Date(card.expiresAt.getTime() + ALMATY_OFFSET_MS);
    const day = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
    const row = sheet.addRow([
      card.registryNo,
      input.language === "kk" ? card.region.nameKk : card.region.nameRu,
      card.name.kk,
      card.name.ru,
      deepLink(input.botUsername, card.token),
      day,
    ]);
    row.getCell(6).numFmt = "dd.mm.yyyy";
    keepFormulaLikeTextAsText(row);
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  await written;
  return { rows: cards.length };
}
