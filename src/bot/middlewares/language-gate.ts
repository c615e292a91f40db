import type { MiddlewareFn } from "grammy";
import { setPendingStart } from "../../registration/users.js";
import { cb } from "../../shared/callback-data.js";
import type { BotContext } from "../context.js";
import { languageKeyboard } from "../keyboards.js";
import { parseJoinKey } from "../features/join.js";

/**
 * First contact: nothing happens until the user has chosen Kazakh or Russian. A /start payload,
 * /join code or typed code sent meanwhile is kept in the database and resumed after the choice.
 */
export const languageGate: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (ctx.user.languageConfirmed) return next();
  if (cb.language.unpack(ctx.callbackQuery?.data)) return next();
  const text = ctx.message?.text?.trim();
  if (text) {
    // Only what looks like an invitation or a join code is kept: a greeting is not a failed code.
    const pending = text.match(/^\/(?:start|join)(?:@\w+)?\s+(\S.*)$/)?.[1] ?? (parseJoinKey(text) ? text : null);
    if (pending && pending.length <= 64) await setPendingStart(ctx.deps.db, ctx.user.telegramId, pending);
  }
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("language-first-prompt"), { reply_markup: languageKeyboard(ctx.user.language) });
};
