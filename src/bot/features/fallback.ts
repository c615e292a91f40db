import { Composer } from "grammy";
import { isMember } from "../../registration/actor.js";
import type { BotContext } from "../context.js";
import { offerJoin, parseJoinKey } from "./join.js";

/** Last in the chain: typed join codes, unknown commands, stray text and stale buttons. */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on("message:text", async (ctx) => {
  const text = ctx.message.text.trim();
  if (text.startsWith("/")) {
    await ctx.reply(ctx.t("common-unknown-command"));
    return;
  }
  if (parseJoinKey(text)) return offerJoin(ctx, text);
  await ctx.reply(ctx.t(isMember(ctx.actor) ? "common-not-understood" : "start-guest"));
});

fallbackFeature.on("message", async (ctx) => {
  await ctx.reply(ctx.t(isMember(ctx.actor) ? "common-not-understood" : "start-guest"));
});

fallbackFeature.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
});
