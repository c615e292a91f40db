import { Composer, InlineKeyboard } from "grammy";
import { erasePerson, leaveMembership } from "../../registration/leave.js";
import { cb } from "../../shared/callback-data.js";
import { syncCommandMenu } from "../command-menu.js";
import type { BotContext } from "../context.js";
import { describeMembership, describeRoles } from "../format.js";

/**
 * `/leave`: with one membership, leaving is erasing the person (after a confirmation). With several
 * (a parent of two kindergartens), the person picks the one to leave, or everything (erasure).
 */
export const leaveFeature = new Composer<BotContext>();

leaveFeature.command("leave", async (ctx) => {
  const { memberships } = ctx.actor;
  if (memberships.length === 0) {
    await ctx.reply(ctx.t("leave-nothing"));
    return;
  }
  if (memberships.length === 1) {
    const keyboard = new InlineKeyboard()
      .text(ctx.t("leave-button-yes"), cb.leaveYes.pack())
      .row()
      .text(ctx.t("leave-button-no"), cb.leaveNo.pack());
    await ctx.reply(ctx.t("leave-confirm", { roles: describeRoles(ctx).join("\n") }), { reply_markup: keyboard });
    return;
  }
  const list = memberships.map((m, i) => `${i + 1}. ${describeMembership(ctx, m)}`).join("\n");
  const keyboard = new InlineKeyboard();
  memberships.forEach((m, i) => {
    keyboard.text(String(i + 1), cb.leaveOne.pack(m.id));
    if ((i + 1) % 5 === 0) keyboard.row();
  });
  keyboard.row().text(ctx.t("leave-button-all"), cb.leaveYes.pack()).row().text(ctx.t("leave-button-no"), cb.leaveNo.pack());
  await ctx.reply(ctx.t("leave-choose", { list }), { reply_markup: keyboard });
});

leaveFeature.callbackQuery(cb.leaveYes.filter, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  if (ctx.actor.memberships.length === 0) {
    await ctx.reply(ctx.t("leave-nothing"));
    return;
  }
  // Say goodbye in their language before the row (and the language) is gone.
  const goodbye = ctx.t("leave-done");
  await erasePerson(ctx.deps.db, ctx.user.telegramId, ctx.deps.clock());
  await ctx.reply(goodbye);
  await ctx.api.deleteMyCommands({ scope: { type: "chat", chat_id: ctx.user.telegramId } });
});

leaveFeature.callbackQuery(cb.leaveOne.filter, async (ctx) => {
  const parsed = cb.leaveOne.unpack(ctx.callbackQuery.data);
  const membership = parsed ? ctx.actor.memberships.find((m) => m.id === parsed[0]) : undefined;
  if (!membership) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  const described = describeMembership(ctx, membership);
  const goodbye = ctx.t("leave-done");
  const result = await leaveMembership(ctx.deps.db, ctx.user.telegramId, membership.id, ctx.deps.clock());
  if (result.kind === "not-found") return void (await ctx.reply(ctx.t("common-stale-button")));
  if (result.kind === "erased") {
    await ctx.reply(goodbye);
    await ctx.api.deleteMyCommands({ scope: { type: "chat", chat_id: ctx.user.telegramId } });
    return;
  }
  ctx.actor = { ...ctx.actor, memberships: ctx.actor.memberships.filter((m) => m.id !== membership.id) };
  await ctx.reply(ctx.t("leave-one-done", { membership: described }));
  await syncCommandMenu(ctx.api, ctx.deps.i18n, ctx.actor, ctx.user.language);
});

leaveFeature.callbackQuery(cb.leaveNo.filter, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t("leave-cancelled"));
});
