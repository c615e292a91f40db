import { Composer } from "grammy";
import { isMember } from "../../registration/actor.js";
import type { BotContext } from "../context.js";
import { describeRoles } from "../format.js";

export const meFeature = new Composer<BotContext>();

meFeature.command("me", async (ctx) => {
  const language = ctx.t(`language-name-${ctx.user.language}`);
  if (!isMember(ctx.actor)) {
    await ctx.reply(ctx.t("me-guest", { language }));
    return;
  }
  await ctx.reply(ctx.t("me-member", { roles: describeRoles(ctx).join("\n"), language }));
});
