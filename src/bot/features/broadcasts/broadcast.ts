import { Composer, InlineKeyboard } from "grammy";
import {
  CAPTION_TEXT_MAX,
  TEXT_MAX,
  abandonBroadcast,
  activeBroadcastStep,
  broadcastDelivery,
  countRecipients,
  getBroadcast,
  saveBroadcastStep,
  sendBroadcast,
  startBroadcast,
  toggleBroadcastOrganization,
  BROADCAST_TEMPLATE,
  DEFAULT_BROADCAST_DAILY_LIMIT,
  LARGE_BROADCAST_RECIPIENTS,
  decideBroadcast,
  type Broadcast,
  type BroadcastStep,
} from "../../../broadcasts/broadcasts.js";
import { broadcastTargets, mayApproveBroadcast, mayBroadcastTo, type BroadcastTarget } from "../../../broadcasts/targets.js";
import { ATTACHMENT_MAX_BYTES, checkAttachment } from "../../../broadcasts/attachment-policy.js";
import { countOrganizations, getOrganization, getRegion, listOrganizations } from "../../../registration/registry.js";
import { mayBroadcast } from "../../../registration/permissions.js";
import { mayManage, scopeRegion } from "../../../outreach/organizers.js";
import { parseSecondLanguage, parseText } from "../../../outreach/parse-text.js";
import type { BotContext } from "../../context.js";
import { endDialog, registerDialog, startDialog } from "../../dialogs.js";
import { BUTTON_TEXT_MAX, regionButtonName, regionName, renderAs } from "../../format.js";
import { showInPressedMessage } from "../../message-edits.js";
import { shorten } from "../../../shared/message-limits.js";
import { broadcastCb } from "./callbacks.js";

/**
 * /broadcast: an announcement in both languages to an audience the author's role allows, with an
 * optional photo or document, a preview, a confirmation with the recipient count, then sending
 * through the outbox; the delivery status on request. The draft row is the wizard's place.
 */
export const broadcastFeature = new Composer<BotContext>();

const BROADCAST_DIALOG = "broadcast";

const ORGS_PER_PAGE = 8;
const ATTACHMENT_MAX_MB = ATTACHMENT_MAX_BYTES / (1024 * 1024);
const notAllowed = (ctx: BotContext) => ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
const stale = (ctx: BotContext) => ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });

async function scopeLabel(ctx: BotContext, scopeKey: string): Promise<string> {
  if (scopeKey === "national") return ctx.t("seminar-scope-national");
  if (scopeKey.startsWith("org:")) return (await getOrganization(ctx.deps.db, Number(scopeKey.slice(4))))?.name ?? scopeKey;
  const region = await getRegion(ctx.deps.db, scopeRegion(scopeKey)!);
  return region ? regionName(region, ctx.user.language) : scopeKey;
}

function scopeParts(scopeKey: string): readonly ["national" | "org" | "region", string] {
  return scopeKey === "national" ? (["national", "-"] as const) : scopeKey.startsWith("org:") ? (["org", scopeKey.slice(4)] as const) : (["region", scopeKey.slice(7)] as const);
}

function packTarget(t: BroadcastTarget, mode: "all" | "chosen"): string {
  return broadcastCb.target.pack(t.audience, ...scopeParts(t.scopeKey), mode);
}

/** A reach's name on a button (25 characters): the short official name of a long region, a kindergarten's name cut. */
async function scopeButtonLabel(ctx: BotContext, scopeKey: string): Promise<string> {
  if (scopeKey === "national") return ctx.t("seminar-scope-national");
  if (scopeKey.startsWith("org:")) return shorten((await getOrganization(ctx.deps.db, Number(scopeKey.slice(4))))?.name ?? scopeKey, BUTTON_TEXT_MAX);
  const region = await getRegion(ctx.deps.db, scopeRegion(scopeKey)!);
  return region ? regionButtonName(region, ctx.user.language) : scopeKey;
}

/**
 * The audiences of one reach: the reach is named in the question, so the buttons stay short
 * («Меңгерушілерге», «Родителям») whatever the region's or the kindergarten's name.
 */
async function audienceQuestion(ctx: BotContext, scopeKey: string): Promise<{ text: string; keyboard: InlineKeyboard }> {
  const keyboard = new InlineKeyboard();
  for (const t of broadcastTargets(ctx.actor).filter((t) => t.scopeKey === scopeKey)) {
    keyboard.text(ctx.t(`broadcast-target-${t.audience}`), packTarget(t, "all")).row();
    if (t.scopeKey.startsWith("region:") && t.audience !== "methodologists") {
      keyboard.text(ctx.t(`broadcast-target-${t.audience}-chosen`), packTarget(t, "chosen")).row();
    }
  }
  return { text: ctx.t("broadcast-ask-target", { scope: await scopeLabel(ctx, scopeKey) }), keyboard };
}

