import { Composer, InlineKeyboard, InputFile } from "grammy";
import { removePressedKeyboard } from "../message-edits.js";
import { setParentLinkExpiry } from "../../registration/invitation-management.js";
import { deepLink, getParentLink, rotateParentLink } from "../../registration/invitations.js";
import { addDays, almatyDay, atAlmaty } from "../../shared/local-date.js";
import { formatDate } from "../../shared/time.js";
import { parentLinkOrganizations } from "../../registration/permissions.js";
import { getOrganization } from "../../registration/registry.js";
import { formatJoinCode } from "../../registration/tokens.js";
import { renderQrPng } from "../../shared/qr.js";
import { cb } from "../../shared/callback-data.js";
import type { BotContext } from "../context.js";

/** Heads: the kindergarten's parent link, its join code, a printable QR code, and rotation. */
export const parentLinkFeature = new Composer<BotContext>();

function mayManage(ctx: BotContext, organizationId: number): boolean {
  return ctx.actor.isAdmin || parentLinkOrganizations(ctx.actor).some((o) => o.id === organizationId);
}

export async function sendParentLink(ctx: BotContext, organizationId: number): Promise<void> {
  const { db } = ctx.deps;
  const organization = await getOrganization(db, organizationId);
  if (!organization) return;
  const link = await getParentLink(db, organizationId);
  const url = deepLink(ctx.me.username, link.token);
  const keyboard = new InlineKeyboard()
    .text(ctx.t("parentlink-button-rotate"), cb.parentLinkRotateAsk.pack(organizationId))
    .row()
    .text(ctx.t("parentlink-button-expiry"), cb.parentLinkExpiryAsk.pack(organizationId));
  const expiry = !link.expiresAt
    ? ctx.t("parentlink-expiry-none")
    : link.expiresAt.getTime() <= ctx.deps.clock().getTime()
      ? ctx.t("parentlink-expired")
      : ctx.t("parentlink-expiry-until", { until: formatDate(new Date(link.expiresAt.getTime() - 1)) });
  const text = ctx.t("parentlink-text", { organization: organization.name, link: url, code: formatJoinCode(link.joinCode!) });
  await ctx.reply(`${text}\n\n${expiry}`, {
    link_preview_options: { is_disabled: true },
  });
  await ctx.replyWithPhoto(new InputFile(await renderQrPng(url), `parent-link-${organization.registryNo}.png`), {
    caption: ctx.t("parentlink-qr-caption", { organization: organization.name, code: formatJoinCode(link.joinCode!) }),
    reply_markup: keyboard,
  });
}

parentLinkFeature.command("parentlink", async (ctx) => {
  const organizations = parentLinkOrganizations(ctx.actor);
  if (organizations.length === 0) {
    await ctx.reply(ctx.t(ctx.actor.isAdmin ? "parentlink-admin-hint" : "common-not-allowed"));
    return;
  }
  if (organizations.length === 1) return sendParentLink(ctx, organizations[0]!.id);
  const keyboard = new InlineKeyboard();
  for (const org of organizations) keyboard.text(org.name, cb.parentLinkShow.pack(org.id)).row();
  await ctx.reply(ctx.t("parentlink-choose-organization"), { reply_markup: keyboard });
});

parentLinkFeature.callbackQuery(cb.parentLinkShow.filter, async (ctx) => {
  const parsed = cb.parentLinkShow.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayManage(ctx, parsed[0])) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  await ctx.answerCallbackQuery();
  await sendParentLink(ctx, parsed[0]);
});

parentLinkFeature.callbackQuery(cb.parentLinkRotateAsk.filter, async (ctx) => {
  const parsed = cb.parentLinkRotateAsk.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayManage(ctx, parsed[0])) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  await ctx.answerCallbackQuery();
  const keyboard = new InlineKeyboard()
    .text(ctx.t("parentlink-button-rotate-yes"), cb.parentLinkRotateYes.pack(parsed[0]))
    .row()
    .text(ctx.t("parentlink-button-rotate-no"), cb.parentLinkRotateNo.pack());
  await ctx.reply(ctx.t("parentlink-rotate-confirm"), { reply_markup: keyboard });
});

parentLinkFeature.callbackQuery(cb.parentLinkRotateYes.filter, async (ctx) => {
  const parsed = cb.parentLinkRotateYes.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayManage(ctx, parsed[0])) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  await rotateParentLink(ctx.deps.db, parsed[0], ctx.user.telegramId, ctx.deps.clock());
  await ctx.reply(ctx.t("parentlink-rotated"));
  await sendParentLink(ctx, parsed[0]);
});

parentLinkFeature.callbackQuery(cb.parentLinkRotateNo.filter, async (ctx) => {
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  await ctx.reply(ctx.t("parentlink-rotate-cancelled"));
});

parentLinkFeature.callbackQuery(cb.parentLinkExpiryAsk.filter, async (ctx) => {
  const parsed = cb.parentLinkExpiryAsk.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayManage(ctx, parsed[0])) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  await ctx.answerCallbackQuery();
  const keyboard = new InlineKeyboard()
    .text(ctx.t("parentlink-expiry-days", { days: 30 }), cb.parentLinkExpirySet.pack(parsed[0], "30"))
    .text(ctx.t("parentlink-expiry-days", { days: 90 }), cb.parentLinkExpirySet.pack(parsed[0], "90"))
    .row()
    .text(ctx.t("parentlink-expiry-days", { days: 365 }), cb.parentLinkExpirySet.pack(parsed[0], "365"))
    .text(ctx.t("parentlink-button-expiry-none"), cb.parentLinkExpirySet.pack(parsed[0], "none"));
  await ctx.reply(ctx.t("parentlink-expiry-ask"), { reply_markup: keyboard });
});

/** A parent link can be set to stop working after a while (printed QR codes on a notice board). */
parentLinkFeature.callbackQuery(cb.parentLinkExpirySet.filter, async (ctx) => {
  const parsed = cb.parentLinkExpirySet.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayManage(ctx, parsed[0])) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  const [organizationId, choice] = parsed;
  // Valid through the last day, in Kazakhstan time: it stops at the following midnight.
  const expiresAt = choice === "none" ? null : atAlmaty(addDays(almatyDay(ctx.deps.clock()), Number(choice) + 1), 0);
  await getParentLink(ctx.deps.db, organizationId);
  await setParentLinkExpiry(ctx.deps.db, organizationId, expiresAt, ctx.user.telegramId);
  await ctx.reply(expiresAt ? ctx.t("parentlink-expiry-until", { until: formatDate(new Date(expiresAt.getTime() - 1)) }) : ctx.t("parentlink-expiry-none"));
});
