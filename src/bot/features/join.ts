import { Composer, InlineKeyboard } from "grammy";
import { removePressedKeyboard } from "../message-edits.js";
import { acceptInvitation, findUsableInvitation, invitationScope, type InvitationOffer } from "../../registration/invitations.js";
import { isJoinRateLimited, recordFailedJoin } from "../../registration/join-rate-limit.js";
import { scopeKey } from "../../registration/roles.js";
import { normalizeJoinCode, tokenPattern } from "../../registration/tokens.js";
import { cb } from "../callback-data.js";
import { syncCommandMenu } from "../command-menu.js";
import type { BotContext } from "../context.js";
import { describeMembership, regionName } from "../format.js";

/** Recognises what the user sent: a deep-link token or a typed join code. */
export function parseJoinKey(raw: string): { token: string } | { joinCode: string } | null {
  const trimmed = raw.trim();
  if (tokenPattern.test(trimmed)) return { token: trimmed };
  const code = normalizeJoinCode(trimmed);
  return code ? { joinCode: code } : null;
}

function offerText(ctx: BotContext, offer: InvitationOffer): string {
  const inv = offer.invitation;
  const region = offer.region ? regionName(offer.region, ctx.user.language) : "";
  const organization = offer.organization?.name ?? "";
  switch (inv.role) {
    case "parent":
      return ctx.t("join-offer-parent", { organization, region });
    case "head":
      return ctx.t("join-offer-head", { organization, region });
    case "methodologist":
      return ctx.t("join-offer-methodologist", { region });
    case "coordinator":
      return offer.region ? ctx.t("join-offer-coordinator-region", { region }) : ctx.t("join-offer-coordinator-national");
  }
}

/**
 * Shows what an invitation or join code offers and asks to confirm (parents: to consent). Nothing is
 * stored here except a failed attempt, which counts towards the per-user limit.
 */
export async function offerJoin(ctx: BotContext, raw: string, source: "link" | "typed" = "typed"): Promise<void> {
  const { db, clock } = ctx.deps;
  const now = clock();
  const key = parseJoinKey(raw);
  if (!key) {
    // Not shaped like a code or a link at all ("1234", "hello"): nothing to look up, so not an
    // attempt. A typed one is told what a code looks like; a broken link that there is no such link.
    await ctx.reply(ctx.t(source === "link" ? "join-problem-unknown" : "ux-join-code-shape"));
    return;
  }
  // Join codes (~39 bits) can be guessed, so a limited user's codes are not even looked up. A deep-link
  // token carries 128 bits: a real one is honoured even right after a few typos, and failures count.
  if (!(key && "token" in key) && (await isJoinRateLimited(db, ctx.user.telegramId, now))) {
    await ctx.reply(ctx.t("join-problem-rate-limited"));
    return;
  }
  const found = key ? await findUsableInvitation(db, key, now) : ({ ok: false, problem: "unknown" } as const);
  if (!found.ok) {
    await recordFailedJoin(db, ctx.user.telegramId, now);
    const limited = found.problem === "unknown" && (await isJoinRateLimited(db, ctx.user.telegramId, now));
    await ctx.reply(ctx.t(limited ? "join-problem-rate-limited" : `join-problem-${found.problem}`));
    return;
  }
  const inv = found.offer.invitation;
  const offeredScope = scopeKey(invitationScope(inv));
  const existing = ctx.actor.memberships.find((m) => m.role === inv.role && m.scopeKey === offeredScope);
  if (existing) {
    await ctx.reply(ctx.t("join-already", { membership: describeMembership(ctx, existing) }));
    return;
  }
  const keyboard = new InlineKeyboard()
    .text(ctx.t(inv.role === "parent" ? "join-button-consent" : "join-button-confirm"), cb.joinConfirm.pack(inv.token))
    .row()
    .text(ctx.t("join-button-decline"), cb.joinDecline.pack());
  await ctx.reply(offerText(ctx, found.offer), { reply_markup: keyboard });
}

export const joinFeature = new Composer<BotContext>();

joinFeature.command("join", async (ctx) => {
  const code = ctx.match.trim();
  if (!code) {
    await ctx.reply(ctx.t("join-code-prompt"));
    return;
  }
  await offerJoin(ctx, code);
});

joinFeature.callbackQuery(cb.joinConfirm.filter, async (ctx) => {
  const parsed = cb.joinConfirm.unpack(ctx.callbackQuery.data);
  const { db, clock, i18n } = ctx.deps;
  const now = clock();
  if (!parsed) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  // The button carries a 128-bit token: a forged one fails below and counts as a failed attempt.
  const [token] = parsed;
  const result = await acceptInvitation(db, {
    token,
    user: { telegramId: ctx.user.telegramId, firstName: ctx.from.first_name, username: ctx.from.username },
    now,
  });
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  if (!result.ok) {
    if (result.problem === "unknown") await recordFailedJoin(db, ctx.user.telegramId, now);
    await ctx.reply(ctx.t(`join-problem-${result.problem}`));
    return;
  }
  if (!ctx.actor.memberships.some((m) => m.role === result.role && m.scopeKey === result.scopeKey)) {
    ctx.actor = { ...ctx.actor, memberships: [...ctx.actor.memberships, result.membership] };
  }
  await ctx.reply(ctx.t(result.alreadyMember ? "join-already" : "join-done", { membership: describeMembership(ctx, result.membership) }));
  await syncCommandMenu(ctx.api, i18n, ctx.actor, ctx.user.language);
});

joinFeature.callbackQuery(cb.joinDecline.filter, async (ctx) => {
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  await ctx.reply(ctx.t("join-declined"));
});
