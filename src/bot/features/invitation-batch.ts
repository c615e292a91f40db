import { Composer, InlineKeyboard } from "grammy";
import type { LocalizedText } from "../../delivery/message.js";
import { createInvitationBatch, InvitationBatchError, previewInvitationBatch, type BatchScope } from "../../invitation-batches/invitation-batch.js";
import { mayMakeInvitationBatch } from "../../invitation-batches/invitation-batch-access.js";
import type { Language } from "../../registration/roles.js";
import { getRegion, listRegions } from "../../registration/registry.js";
import { DAY_MS } from "../../shared/clock.js";
import { formatDate } from "../../shared/time.js";
import { cb } from "../../shared/callback-data.js";
import type { BotContext } from "../context.js";
import { removePressedKeyboard } from "../message-edits.js";
import { oneFileAtATime } from "./files/one-at-a-time.js";

/**
 * Every head's invitation at once, from /status's "no head registered" (a region's button, or the
 * country's): the question says how many invitations and how many old links stop working; the
 * confirmation makes the batch (createInvitationBatch) and its files come as documents through the
 * outbox. Every press re-checks who may (mayMakeInvitationBatch) against today's memberships.
 */
export const invitationBatchFeature = new Composer<BotContext>();

async function refuse(ctx: BotContext) {
  await ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
}

/** The scope's name in both languages (captions are rendered in the reader's language at send time). */
async function scopeName(ctx: BotContext, regionCode: BatchScope): Promise<LocalizedText | undefined> {
  if (regionCode === null) {
    const national = (language: Language) => ctx.deps.i18n.t(language, "scope-national");
    return { kk: national("kk"), ru: national("ru") };
  }
  const region = await getRegion(ctx.deps.db, regionCode);
  return region ? { kk: region.nameKk, ru: region.nameRu } : undefined;
}

async function ask(ctx: BotContext, regionCode: BatchScope) {
  if (!mayMakeInvitationBatch(ctx.actor, regionCode)) return refuse(ctx);
  const name = await scopeName(ctx, regionCode);
  if (!name) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  const now = ctx.deps.clock();
  const preview = await previewInvitationBatch(ctx.deps.db, regionCode, now);
  await ctx.answerCallbackQuery();
  const scope = name[ctx.user.language];
  if (preview.organizations === 0) {
    await ctx.reply(ctx.t("invite-batch-none", { scope }));
    return;
  }
  const until = formatDate(new Date(now.getTime() + ctx.deps.invitationTtlDays * DAY_MS));
  const yes = regionCode === null ? cb.inviteBatchYesCountry.pack(preview.latestBatchId) : cb.inviteBatchYes.pack(regionCode, preview.latestBatchId);
  const keyboard = new InlineKeyboard().text(ctx.t("invite-batch-button-confirm"), yes).text(ctx.t("invite-batch-button-cancel"), cb.inviteBatchNo.pack());
  await ctx.reply(ctx.t("invite-batch-ask", { scope, count: preview.organizations, replaces: preview.replaces, until }), { reply_markup: keyboard });
}

invitationBatchFeature.callbackQuery(cb.inviteBatchAsk.filter, async (ctx) => {
  const parsed = cb.inviteBatchAsk.unpack(ctx.callbackQuery.data);
  if (!parsed) return refuse(ctx);
  await ask(ctx, parsed[0]);
});

invitationBatchFeature.callbackQuery(cb.inviteBatchAskCountry.filter, async (ctx) => ask(ctx, null));

invitationBatchFeature.callbackQuery(cb.inviteBatchNo.filter, async (ctx) => {
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  await ctx.reply(ctx.t("invite-batch-cancelled"));
});

async function confirm(ctx: BotContext, regionCode: BatchScope, latestBatchId: number) {
  if (!mayMakeInvitationBatch(ctx.actor, regionCode)) return refuse(ctx);
  const name = await scopeName(ctx, regionCode);
  if (!name) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await oneFileAtATime(ctx, async () => {
    const { db, clock, invitationTtlDays } = ctx.deps;
    let batch;
    try {
      batch = await createInvitationBatch(db, { regionCode, createdBy: ctx.user.telegramId, ttlDays: invitationTtlDays, now: clock(), expectLatestBatchId: latestBatchId });
    } catch (error) {
      if (error instanceof InvitationBatchError) {
        await ctx.answerCallbackQuery({ text: ctx.t(error.code === "stale" ? "invite-batch-stale" : "common-stale-button"), show_alert: true });
        await removePressedKeyboard(ctx);
        return;
      }
      throw error;
    }
    await ctx.answerCallbackQuery({ text: ctx.t("invite-batch-working") });
    await removePressedKeyboard(ctx);
    const scope = name[ctx.user.language];
    // pdfkit and exceljs load on first use, not at start-up.
    const { deliverInvitationBatchFiles } = await import("../../invitation-batches/deliver-invitation-batch.js");
    const regionNames = new Map((await listRegions(db)).map((r) => [r.code, { kk: r.nameKk, ru: r.nameRu }]));
    const delivered = await deliverInvitationBatchFiles(db, {
      batch,
      now: clock(),
      chatId: ctx.user.telegramId,
      botUsername: ctx.me.username,
      language: ctx.user.language,
      scope: name,
      regionNames,
    });
    await ctx.reply(
      ctx.t("invite-batch-done", { scope, count: batch.invitations, replaced: batch.replaced, until: formatDate(batch.expiresAt), pdfs: delivered.pdfs }),
    );
  });
}

invitationBatchFeature.callbackQuery(cb.inviteBatchYes.filter, async (ctx) => {
  const parsed = cb.inviteBatchYes.unpack(ctx.callbackQuery.data);
  if (!parsed) return refuse(ctx);
  await confirm(ctx, parsed[0], parsed[1]);
});

invitationBatchFeature.callbackQuery(cb.inviteBatchYesCountry.filter, async (ctx) => {
  const parsed = cb.inviteBatchYesCountry.unpack(ctx.callbackQuery.data);
  if (!parsed) return refuse(ctx);
  await confirm(ctx, null, parsed[0]);
});
