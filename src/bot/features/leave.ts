import { Composer, InlineKeyboard } from "grammy";
import { leaveBot } from "../../registration/leave.js";
import { cb } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { describeRoles } from "../format.js";

export const leaveFeature = new Composer<BotContext>();

leaveFeature.command("leave", async (ctx) => {
  if (ctx.actor.memberships.length === 0) {
    await ctx.reply(ctx.t("leave-nothing"));
    return;
  }
  const keyboard = new InlineKeyboard()
    .text(ctx.t("leave-button-yes"), cb.leaveYes.pack())
    .row()
    .text(ctx.t("leave-button-no"), cb.leaveNo.pack());
  await ctx.reply(ctx.t("leave-confirm", { roles: describeRoles(ctx).join("\n") }), { reply_markup: keyboard });
});

leaveFeature.callbackQuery(cb.leaveYes.filter, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  if (ctx.actor.memberships.length === 0) {
    await ctx.reply(ctx.t("leave-nothing"));
    return;
  }
  // Say goodbye in their language before the row (and the language) is gone.
  const goodbye = ctx.t("leave-done");
  await leaveBot(ctx.deps.db, ctx.user.telegramId);
  await ctx.reply(goodbye);
  await ctx.api.deleteMyCommands({ scope: { type: "chat", chat_id: ctx.user.telegramId } });
});

leaveFeature.callbackQuery(cb.leaveNo.filter, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t("leave-cancelled"));
});
