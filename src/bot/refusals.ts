import { isMember } from "../registration/actor.js";
import type { BotContext } from "./context.js";

/**
 * A command the user's roles do not allow. Someone who has not joined yet is told that, and how to
 * join — "not allowed for your role" means nothing to a person with no role.
 */
export async function refuseCommand(ctx: BotContext): Promise<void> {
  await ctx.reply(ctx.t(isMember(ctx.actor) ? "common-not-allowed" : "ux-not-joined-yet"));
}
