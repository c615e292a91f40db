import { Composer, InlineKeyboard } from "grammy";
import { activityOrderRegions, mayOrderActivitiesIn } from "../../../registration/permissions.js";
import { getRegion, listRegions } from "../../../registration/registry.js";
import { moveInRegionOrder, regionOrderView, setRegionOrder, type MoveProblem } from "../../../tips/region-order.js";
import type { BotContext } from "../../context.js";
import { enterConversation } from "../../dialogs.js";
import { regionButtonName, regionName } from "../../format.js";
import { gridKeyboard } from "../../keyboards.js";
import { showInPressedMessage } from "../../message-edits.js";
import { orderCb } from "./callbacks.js";
import { ORDER_PLACE } from "./order-place.js";
import { orderCard, orderPage, regionLabel } from "./order-view.js";

/**
 * A region's order of the weekly activities: its methodologists (and administrators, who
 * keep the library) see the order as a numbered list, a page at a time, pick an activity by its
 * number, move it up or down a place or type the place it should take, and can go back to the
 * national order. Every button carries the order's version: a press on a list that changed since
 * (moved by a colleague, an activity retired or added) is answered and the current list shown.
 */
export const activityOrderFeature = new Composer<BotContext>();

async function refuse(ctx: BotContext): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  else await ctx.reply(ctx.t("common-not-allowed"));
}

async function showPage(ctx: BotContext, regionCode: string, page: number): Promise<void> {
  const view = await regionOrderView(ctx.deps.db, regionCode, ctx.user.language);
  const { text, keyboard } = orderPage(ctx, view, await regionLabel(ctx, regionCode), page);
  await showInPressedMessage(ctx, text, keyboard);
}

/** A press on a list that changed since, or on an activity no longer sent: say so, then show the list as it is now. */
async function answerStale(ctx: BotContext, regionCode: string, problem: MoveProblem | "stale"): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t(problem === "unknown_activity" ? "tips-order-gone" : "tips-order-stale"), show_alert: true });
  await showPage(ctx, regionCode, 0);
}

/** The entry button, for /tips and /activities: shown to those who may set some region's order. */
export function orderEntryButton(ctx: BotContext): { text: string; data: string } | null {
  const regions = activityOrderRegions(ctx.actor);
  if (regions !== "all" && regions.length === 0) return null;
  return { text: ctx.t("tips-order-button"), data: orderCb.regions.pack() };
}

activityOrderFeature.callbackQuery(orderCb.regions.filter, async (ctx) => {
  const reach = activityOrderRegions(ctx.actor);
  const regions = (await listRegions(ctx.deps.db)).filter((r) => reach === "all" || reach.includes(r.code));
  if (regions.length === 0) return refuse(ctx);
  await ctx.answerCallbackQuery();
  if (regions.length === 1) {
    const view = await regionOrderView(ctx.deps.db, regions[0]!.code, ctx.user.language);
    const { text, keyboard } = orderPage(ctx, view, regionName(regions[0]!, ctx.user.language), 0);
    await ctx.reply(text, { reply_markup: keyboard });
    return;
  }
  const buttons = regions.map((r) => ({ text: regionButtonName(r, ctx.user.language), data: orderCb.page.pack(r.code, 0) }));
  await ctx.reply(ctx.t("tips-order-choose-region"), { reply_markup: gridKeyboard(buttons, 2) });
});

activityOrderFeature.callbackQuery(orderCb.page.filter, async (ctx) => {
  const parsed = orderCb.page.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayOrderActivitiesIn(ctx.actor, parsed[0])) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await showPage(ctx, parsed[0], parsed[1]);
});

