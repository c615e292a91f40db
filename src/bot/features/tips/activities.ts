import { Composer, InlineKeyboard } from "grammy";
import { directionValues } from "../../../reports/form/v1.js";
import { mayEditActivities } from "../../../registration/permissions.js";
import {
  activityText,
  discardDraft,
  draftContent,
  getActivity,
  getDraft,
  listActivities,
  parseActivityText,
  putDraftText,
  saveDraft,
  setActivityRetired,
  startDraft,
  stopAwaitingText,
} from "../../../tips/library-edit.js";
import { tipParams } from "../../../tips/render.js";
import { shorten } from "../../../shared/message-limits.js";
import type { BotContext } from "../../context.js";
import { endDialog, registerDialog, startDialog } from "../../dialogs.js";
import { gridKeyboard } from "../../keyboards.js";
import { libraryCb } from "./callbacks.js";
import { orderEntryButton } from "./order.js";

/**
 * /activities: administrators and methodologists keep the weekly activities without a deployment —
 * list, preview exactly as parents see it in both languages, edit one language, add a new one (both
 * languages required, a preview before saving), retire and restore.
 */
export const activitiesFeature = new Composer<BotContext>();

const ACTIVITY_TEXT_DIALOG = "activity-text";
const PER_PAGE = 8;


async function refuse(ctx: BotContext): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  else await ctx.reply(ctx.t("common-not-allowed"));
}

async function listPage(ctx: BotContext, page: number): Promise<void> {
  const { rows, total } = await listActivities(ctx.deps.db, { offset: page * PER_PAGE, limit: PER_PAGE });
  const keyboard = new InlineKeyboard();
  for (const a of rows) {
    const title = activityText(a.content, ctx.user.language).title;
    keyboard.text(`${a.retiredAt ? "⏹ " : ""}${shorten(title, 24)}`, libraryCb.open.pack(a.id)).row();
  }
  if (page > 0) keyboard.text("◀", libraryCb.page.pack(page - 1));
  if ((page + 1) * PER_PAGE < total) keyboard.text("▶", libraryCb.page.pack(page + 1));
  keyboard.row().text(ctx.t("activities-button-new"), libraryCb.newActivity.pack());
  const order = orderEntryButton(ctx);
  if (order) keyboard.row().text(order.text, order.data);
  await ctx.reply(ctx.t("activities-list", { total, page: page + 1, pages: Math.max(1, Math.ceil(total / PER_PAGE)) }), { reply_markup: keyboard });
}

/** Both languages exactly as parents receive them (the tips-weekly template). */
async function preview(ctx: BotContext, content: { kk: unknown; ru: unknown }, minutes: number): Promise<void> {
  for (const language of ["kk", "ru"] as const) {
    const text = ctx.deps.i18n.t(language, "tips-weekly", tipParams(content, minutes, language));
    await ctx.reply(`${ctx.t(`activities-preview-${language}`)}\n\n${text}`);
  }
}

activitiesFeature.command("activities", async (ctx) => {
  if (!mayEditActivities(ctx.actor)) return refuse(ctx);
  await listPage(ctx, 0);
});

activitiesFeature.callbackQuery(libraryCb.page.filter, async (ctx) => {
  const parsed = libraryCb.page.unpack(ctx.callbackQuery.data);
  if (!mayEditActivities(ctx.actor) || !parsed) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await listPage(ctx, parsed[0]);
});

activitiesFeature.callbackQuery(libraryCb.open.filter, async (ctx) => {
  const parsed = libraryCb.open.unpack(ctx.callbackQuery.data);
  if (!mayEditActivities(ctx.actor) || !parsed) return refuse(ctx);
  const activity = await getActivity(ctx.deps.db, parsed[0]);
  if (!activity) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await ctx.answerCallbackQuery();
  await preview(ctx, activity.content as { kk: unknown; ru: unknown }, activity.minutes);
  const keyboard = new InlineKeyboard()
    .text(ctx.t("activities-button-edit-kk"), libraryCb.edit.pack(activity.id, "kk"))
    .text(ctx.t("activities-button-edit-ru"), libraryCb.edit.pack(activity.id, "ru"))
    .row()
    .text(ctx.t(activity.retiredAt ? "activities-button-restore" : "activities-button-retire"), libraryCb.retire.pack(activity.id, activity.retiredAt ? "off" : "on"));
  await ctx.reply(ctx.t(activity.retiredAt ? "activities-card-retired" : "activities-card-active"), { reply_markup: keyboard });
});

activitiesFeature.callbackQuery(libraryCb.retire.filter, async (ctx) => {
  const parsed = libraryCb.retire.unpack(ctx.callbackQuery.data);
  if (!mayEditActivities(ctx.actor) || !parsed) return refuse(ctx);
  const [id, state] = parsed;
  const activity = await getActivity(ctx.deps.db, id);
  if (!activity || Boolean(activity.retiredAt) === (state === "on")) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await setActivityRetired(ctx.deps.db, { id, retired: state === "on", by: ctx.user.telegramId, now: ctx.deps.clock() });
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t(state === "on" ? "activities-retired" : "activities-restored"));
});

