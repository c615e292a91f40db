import { Composer, InlineKeyboard } from "grammy";
import { listGroups } from "../../../reports/groups.js";
import { addChildGroup, listParentKindergartens, removeChildGroup } from "../../../tips/children.js";
import { shorten } from "../../../shared/message-limits.js";
import type { BotContext } from "../../context.js";
import { tipsCb } from "./callbacks.js";

/** "✖ " and a group's label cut to this fit a 25-character button; the text above shows the label whole. */
export const CHILD_BUTTON_GROUP_MAX = 20;

/**
 * /child: a parent says which group their child is in (one entry per child; a parent of two
 * kindergartens chooses in each). The group's arm decides whether weekly activities come.
 */
export const childFeature = new Composer<BotContext>();


async function childOverview(ctx: BotContext): Promise<{ text: string; keyboard: InlineKeyboard } | null> {
  const kindergartens = await listParentKindergartens(ctx.deps.db, ctx.user.telegramId);
  if (kindergartens.length === 0) return null;
  const keyboard = new InlineKeyboard();
  const lines: string[] = [ctx.t("child-overview-title")];
  for (const k of kindergartens) {
    lines.push("", k.organizationName);
    if (k.children.length === 0) lines.push(ctx.t("child-none"));
    for (const c of k.children) {
      lines.push(`• ${c.groupName}`);
      keyboard.text(ctx.t("child-button-remove", { group: shorten(c.groupName, CHILD_BUTTON_GROUP_MAX) }), tipsCb.childRemove.pack(c.id)).row();
    }
    keyboard.text(kindergartens.length > 1 ? ctx.t("child-button-add-in", { index: kindergartens.indexOf(k) + 1 }) : ctx.t("child-button-add"), tipsCb.childAdd.pack(k.membershipId)).row();
  }
  return { text: lines.join("\n"), keyboard };
}

/** Offers the kindergarten's groups; used after joining and from /child. */
export async function askChildGroup(ctx: BotContext, membershipId: number): Promise<void> {
  const kindergartens = await listParentKindergartens(ctx.deps.db, ctx.user.telegramId);
  const kindergarten = kindergartens.find((k) => k.membershipId === membershipId);
  if (!kindergarten) return;
  const groups = await listGroups(ctx.deps.db, kindergarten.organizationId);
  if (groups.length === 0) {
    await ctx.reply(ctx.t("child-no-groups", { organization: kindergarten.organizationName }));
    return;
  }
  const keyboard = new InlineKeyboard();
  for (const g of groups.slice(0, 60)) keyboard.text(shorten(g.name, 25), tipsCb.childGroup.pack(membershipId, g.id)).row();
  await ctx.reply(ctx.t("child-ask-group", { organization: kindergarten.organizationName }), { reply_markup: keyboard });
}

async function sendOverview(ctx: BotContext): Promise<void> {
  const overview = await childOverview(ctx);
  if (!overview) {
    await ctx.reply(ctx.t("child-not-parent"));
    return;
  }
  await ctx.reply(overview.text, { reply_markup: overview.keyboard });
}

childFeature.command("child", sendOverview);

childFeature.callbackQuery(tipsCb.childStart.filter, async (ctx) => {
  await ctx.answerCallbackQuery();
  const kindergartens = await listParentKindergartens(ctx.deps.db, ctx.user.telegramId);
  if (kindergartens.length === 1 && kindergartens[0]!.children.length === 0) return askChildGroup(ctx, kindergartens[0]!.membershipId);
  await sendOverview(ctx);
});

childFeature.callbackQuery(tipsCb.childAdd.filter, async (ctx) => {
  const parsed = tipsCb.childAdd.unpack(ctx.callbackQuery.data);
  const own = parsed && (await listParentKindergartens(ctx.deps.db, ctx.user.telegramId)).some((k) => k.membershipId === parsed[0]);
  if (!parsed || !own) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await ctx.answerCallbackQuery();
  await askChildGroup(ctx, parsed[0]);
});

childFeature.callbackQuery(tipsCb.childGroup.filter, async (ctx) => {
  const parsed = tipsCb.childGroup.unpack(ctx.callbackQuery.data);
  if (!parsed) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  const [membershipId, groupId] = parsed;
  const result = await addChildGroup(ctx.deps.db, { userId: ctx.user.telegramId, membershipId, groupId });
  if (!result.ok) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await ctx.answerCallbackQuery();
  const kindergartens = await listParentKindergartens(ctx.deps.db, ctx.user.telegramId);
  const child = kindergartens.flatMap((k) => k.children).find((c) => c.groupId === groupId);
  if (!child) return;
  await ctx.reply(ctx.t(child.arm === "experimental" ? "child-saved-experimental" : "child-saved-control", { group: child.groupName }));
});

childFeature.callbackQuery(tipsCb.childRemove.filter, async (ctx) => {
  const parsed = tipsCb.childRemove.unpack(ctx.callbackQuery.data);
  if (!parsed || !(await removeChildGroup(ctx.deps.db, { userId: ctx.user.telegramId, childId: parsed[0] }))) {
    return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  }
  await ctx.answerCallbackQuery({ text: ctx.t("child-removed") });
  const overview = await childOverview(ctx);
  if (overview) await ctx.reply(overview.text, { reply_markup: overview.keyboard });
});