async function organizationsKeyboard(ctx: BotContext, b: Broadcast, page: number) {
  const code = scopeRegion(b.scopeKey)!;
  const total = await countOrganizations(ctx.deps.db, code);
  const orgs = await listOrganizations(ctx.deps.db, { regionCode: code, offset: page * ORGS_PER_PAGE, limit: ORGS_PER_PAGE });
  const chosen = new Set(b.organizationIds ?? []);
  const keyboard = new InlineKeyboard();
  for (const o of orgs) {
    const label = `${chosen.has(o.id) ? "✅" : "⬜"} ${o.registryNo}. ${o.name}`;
    keyboard.text(label.length > 60 ? `${label.slice(0, 59)}…` : label, broadcastCb.orgToggle.pack(o.id, page)).row();
  }
  if (page > 0) keyboard.text("◀", broadcastCb.orgPage.pack(page - 1));
  if ((page + 1) * ORGS_PER_PAGE < total) keyboard.text("▶", broadcastCb.orgPage.pack(page + 1));
  keyboard.row().text(ctx.t("seminar-button-orgs-done"), broadcastCb.orgsDone.pack());
  return { text: ctx.t("broadcast-ask-organizations", { chosen: chosen.size }), keyboard };
}

async function askStep(ctx: BotContext, b: Broadcast): Promise<void> {
  switch (b.step as BroadcastStep) {
    case "target": {
      const scopes = [...new Set(broadcastTargets(ctx.actor).map((t) => t.scopeKey))];
      if (scopes.length === 1) {
        const { text, keyboard } = await audienceQuestion(ctx, scopes[0]!);
        return void (await ctx.reply(text, { reply_markup: keyboard }));
      }
      // Several reaches (an administrator who also coordinates a region…): the reach first, then its audiences.
      const keyboard = new InlineKeyboard();
      for (const scopeKey of scopes) keyboard.text(await scopeButtonLabel(ctx, scopeKey), broadcastCb.scope.pack(...scopeParts(scopeKey))).row();
      return void (await ctx.reply(ctx.t("broadcast-ask-scope"), { reply_markup: keyboard }));
    }
    case "organizations": {
      const { text, keyboard } = await organizationsKeyboard(ctx, b, 0);
      return void (await ctx.reply(text, { reply_markup: keyboard }));
    }
    case "text-kk":
      return void (await ctx.reply(ctx.t("broadcast-ask-text-kk", { max: TEXT_MAX })));
    case "text-ru":
      return void (await ctx.reply(ctx.t("broadcast-ask-text-ru", { max: TEXT_MAX })));
    case "attachment":
      return void (await ctx.reply(ctx.t("broadcast-ask-attachment", { max: CAPTION_TEXT_MAX, maxMb: ATTACHMENT_MAX_MB }), {
        reply_markup: new InlineKeyboard().text(ctx.t("broadcast-button-no-attachment"), broadcastCb.noAttachment.pack()),
      }));
    case "preview":
      return showPreview(ctx, b);
  }
}

/** Both languages exactly as recipients will get them, then the count and the confirmation. */
async function showPreview(ctx: BotContext, b: Broadcast): Promise<void> {
  for (const language of ["kk", "ru"] as const) {
    await ctx.reply(ctx.t(`seminar-preview-${language}`));
    const { text } = renderAs(ctx, language, BROADCAST_TEMPLATE, { text: { kk: b.textKk ?? "", ru: b.textRu ?? "" } });
    if (b.attachmentType === "photo") await ctx.replyWithPhoto(b.attachmentFileId!, { caption: text });
    else if (b.attachmentType === "document") await ctx.replyWithDocument(b.attachmentFileId!, { caption: text });
    else await ctx.reply(text);
  }
  const count = await countRecipients(ctx.deps.db, b);
  await ctx.reply(ctx.t("broadcast-confirm", { count, scope: await scopeLabel(ctx, b.scopeKey), audience: b.audience ?? "heads" }), {
    reply_markup: new InlineKeyboard().text(ctx.t("broadcast-button-send", { count }), broadcastCb.send.pack(b.id)).row().text(ctx.t("seminar-button-discard"), broadcastCb.discard.pack(b.id)),
  });
}

