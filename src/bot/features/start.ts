import { Composer } from "grammy";
import { isMember } from "../../registration/actor.js";
import { syncCommandMenu } from "../command-menu.js";
import type { BotContext } from "../context.js";
import { describeRoles } from "../format.js";
import { offerJoin } from "./join.js";

/** What /start shows: the invitation it carries, a member's greeting, or how to join. */
export async function showStart(ctx: BotContext, payload: string | null): Promise<void> {
  if (payload) return offerJoin(ctx, payload, "link");
  if (!isMember(ctx.actor)) {
    await ctx.reply(ctx.t("start-guest"));
    return;
  }
  await ctx.reply(ctx.t("start-member", { roles: describeRoles(ctx).join("\n") }));
}

export const startFeature = new Composer<BotContext>();

startFeature.command("start", async (ctx) => {
  await showStart(ctx, ctx.match.trim() || null);
  // Administrators are configured, not invited: their menu is set when they first show up.
  if (ctx.actor.isAdmin && !ctx.match) await syncCommandMenu(ctx.api, ctx.deps.i18n, ctx.actor, ctx.user.language);
});