activityOrderFeature.callbackQuery(orderCb.pick.filter, async (ctx) => {
  const parsed = orderCb.pick.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayOrderActivitiesIn(ctx.actor, parsed[0])) return refuse(ctx);
  const [regionCode, activityId, version] = parsed;
  const view = await regionOrderView(ctx.deps.db, regionCode, ctx.user.language);
  const shown = orderCard(ctx, view, activityId);
  if (!shown) return answerStale(ctx, regionCode, "unknown_activity");
  if (view.version !== version) return answerStale(ctx, regionCode, "stale");
  await ctx.answerCallbackQuery();
  await showInPressedMessage(ctx, shown.text, shown.keyboard);
});

activityOrderFeature.callbackQuery(orderCb.step.filter, async (ctx) => {
  const parsed = orderCb.step.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayOrderActivitiesIn(ctx.actor, parsed[0])) return refuse(ctx);
  const [regionCode, activityId, direction, version] = parsed;
  const { db, clock } = ctx.deps;
  const before = await regionOrderView(db, regionCode, ctx.user.language);
  const from = before.items.findIndex((item) => item.id === activityId);
  if (from < 0) return answerStale(ctx, regionCode, "unknown_activity");
  const place = from + 1 + (direction === "up" ? -1 : 1);
  const moved = await moveInRegionOrder(db, { regionCode, activityId, place, version, by: ctx.user.telegramId, now: clock() });
  // A step past either end can only come from a stale card: it shows no such button.
  if (!moved.ok) return answerStale(ctx, regionCode, moved.problem === "bad_place" ? "stale" : moved.problem);
  await ctx.answerCallbackQuery();
  const after = await regionOrderView(db, regionCode, ctx.user.language);
  const shown = orderCard(ctx, after, activityId)!;
  await showInPressedMessage(ctx, shown.text, shown.keyboard);
});

activityOrderFeature.callbackQuery(orderCb.place.filter, async (ctx) => {
  const parsed = orderCb.place.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayOrderActivitiesIn(ctx.actor, parsed[0])) return refuse(ctx);
  const [regionCode, activityId, version] = parsed;
  const view = await regionOrderView(ctx.deps.db, regionCode, ctx.user.language);
  if (!view.items.some((item) => item.id === activityId)) return answerStale(ctx, regionCode, "unknown_activity");
  if (view.version !== version) return answerStale(ctx, regionCode, "stale");
  await ctx.answerCallbackQuery();
  await enterConversation(ctx, ORDER_PLACE, regionCode, activityId, version);
});

activityOrderFeature.callbackQuery(orderCb.reset.filter, async (ctx) => {
  const parsed = orderCb.reset.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayOrderActivitiesIn(ctx.actor, parsed[0])) return refuse(ctx);
  const [regionCode, version] = parsed;
  const view = await regionOrderView(ctx.deps.db, regionCode, ctx.user.language);
  if (!view.custom || view.version !== version) return answerStale(ctx, regionCode, "stale");
  await ctx.answerCallbackQuery();
  const keyboard = new InlineKeyboard()
    .text(ctx.t("tips-order-button-reset-yes"), orderCb.resetYes.pack(regionCode, version))
    .text(ctx.t("tips-order-button-reset-no"), orderCb.page.pack(regionCode, 0));
  await showInPressedMessage(ctx, ctx.t("tips-order-reset-confirm", { region: await regionLabel(ctx, regionCode) }), keyboard);
});

activityOrderFeature.callbackQuery(orderCb.resetYes.filter, async (ctx) => {
  const parsed = orderCb.resetYes.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayOrderActivitiesIn(ctx.actor, parsed[0])) return refuse(ctx);
  const [regionCode, version] = parsed;
  const { db, clock } = ctx.deps;
  const view = await regionOrderView(db, regionCode, ctx.user.language);
  if (!view.custom || view.version !== version) return answerStale(ctx, regionCode, "stale");
  await setRegionOrder(db, { regionCode, order: null, by: ctx.user.telegramId, now: clock() });
  await ctx.answerCallbackQuery({ text: ctx.t("tips-order-reset-done"), show_alert: true });
  await showPage(ctx, regionCode, 0);
});
