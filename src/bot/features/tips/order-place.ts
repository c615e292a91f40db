import { mayOrderActivitiesIn } from "../../../registration/permissions.js";
import { moveInRegionOrder, regionOrderView, type MoveProblem } from "../../../tips/region-order.js";
import { ask, type BotConversation } from "../../conversations/ask.js";
import type { ConversationContext } from "../../context.js";
import { orderPage, pageOfPlace, regionLabel } from "./order-view.js";

export const ORDER_PLACE = "tips-order-place";

/** A place as typed: a whole number from 1 to `total` (spaces around it allowed), else null. */
export function parsePlace(text: string, total: number): number | null {
  const match = /^\s*(\d{1,6})\s*$/.exec(text);
  const place = match ? Number(match[1]) : Number.NaN;
  return place >= 1 && place <= total ? place : null;
}

/**
 * "To place…": the person types the place an activity should take in the region's order. A wrong
 * answer is explained and asked again (nothing moves); the move itself is refused when the order
 * changed since the list was shown. Entered after the permission check, which is repeated on saving.
 */
export async function orderPlaceConversation(
  conversation: BotConversation,
  ctx: ConversationContext,
  regionCode: string,
  activityId: number,
  version: string,
): Promise<void> {
  const view = await conversation.external((outer) => regionOrderView(outer.deps.db, regionCode, outer.user.language));
  const item = view.items.find((i) => i.id === activityId);
  if (!item || view.version !== version) {
    await ctx.reply(ctx.t(item ? "tips-order-stale" : "tips-order-gone"));
    return;
  }
  const total = view.items.length;
  const question = (c: ConversationContext) => c.reply(c.t("tips-order-ask-place", { title: item.title, total }));
  await question(ctx);
  const place = await ask<number>(conversation, {
    question,
    restart: "/activities",
    hint: (c) => c.t("tips-order-place-invalid", { total }),
    parse: (c) => {
      const text = c.message?.text;
      if (text === undefined) return undefined;
      const value = parsePlace(text, total);
      return value === null ? { ok: false, explain: c.t("tips-order-place-invalid", { total }) } : { ok: true, value };
    },
  });
  const outcome = await conversation.external(async (outer) => {
    if (!mayOrderActivitiesIn(outer.actor, regionCode)) return { problem: "not_allowed" as const };
    const moved = await moveInRegionOrder(outer.deps.db, { regionCode, activityId, place, version, by: outer.user.telegramId, now: outer.deps.clock() });
    return {
      problem: moved.ok ? null : (moved.problem as MoveProblem),
      view: await regionOrderView(outer.deps.db, regionCode, outer.user.language),
      region: await regionLabel(outer, regionCode),
    };
  });
  if (outcome.problem === "not_allowed") return void (await ctx.reply(ctx.t("common-not-allowed")));
  if (outcome.problem) await ctx.reply(ctx.t(outcome.problem === "unknown_activity" ? "tips-order-gone" : "tips-order-stale"));
  else await ctx.reply(ctx.t("tips-order-moved", { title: item.title, place }));
  const shown = orderPage(ctx, outcome.view, outcome.region, outcome.problem ? 0 : pageOfPlace(place));
  await ctx.reply(shown.text, { reply_markup: shown.keyboard });
}