async function advance(ctx: BotContext, b: Broadcast, next: BroadcastStep, patch: Parameters<typeof saveBroadcastStep>[1]["patch"]): Promise<void> {
  const saved = await saveBroadcastStep(ctx.deps.db, { id: b.id, authorId: ctx.user.telegramId, expected: b.step as BroadcastStep, next, patch });
  if (ctx.callbackQuery) {
    if (!saved) return void (await stale(ctx));
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => {});
  }
  if (saved) await askStep(ctx, saved);
}

broadcastFeature.command("broadcast", async (ctx) => {
  if (!mayBroadcast(ctx.actor)) return void (await ctx.reply(ctx.t("common-not-allowed")));
  // One dialog at a time: a report being filled in is paused (and says so), a seminar draft dropped.
  const draft = await startBroadcast(ctx.deps.db, ctx.user.telegramId);
  await startDialog(ctx, BROADCAST_DIALOG, { ref: draft.id });
  await ctx.reply(ctx.t("broadcast-intro"));
  await askStep(ctx, draft);
});

async function draftAt(ctx: BotContext, step: BroadcastStep): Promise<Broadcast | null> {
  if (!mayBroadcast(ctx.actor)) {
    await notAllowed(ctx);
    return null;
  }
  const b = await activeBroadcastStep(ctx.deps.db, ctx.user.telegramId);
  if (!b || b.step !== step) {
    await stale(ctx);
    return null;
  }
  return b;
}

broadcastFeature.callbackQuery(broadcastCb.target.filter, async (ctx) => {
  const parsed = broadcastCb.target.unpack(ctx.callbackQuery.data);
  if (!parsed) return notAllowed(ctx);
  const [audience, kind, value, mode] = parsed;
  const scopeKey = kind === "national" ? "national" : kind === "org" ? `org:${value}` : `region:${value}`;
  // Re-checked here: a head cannot reach another kindergarten, a methodologist another region or other roles.
  if (!mayBroadcastTo(ctx.actor, { audience, scopeKey }) || (mode === "chosen" && kind !== "region")) return notAllowed(ctx);
  const b = await draftAt(ctx, "target");
  if (!b) return;
  await advance(ctx, b, mode === "chosen" ? "organizations" : "text-kk", { audience, scopeKey, organizationIds: mode === "chosen" ? [] : null });
});

broadcastFeature.callbackQuery(broadcastCb.scope.filter, async (ctx) => {
  const parsed = broadcastCb.scope.unpack(ctx.callbackQuery.data);
  if (!parsed) return notAllowed(ctx);
  const [kind, value] = parsed;
  const scopeKey = kind === "national" ? "national" : kind === "org" ? `org:${value}` : `region:${value}`;
  if (!broadcastTargets(ctx.actor).some((t) => t.scopeKey === scopeKey)) return notAllowed(ctx);
  if (!(await draftAt(ctx, "target"))) return;
  await ctx.answerCallbackQuery();
  const { text, keyboard } = await audienceQuestion(ctx, scopeKey);
  await showInPressedMessage(ctx, text, keyboard);
});

broadcastFeature.callbackQuery(broadcastCb.orgToggle.filter, async (ctx) => {
  const parsed = broadcastCb.orgToggle.unpack(ctx.callbackQuery.data);
  const b = await draftAt(ctx, "organizations");
  if (!b || !parsed) return;
  const org = await getOrganization(ctx.deps.db, parsed[0]);
  if (!org || org.regionCode !== scopeRegion(b.scopeKey)) return notAllowed(ctx);
  const updated = await toggleBroadcastOrganization(ctx.deps.db, { id: b.id, authorId: ctx.user.telegramId, organizationId: org.id });
  await ctx.answerCallbackQuery();
  if (!updated) return;
  const { text, keyboard } = await organizationsKeyboard(ctx, updated, parsed[1]);
  await ctx.editMessageText(text, { reply_markup: keyboard });
});

broadcastFeature.callbackQuery(broadcastCb.orgPage.filter, async (ctx) => {
  const parsed = broadcastCb.orgPage.unpack(ctx.callbackQuery.data);
  const b = await draftAt(ctx, "organizations");
  if (!b || !parsed) return;
  await ctx.answerCallbackQuery();
  const { text, keyboard } = await organizationsKeyboard(ctx, b, parsed[0]);
  await ctx.editMessageText(text, { reply_markup: keyboard });
});

