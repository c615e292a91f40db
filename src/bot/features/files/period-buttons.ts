import { InlineKeyboard } from "grammy";
import type { Period } from "../../../figures/period-reports.js";
import { CAPTION_LIMIT, shorten } from "../../../shared/message-limits.js";
import type { BotContext } from "../../context.js";

/** How many of the latest opened periods are offered (a year of quarters). */
export const PERIOD_CHOICES = 4;

export function periodKeyboard(ctx: BotContext, periods: Period[], pack: (periodId: number) => string): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  periods.slice(0, PERIOD_CHOICES).forEach((p, i) => {
    keyboard.text(ctx.t("export-period-button", { year: String(p.year), quarter: p.quarter }), pack(p.id));
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

/** Telegram refuses captions over 1,024 characters: a long list of names is cut, never the file. */
export function caption(text: string, max = CAPTION_LIMIT): string {
  return shorten(text, max);
}
