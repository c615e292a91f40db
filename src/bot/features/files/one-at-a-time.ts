import type { Context } from "grammy";
import { oneBuildPerUser } from "../../../outputs/one-build-per-user.js";
import { cb } from "../../../shared/callback-data.js";
import type { BotContext } from "../../context.js";

/** Buttons that build a file or chart (.xlsx with its chart, the .docx draft, a batch's cards): seconds of CPU each. */
const fileBuildButtons = [cb.exportPeriod, cb.analyticsPeriod, cb.analyticsRegion, cb.analyticsNational, cb.inviteBatchYes, cb.inviteBatchYesCountry];

export function buildsFile(ctx: Context): boolean {
  const data = ctx.callbackQuery?.data;
  return data !== undefined && fileBuildButtons.some((b) => b.filter.test(data));
}

/**
 * One file at a time per user (outputs/one-build-per-user.ts, shared with the Mini App's downloads):
 * a second request while one is being built is answered "already preparing" and builds nothing.
 * These presses are not queued behind the user's other updates (create-bot leaves them out of
 * `sequentialize`), so the second press arrives while the first is still running and is seen here.
 */
export async function oneFileAtATime(ctx: BotContext, build: () => Promise<unknown>): Promise<void> {
  const result = await oneBuildPerUser(ctx.user.telegramId, build);
  if (result.busy) await ctx.answerCallbackQuery({ text: ctx.t("abuse-file-in-progress"), show_alert: true });
}
