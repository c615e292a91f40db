import { Composer } from "grammy";
import { commandsFor } from "../../registration/permissions.js";
import type { BotContext } from "../context.js";

export const helpFeature = new Composer<BotContext>();

helpFeature.command("help", async (ctx) => {
  const lines = commandsFor(ctx.actor).map((command) => `/${command} — ${ctx.t(`help-cmd-${command}`)}`);
  await ctx.reply(`${ctx.t("help-title")}\n\n${lines.join("\n")}`);
});
