import { Composer, InlineKeyboard } from "grammy";
import { removePressedKeyboard } from "../message-edits.js";
import {
  acceptInvitation,
  findUsableInvitation,
  invitationScope,
  type InvitationOffer,
  type InvitationRefusal,
} from "../../registration/invitations.js";
import { isJoinRateLimited, isUnusualJoinFailureCount, recordFailedJoin } from "../../registration/join-rate-limit.js";
import { scopeKey } from "../../registration/roles.js";
import { normalizeJoinCode, tokenPattern } from "../../registration/tokens.js";
import { cb } from "../../shared/callback-data.js";
import { syncCommandMenu } from "../command-menu.js";
import type { BotContext } from "../context.js";
import { describeMembership, regionName } from "../format.js";
import { askChildGroup } from "./tips/child.js";

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
      return ctx.t("join-offer-parent", { organization, region, operator: ctx.deps.operatorName ?? ctx.t("join-consent-operator-generic") });
    case "head":
      return ctx.t("join-offer-head", { organization, region });
    case "methodologist":
      return ctx.t("join-offer-methodologist", { region });
    case "coordinator":
      return offer.region ? ctx.t("join-offer-coordinator-region", { region }) : ctx.t("join-offer-coordinator-national");
    case "regional_admin":
      return ctx.t("join-offer-regional-admin", { region });
  }
}

/**
 * One reply for every code or link that does not work, except a personal invitation that exists,
 * whose holder is told why (used, expired, revoked) and what to do.
 */
function refusalText(ctx: BotContext, refusal: InvitationRefusal): string {
  if (refusal.problem === "own") return ctx.t("join-problem-own");
  return refusal.personal ? ctx.t(`join-problem-${refusal.problem}`) : ctx.t("join-problem-invalid");
}

/** Counts a failed attempt; an unusual number across all users is logged as a warning. */
async function countFailure(ctx: BotContext, now: Date): Promise<void> {
  const { recentAcrossUsers } = await recordFailedJoin(ctx.deps.db, ctx.user.telegramId, now);
  if (isUnusualJoinFailureCount(recentAcrossUsers)) {
    console.warn(
      JSON.stringify({ level: "warn", msg: "unusual rate of failed join attempts across users", failuresIn15Min: recentAcrossUsers, updateId: ctx.update.update_id }),
    );
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
    await ctx.reply(ctx.t(source === "link" ? "join-problem-invalid" : "ux-join-code-shape"));
    return;
  }
  // Join codes (~39 bits) can be guessed, so a limited user's codes are not even looked up. A deep-link
  // token carries 128 bits: a real one is honoured even right after a few typos, and failures count.
  if (!(key && "token" in key) && (await isJoinRateLimited(db, ctx.user.telegramId, now))) {
    await ctx.reply(ctx.t("join-problem-rate-limited"));
    return;
  }
  const found = key ? await findUsableInvitation(db, key, now, ctx.user.telegramId) : ({ ok: false, problem: "unknown", personal: false } as const);
  if (!found.ok) {
    await countFailure(ctx, now);
    const limited = !found.personal && (await isJoinRateLimited(db, ctx.user.telegramId, now));
    await ctx.reply(limited ? ctx.t("join-problem-rate-limited") : refusalText(ctx, found));
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
  // A consent given before the person left (or before this user row existed) is not consent now:
  // an offer message older than the user row is outdated. Telegram dates are whole seconds.
  const offeredAt = (ctx.callbackQuery.message?.date ?? 0) * 1000;
  if (offeredAt + 1000 < ctx.user.createdAt.getTime()) {
    await ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
    await ctx.editMessageReplyMarkup().catch(() => {});
    return;
  }
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
    if (result.problem === "unknown") await countFailure(ctx, now);
    await ctx.reply(refusalText(ctx, result));
    return;
  }
  if (!ctx.actor.memberships.some((m) => m.role === result.role && m.scopeKey === result.scopeKey)) {
    ctx.actor = { ...ctx.actor, memberships: [...ctx.actor.memberships, result.membership] };
  }
  await ctx.reply(ctx.t(result.alreadyMember ? "join-already" : "join-done", { membership: describeMembership(ctx, result.membership) }));
  await syncCommandMenu(ctx.api, i18n, ctx.actor, ctx.user.language);
  if (result.role === "parent" && !result.alreadyMember) await askChildGroup(ctx, result.membership.id);
});

joinFeature.callbackQuery(cb.joinDecline.filter, async (ctx) => {
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  await ctx.reply(ctx.t("join-declined"));
});
