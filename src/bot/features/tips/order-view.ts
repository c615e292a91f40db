import { InlineKeyboard } from "grammy";
import { getRegion } from "../../../registration/registry.js";
import type { RegionOrderView } from "../../../tips/region-order.js";
import { pageOf, shorten } from "../../../shared/message-limits.js";
import type { BotDeps, ConversationContext } from "../../context.js";
import { regionName } from "../../format.js";
import { addPager, gridKeyboard } from "../../keyboards.js";
import { orderCb } from "./callbacks.js";

/** What a region's order looks like in the chat: a page of the numbered list, and one activity's card. */

/** Places per page: 20 titles of at most 90 characters keep a page far below 4,096 characters. */
export const ORDER_PER_PAGE = 20;
const TITLE_MAX = 90;
const NUMBERS_PER_ROW = 5;

export type Translating = Pick<ConversationContext, "t"> & { user: { language: "kk" | "ru" } };

export async function regionLabel(ctx: Translating & { deps: BotDeps }, regionCode: string): Promise<string> {
  const region = await getRegion(ctx.deps.db, regionCode);
  return region ? regionName(region, ctx.user.language) : regionCode;
}

/** One page of the region's order: the numbered titles, a number button for each, ◀ ▶, and the way back to the national order. */
export function orderPage(ctx: Translating, view: RegionOrderView, region: string, page: number): { text: string; keyboard: InlineKeyboard } {
  const shown = pageOf(view.items, page, ORDER_PER_PAGE);
  const lines = [
    ctx.t("tips-order-title", { region }),
    ctx.t(view.custom ? "tips-order-custom" : "tips-order-national"),
    view.items.length === 0 ? ctx.t("tips-order-empty") : ctx.t("tips-order-hint"),
  ];
  if (shown.pages > 1) lines.push(ctx.t("tips-order-page", { page: shown.page + 1, pages: shown.pages }));
  lines.push("");
  shown.items.forEach((item, i) => lines.push(`${shown.offset + i + 1}. ${shorten(item.title, TITLE_MAX)}`));
  const numbers = shown.items.map((item, i) => ({ text: String(shown.offset + i + 1), data: orderCb.pick.pack(view.regionCode, item.id, view.version) }));
  const keyboard = gridKeyboard(numbers, NUMBERS_PER_ROW);
  addPager(keyboard, shown, (p) => orderCb.page.pack(view.regionCode, p));
  if (view.custom) keyboard.row().text(ctx.t("tips-order-button-reset"), orderCb.reset.pack(view.regionCode, view.version));
  return { text: lines.join("\n").trim(), keyboard };
}

/** The page on which a place (1-based) is listed. */
export const pageOfPlace = (place: number) => Math.floor((place - 1) / ORDER_PER_PAGE);

export function orderCard(ctx: Translating, view: RegionOrderView, activityId: number): { text: string; keyboard: InlineKeyboard } | null {
  const index = view.items.findIndex((item) => item.id === activityId);
  if (index < 0) return null;
  const place = index + 1;
  const total = view.items.length;
  const keyboard = new InlineKeyboard();
  if (place > 1) keyboard.text(ctx.t("tips-order-button-up"), orderCb.step.pack(view.regionCode, activityId, "up", view.version));
  if (place < total) keyboard.text(ctx.t("tips-order-button-down"), orderCb.step.pack(view.regionCode, activityId, "down", view.version));
  keyboard.row().text(ctx.t("tips-order-button-place"), orderCb.place.pack(view.regionCode, activityId, view.version));
  keyboard.row().text(ctx.t("tips-order-button-list"), orderCb.page.pack(view.regionCode, pageOfPlace(place)));
  return { text: ctx.t("tips-order-card", { place, total, title: view.items[index]!.title }), keyboard };
}

