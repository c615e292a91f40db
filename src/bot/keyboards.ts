import { InlineKeyboard } from "grammy";
import type { Language } from "../registration/roles.js";
import { cb } from "./callback-data.js";

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
