import { Composer, InlineKeyboard } from "grammy";
import { showInPressedMessage } from "../message-edits.js";
import {
  INVITATIONS_PAGE_SIZE,
  listOpenInvitations,
  mayManageInvitations,
  revokeInvitation,
  type OpenInvitation,
} from "../../registration/invitation-management.js";
import { formatDate } from "../../shared/time.js";
import { cb } from "../../shared/callback-data.js";
import type { BotContext } from "../context.js";
import { regionName } from "../format.js";

/**
 * `/invitations`: personal invitations still waiting to be used that the person may manage (their own,
 * and those they could create now; administrators all), a page at a time, each with a revoke button.
 */
export const invitationsFeature = new Composer<BotContext>();

function line(ctx: BotContext, n: number, item: OpenInvitation): string {
  const role = ctx.t(`role-${item.role}`);
  const region = item.region ? regionName(item.region, ctx.user.language) : ctx.t("scope-national");
  const scope = item.organizationName ? `${item.organizationName}, ${region}` : region;
  return ctx.t(item.mine ? "invitations-item-mine" : "invitations-item", { n, role, scope, until: formatDate(item.expiresAt), created: formatDate(item.createdAt) });
}

async function render(ctx: BotContext, page: number, notice?: string): Promise<{ text: string; keyboard: InlineKeyboard }> {
  const { items, total } = await listOpenInvitations(ctx.deps.db, ctx.actor, ctx.deps.clock(), page);
  const pages = Math.max(1, Math.ceil(total / INVITATIONS_PAGE_SIZE));
  const keyboard = new InlineKeyboard();
  items.forEach((item, i) => keyboard.text(ctx.t("invitations-button-revoke", { n: page * INVITATIONS_PAGE_SIZE + i + 1 }), cb.invitationsRevoke.pack(item.id, page)));
  if (pages > 1) {
    keyboard.row();
    if (page > 0) keyboard.text("◀️", cb.invitationsPage.pack(page - 1));
    keyboard.text(`${Math.min(page + 1, pages)}/${pages}`, cb.invitationsPage.pack(Math.min(page, pages - 1)));
    if (page + 1 < pages) keyboard.text("▶️", cb.invitationsPage.pack(page + 1));
  }
  const header = total === 0 ? ctx.t("invitations-none") : ctx.t("invitations-title", { count: total });
  const lines = items.map((item, i) => line(ctx, page * INVITATIONS_PAGE_SIZE + i + 1, item));
  const text = [notice, header, ...lines].filter(Boolean).join("\n\n");
  return { text, keyboard };
}

invitationsFeature.command("invitations", async (ctx) => {
  if (!mayManageInvitations(ctx.actor)) return void (await ctx.reply(ctx.t("common-not-allowed")));
  const { text, keyboard } = await render(ctx, 0);
  await ctx.reply(text, { reply_markup: keyboard, link_preview_options: { is_disabled: true } });
});

async function show(ctx: BotContext, page: number, notice?: string) {
  const { text, keyboard } = await render(ctx, page, notice);
  // A page that did not change (the counter button) is left alone: Telegram refuses "not modified".
  await showInPressedMessage(ctx, text, keyboard, { link_preview_options: { is_disabled: true } });
}

invitationsFeature.callbackQuery(cb.invitationsPage.filter, async (ctx) => {
  const parsed = cb.invitationsPage.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayManageInvitations(ctx.actor)) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  await ctx.answerCallbackQuery();
  await show(ctx, parsed[0]);
});

invitationsFeature.callbackQuery(cb.invitationsRevoke.filter, async (ctx) => {
  const parsed = cb.invitationsRevoke.unpack(ctx.callbackQuery.data);
  if (!parsed) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  const [id, page] = parsed;
  const result = await revokeInvitation(ctx.deps.db, ctx.actor, id, ctx.deps.clock());
  if (result === "not-allowed") return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  await ctx.answerCallbackQuery({ text: ctx.t(result === "revoked" ? "invitations-revoked" : "invitations-already-closed") });
  await show(ctx, page);
});