broadcastFeature.callbackQuery(broadcastCb.orgsDone.filter, async (ctx) => {
  const b = await draftAt(ctx, "organizations");
  if (!b) return;
  if (!b.organizationIds?.length) return void (await ctx.answerCallbackQuery({ text: ctx.t("seminar-error-choose-organization"), show_alert: true }));
  await advance(ctx, b, "text-kk", {});
});

broadcastFeature.callbackQuery(broadcastCb.noAttachment.filter, async (ctx) => {
  const b = await draftAt(ctx, "attachment");
  if (!b) return;
  await advance(ctx, b, "preview", { attachmentType: null, attachmentFileId: null });
});

/** The draft a send/discard/status button names, if it is the presser's (administrators may look). */
async function owned(ctx: BotContext, id: number | undefined): Promise<Broadcast | null> {
  const b = id ? await getBroadcast(ctx.deps.db, id) : undefined;
  if (!b || !mayBroadcast(ctx.actor) || !mayManage(ctx.actor, b.authorId)) {
    await notAllowed(ctx);
    return null;
  }
  return b;
}

/** Operators see who reached how many: a large announcement is a warning in the log (no names or texts). */
function logIfLarge(ctx: BotContext, b: Broadcast, recipients: number): void {
  if (recipients >= LARGE_BROADCAST_RECIPIENTS) {
    ctx.log?.warn({ broadcast_id: b.id, recipients, scope: b.scopeKey, audience: b.audience, approved: b.decidedBy !== null }, "large broadcast queued");
  }
}

broadcastFeature.callbackQuery(broadcastCb.send.filter, async (ctx) => {
  const b = await owned(ctx, broadcastCb.send.unpack(ctx.callbackQuery.data)?.[0]);
  if (!b) return;
  // The target is checked again at sending: roles may have changed since the draft began.
  const target = b.audience ? { audience: b.audience, scopeKey: b.scopeKey } : null;
  if (b.authorId !== ctx.user.telegramId || (target && !mayBroadcastTo(ctx.actor, target))) return notAllowed(ctx);
  const result = await sendBroadcast(ctx.deps.db, {
    id: b.id,
    authorId: ctx.user.telegramId,
    now: ctx.deps.clock(),
    dailyLimit: ctx.deps.broadcastDailyLimit ?? DEFAULT_BROADCAST_DAILY_LIMIT,
    adminIds: ctx.deps.adminIds,
  });
  if (result.kind === "stale") return void (await ctx.answerCallbackQuery({ text: ctx.t("broadcast-already-sent"), show_alert: true }));
  if (result.kind === "incomplete") {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("broadcast-error-incomplete", { missing: result.missing.map((k) => ctx.t(k, { max: CAPTION_TEXT_MAX })).join(", ") }).slice(0, 200), show_alert: true }));
  }
  if (result.kind === "daily-limit") return void (await ctx.answerCallbackQuery({ text: ctx.t("broadcast-error-daily-limit", { limit: result.limit }), show_alert: true }));
  await endDialog(ctx, BROADCAST_DIALOG);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  if (result.kind === "awaiting-approval") return void (await ctx.reply(ctx.t("broadcast-awaiting-approval", { approvers: result.approvers })));
  logIfLarge(ctx, result.broadcast, result.recipients);
  await ctx.reply(ctx.t("broadcast-sent", { count: result.recipients }), {
    reply_markup: new InlineKeyboard().text(ctx.t("broadcast-button-status"), broadcastCb.status.pack(b.id)),
  });
});

