import { Composer } from "grammy";
import { setWeeklyDigest, weeklyDigestEnabled } from "../../outputs/digests/preferences.js";
import { receivesDigest } from "../../registration/permissions.js";
import type { BotContext } from "../context.js";

/** `/digest off|on`: coordinators and methodologists switch their weekly digest; `/digest` says which it is. */
export const digestFeature = new Composer<BotContext>();

digestFeature.command("digest", async (ctx) => {
  if (!receivesDigest(ctx.actor)) {
    await ctx.reply(ctx.t("digest-not-allowed"));
    return;
  }
  const { db } = ctx.deps;
  const arg = ctx.match.trim().toLowerCase();
  if (arg === "") {
    const on = await weeklyDigestEnabled(db, ctx.actor.telegramId);
    await ctx.reply(ctx.t(on ? "digest-state-on" : "digest-state-off"));
    return;
  }
  if (arg !== "on" && arg !== "off") {
    await ctx.reply(ctx.t("digest-usage"));
    return;
  }
  const changed = await setWeeklyDigest(db, ctx.actor.telegramId, arg === "on", ctx.deps.clock());
  const key = arg === "on" ? (changed ? "digest-switched-on" : "digest-already-on") : changed ? "digest-switched-off" : "digest-already-off";
  await ctx.reply(ctx.t(key));
});
