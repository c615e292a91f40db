import { Composer } from "grammy";
import { removePressedKeyboard } from "../message-edits.js";
import { isMember } from "../../registration/actor.js";
import { chooseLanguage, takePendingStart } from "../../registration/users.js";
import { cb } from "../../shared/callback-data.js";
import { syncCommandMenu } from "../command-menu.js";
import type { BotContext } from "../context.js";
import { languageKeyboard } from "../keyboards.js";
import { showStart } from "./start.js";

export const languageFeature = new Composer<BotContext>();

languageFeature.command("lang", async (ctx) => {
  await ctx.reply(ctx.t("language-prompt"), { reply_markup: languageKeyboard(ctx.user.language) });
});

languageFeature.callbackQuery(cb.language.filter, async (ctx) => {
  const parsed = cb.language.unpack(ctx.callbackQuery.data);
  if (!parsed) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button") });
  const [language] = parsed;
  const firstChoice = !ctx.user.languageConfirmed;
  const updated = await chooseLanguage(ctx.deps.db, ctx.user.telegramId, language);
  if (!updated) return ctx.answerCallbackQuery();
  ctx.user = updated;
  await ctx.i18n.renegotiateLocale();
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  await ctx.reply(ctx.t("language-chosen"));
  if (isMember(ctx.actor)) await syncCommandMenu(ctx.api, ctx.deps.i18n, ctx.actor, language);
  if (firstChoice) await showStart(ctx, await takePendingStart(ctx.deps.db, ctx.user.telegramId));
});