/** "Approve" / "decline" on an announcement awaiting a second person; re-checked on every press. */
async function decide(ctx: BotContext, id: number | undefined, approve: boolean): Promise<void> {
  const b = id ? await getBroadcast(ctx.deps.db, id) : undefined;
  if (!b || !mayApproveBroadcast(ctx.actor, b)) return void (await notAllowed(ctx));
  const result = await decideBroadcast(ctx.deps.db, { id: b.id, deciderId: ctx.user.telegramId, approve, now: ctx.deps.clock() });
  if (result.kind === "own") return void (await notAllowed(ctx));
  if (result.kind === "stale") return void (await ctx.answerCallbackQuery({ text: ctx.t("broadcast-approval-already-decided"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  if (result.kind === "declined") return void (await ctx.reply(ctx.t("broadcast-approval-declined")));
  logIfLarge(ctx, result.broadcast, result.recipients);
  await ctx.reply(ctx.t("broadcast-approval-approved", { count: result.recipients }));
}

broadcastFeature.callbackQuery(broadcastCb.approve.filter, (ctx) => decide(ctx, broadcastCb.approve.unpack(ctx.callbackQuery.data)?.[0], true));
broadcastFeature.callbackQuery(broadcastCb.decline.filter, (ctx) => decide(ctx, broadcastCb.decline.unpack(ctx.callbackQuery.data)?.[0], false));

broadcastFeature.callbackQuery(broadcastCb.discard.filter, async (ctx) => {
  const b = await owned(ctx, broadcastCb.discard.unpack(ctx.callbackQuery.data)?.[0]);
  if (!b) return;
  if (b.status !== "draft" || b.authorId !== ctx.user.telegramId) return stale(ctx);
  await abandonBroadcast(ctx.deps.db, ctx.user.telegramId);
  await endDialog(ctx, BROADCAST_DIALOG);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t("broadcast-cancelled"));
});

broadcastFeature.callbackQuery(broadcastCb.status.filter, async (ctx) => {
  const b = await owned(ctx, broadcastCb.status.unpack(ctx.callbackQuery.data)?.[0]);
  if (!b) return;
  if (b.status !== "sent") return stale(ctx);
  const d = await broadcastDelivery(ctx.deps.db, b.id);
  await ctx.answerCallbackQuery();
  // A new message each time: editing to the same figures would be refused by Telegram.
  await ctx.reply(ctx.t("broadcast-status", { total: b.recipients ?? 0, sent: d.sent, waiting: d.waiting, unreachable: d.unreachable, failed: d.failed }), {
    reply_markup: new InlineKeyboard().text(ctx.t("broadcast-button-status"), broadcastCb.status.pack(b.id)),
  });
});

/** The author's draft the dialog waits on; none → the message is not an answer. */
async function waitingDraft(ctx: BotContext): Promise<Broadcast | null> {
  if (!mayBroadcast(ctx.actor)) return null;
  return (await activeBroadcastStep(ctx.deps.db, ctx.user.telegramId)) ?? null;
}

registerDialog({
  kind: BROADCAST_DIALOG,
  onText: async (ctx, _waiting, next) => {
    const b = await waitingDraft(ctx);
    if (!b) return next();
    const text = ctx.message!.text!;
    if (b.step === "text-kk" || b.step === "text-ru") {
      const parsed = b.step === "text-kk" ? parseText(text, TEXT_MAX) : parseSecondLanguage(text, b.textKk, TEXT_MAX);
      if (!parsed.ok) return void (await ctx.reply(ctx.t(parsed.reason === "seminar-error-same-language" ? "broadcast-error-same-language" : parsed.reason, parsed.params ?? {})));
      return advance(ctx, b, b.step === "text-kk" ? "text-ru" : "attachment", b.step === "text-kk" ? { textKk: parsed.value } : { textRu: parsed.value });
    }
    await ctx.reply(ctx.t(b.step === "attachment" ? "broadcast-error-attachment" : "seminar-use-buttons"));
    await askStep(ctx, b);
  },
  onMessage: async (ctx, _waiting, next) => {
    const b = await waitingDraft(ctx);
    if (!b) return next();
    const message = ctx.message!;
    if (!message.photo && !message.document) return void (await ctx.reply(ctx.t("seminar-error-not-text")));
    if (b.step !== "attachment") return void (await ctx.reply(ctx.t("seminar-error-not-text")));
    if ((b.textKk?.length ?? 0) > CAPTION_TEXT_MAX || (b.textRu?.length ?? 0) > CAPTION_TEXT_MAX) {
      return void (await ctx.reply(ctx.t("broadcast-error-caption-too-long", { max: CAPTION_TEXT_MAX })));
    }
    const photo = message.photo?.at(-1);
    const document = message.document;
    const verdict = checkAttachment(
      photo
        ? { kind: "photo", fileSize: photo.file_size }
        : { kind: "document", fileSize: document?.file_size, mimeType: document?.mime_type, fileName: document?.file_name },
    );
    if (!verdict.ok) return void (await ctx.reply(ctx.t(verdict.reason, { max: ATTACHMENT_MAX_MB })));
    const patch = photo ? { attachmentType: "photo" as const, attachmentFileId: photo.file_id } : { attachmentType: "document" as const, attachmentFileId: message.document!.file_id };
    await advance(ctx, b, "preview", patch);
  },
  onCancel: async (ctx, _waiting, reason) => {
    // Another dialog starting drops the draft quietly, as a new /broadcast does.
    if (!mayBroadcast(ctx.actor) || !(await abandonBroadcast(ctx.deps.db, ctx.user.telegramId))) return false;
    if (reason === "cancel") await ctx.reply(ctx.t("broadcast-cancelled"));
    return true;
  },
});
