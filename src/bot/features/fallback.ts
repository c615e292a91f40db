import { Composer } from "grammy";
import { isMember, type Actor } from "../../registration/actor.js";
import type { BotContext } from "../context.js";
import { offerJoin, parseJoinKey } from "./join.js";

/**
 * What a message nobody waits for gets. A parent who writes here as to the kindergarten («Балам бүгін
 * ауырып қалды») is told kindly that nobody at the kindergarten reads it, whom to contact, and what
 * the bot does; staff get the short "not understood"; a guest gets how to join.
 */
function strayMessageKey(actor: Actor): string {
  if (!isMember(actor)) return "start-guest";
  const parentOnly = !actor.isAdmin && actor.memberships.every((m) => m.role === "parent");
  return parentOnly ? "fallback-parent-not-forwarded" : "common-not-understood";
}

/** Last in the chain: typed join codes, unknown commands, stray text and stale buttons. */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on("message:text", async (ctx) => {
  const text = ctx.message.text.trim();
  if (text.startsWith("/")) {
    await ctx.reply(ctx.t("common-unknown-command"));
    return;
  }
  if (parseJoinKey(text)) return offerJoin(ctx, text);
  await ctx.reply(ctx.t(strayMessageKey(ctx.actor)));
});

fallbackFeature.on("message", async (ctx) => {
  await ctx.reply(ctx.t(strayMessageKey(ctx.actor)));
});

fallbackFeature.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
});
