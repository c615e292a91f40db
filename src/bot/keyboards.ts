import { InlineKeyboard } from "grammy";
import type { Language } from "../registration/roles.js";
import type { Page } from "../shared/message-limits.js";
import { cb } from "../shared/callback-data.js";

/** Kazakh first (state language); the pre-selected one is marked. */
export function languageKeyboard(selected: Language): InlineKeyboard {
  const mark = (lang: Language, label: string) => (lang === selected ? `✓ ${label}` : label);
  return new InlineKeyboard()
    .text(mark("kk", "Қазақша"), cb.language.pack("kk"))
    .text(mark("ru", "Русский"), cb.language.pack("ru"));
}

/** Lays buttons out `perRow` to a row. */
export function gridKeyboard(buttons: { text: string; data: string }[], perRow: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  buttons.forEach((b, i) => {
    keyboard.text(b.text, b.data);
    if ((i + 1) % perRow === 0 && i + 1 < buttons.length) keyboard.row();
  });
  return keyboard;
}

/** ◀ ▶ under a list shown a page at a time (nothing when it fits on one page); the text says which page. */
export function addPager(keyboard: InlineKeyboard, page: Page<unknown>, data: (page: number) => string): InlineKeyboard {
  if (page.pages <= 1) return keyboard;
  keyboard.row();
  if (page.page > 0) keyboard.text("◀", data(page.page - 1));
  if (page.page + 1 < page.pages) keyboard.text("▶", data(page.page + 1));
  return keyboard.row();
}