activitiesFeature.callbackQuery(libraryCb.newActivity.filter, async (ctx) => {
  if (!mayEditActivities(ctx.actor)) return refuse(ctx);
  await ctx.answerCallbackQuery();
  const buttons = directionValues.map((d, i) => ({ text: shorten(ctx.t(`form-v1-direction-${d}`), 24), data: libraryCb.direction.pack(i) }));
  await ctx.reply(ctx.t("activities-ask-direction"), { reply_markup: gridKeyboard(buttons, 1) });
});

activitiesFeature.callbackQuery(libraryCb.direction.filter, async (ctx) => {
  const parsed = libraryCb.direction.unpack(ctx.callbackQuery.data);
  if (!mayEditActivities(ctx.actor) || !parsed) return refuse(ctx);
  await startDraft(ctx.deps.db, { userId: ctx.user.telegramId, activityId: null, direction: directionValues[parsed[0]]!, awaiting: "kk", now: ctx.deps.clock() });
  await startDialog(ctx, ACTIVITY_TEXT_DIALOG);
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("activities-ask-text", { language: ctx.t("activities-language-kk") }));
});

activitiesFeature.callbackQuery(libraryCb.edit.filter, async (ctx) => {
  const parsed = libraryCb.edit.unpack(ctx.callbackQuery.data);
  if (!mayEditActivities(ctx.actor) || !parsed) return refuse(ctx);
  const [id, language] = parsed;
  if (!(await getActivity(ctx.deps.db, id))) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await startDraft(ctx.deps.db, { userId: ctx.user.telegramId, activityId: id, direction: null, awaiting: language, now: ctx.deps.clock() });
  await startDialog(ctx, ACTIVITY_TEXT_DIALOG, { ref: id });
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("activities-ask-text", { language: ctx.t(`activities-language-${language}`) }));
});

activitiesFeature.callbackQuery(libraryCb.save.filter, async (ctx) => {
  if (!mayEditActivities(ctx.actor)) return refuse(ctx);
  const result = await saveDraft(ctx.deps.db, { userId: ctx.user.telegramId, now: ctx.deps.clock() });
  if (!result.ok) return ctx.answerCallbackQuery({ text: ctx.t(result.problem === "no_draft" ? "common-stale-button" : `activities-problem-${result.problem}`), show_alert: true });
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("activities-saved"));
});

activitiesFeature.callbackQuery(libraryCb.discard.filter, async (ctx) => {
  await discardDraft(ctx.deps.db, ctx.user.telegramId);
  await endDialog(ctx, ACTIVITY_TEXT_DIALOG);
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("activities-discarded"));
});

// While a draft waits for a language's text, the next text message (not a command) is that text.
// /cancel discards the draft; another dialog starting leaves it unfinished (the buttons still work).
registerDialog({
  kind: ACTIVITY_TEXT_DIALOG,
  onText: (ctx, _waiting, next) => takeText(ctx, next),
  onCancel: async (ctx, _waiting, reason) => {
    if (reason === "superseded") {
      await stopAwaitingText(ctx.deps.db, ctx.user.telegramId);
      return false;
    }
    await discardDraft(ctx.deps.db, ctx.user.telegramId);
    await ctx.reply(ctx.t("activities-discarded"));
    return true;
  },
});

async function takeText(ctx: BotContext, next: () => Promise<void>) {
  if (!mayEditActivities(ctx.actor)) return next();
  const { db, clock } = ctx.deps;
  if (!(await getDraft(db, ctx.user.telegramId))?.awaiting) return next();
  const text = parseActivityText(ctx.message!.text!);
  if (!text) return void (await ctx.reply(ctx.t("activities-text-invalid")));
  const draft = await putDraftText(db, { userId: ctx.user.telegramId, text, now: clock() });
  if (!draft) return;
  if (draft.awaiting) {
    await ctx.reply(ctx.t("activities-ask-text", { language: ctx.t(`activities-language-${draft.awaiting}`) }));
    return;
  }
  await endDialog(ctx, ACTIVITY_TEXT_DIALOG);
  const content = await draftContent(db, draft);
  if (!content) return void (await ctx.reply(ctx.t("activities-problem-mismatched_parts")));
  const minutes = draft.activityId !== null ? ((await getActivity(db, draft.activityId))?.minutes ?? 15) : 15;
  await preview(ctx, content, minutes);
  await ctx.reply(ctx.t("activities-confirm"), {
    reply_markup: new InlineKeyboard().text(ctx.t("activities-button-save"), libraryCb.save.pack()).text(ctx.t("activities-button-discard"), libraryCb.discard.pack()),
  });
}
