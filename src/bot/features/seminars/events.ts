import { Composer, InlineKeyboard } from "grammy";
import { formatWhen } from "../../../seminars/announcement.js";
import { COMMENT_MAX, closeSeminar, rateSeminar, recordAttendance, saveComment, stopAwaitingComment } from "../../../seminars/attendance.js";
import { mayManage, mayOrganize } from "../../../outreach/organizers.js";
import { cancelSeminar } from "../../../seminars/changes.js";
import { seminarComments, seminarFigures } from "../../../seminars/figures.js";
import { respondToSeminar } from "../../../seminars/rsvp.js";
import { getSeminar, listOrganizerSeminars, type Seminar } from "../../../seminars/seminars.js";
import { beginSeminarEdit } from "../../../seminars/seminar-wizard.js";
import type { BotContext } from "../../context.js";
import { endDialog, registerDialog, startDialog } from "../../dialogs.js";
import { removePressedKeyboard } from "../../message-edits.js";
import { SEMINAR_WIZARD_DIALOG } from "./wizard.js";
import { seminarCb } from "./callbacks.js";
import { MESSAGE_TEXT_LIMIT, shorten } from "../../../shared/message-limits.js";

/**
 * Everything after publishing: answers to the announcement, /seminars with each event's figures,
 * a change of time or place, cancelling, closing and the attendance survey.
 */
export const seminarEventsFeature = new Composer<BotContext>();

const SEMINAR_COMMENT_DIALOG = "seminar-comment";

const notAllowed = (ctx: BotContext) => ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });

function title(ctx: BotContext, s: Seminar): string {
  return (ctx.user.language === "kk" ? s.titleKk : s.titleRu) ?? "";
}

seminarEventsFeature.callbackQuery(seminarCb.rsvp.filter, async (ctx) => {
  const parsed = seminarCb.rsvp.unpack(ctx.callbackQuery.data);
  if (!parsed) return notAllowed(ctx);
  const answer = parsed[1] === "y" ? "coming" : "not_coming";
  const result = await respondToSeminar(ctx.deps.db, { seminarId: parsed[0], userId: ctx.user.telegramId, answer, now: ctx.deps.clock() });
  switch (result.kind) {
    case "saved":
      return void (await ctx.answerCallbackQuery({ text: ctx.t(answer === "coming" ? "seminar-rsvp-coming" : "seminar-rsvp-not-coming"), show_alert: true }));
    case "full":
      return void (await ctx.answerCallbackQuery({ text: ctx.t("seminar-rsvp-full", { capacity: result.capacity }), show_alert: true }));
    case "started":
      return void (await ctx.answerCallbackQuery({ text: ctx.t("seminar-rsvp-started"), show_alert: true }));
    case "cancelled":
      return void (await ctx.answerCallbackQuery({ text: ctx.t("seminar-rsvp-cancelled"), show_alert: true }));
    default:
      return notAllowed(ctx);
  }
});

seminarEventsFeature.command("seminars", async (ctx) => {
  if (!mayOrganize(ctx.actor)) return void (await ctx.reply(ctx.t("common-not-allowed")));
  const list = await listOrganizerSeminars(ctx.deps.db, ctx.user.telegramId);
  if (list.length === 0) return void (await ctx.reply(ctx.t("seminars-empty")));
  const keyboard = new InlineKeyboard();
  for (const s of list) {
    const label = `${ctx.t(`seminars-status-${s.status}`)} ${s.startsAt ? formatWhen(s.startsAt) : ""} ${title(ctx, s)}`;
    keyboard.text(label.length > 60 ? `${label.slice(0, 59)}…` : label, seminarCb.open.pack(s.id)).row();
  }
  await ctx.reply(ctx.t("seminars-title", { count: list.length }), { reply_markup: keyboard });
});

async function managed(ctx: BotContext, id: number | undefined): Promise<Seminar | null> {
  const s = id ? await getSeminar(ctx.deps.db, id) : undefined;
  if (!s || s.status === "draft" || !mayOrganize(ctx.actor) || !mayManage(ctx.actor, s.organizerId)) {
    await notAllowed(ctx);
    return null;
  }
  return s;
}

/** An event's card: when, where, status and the figures; the actions its state allows. */
export async function eventCard(ctx: BotContext, s: Seminar): Promise<{ text: string; keyboard: InlineKeyboard }> {
  const f = await seminarFigures(ctx.deps.db, s.id);
  const comments = await seminarComments(ctx.deps.db, s.id);
  const lines = [
    ctx.t("seminars-card", {
      title: title(ctx, s),
      kind: s.kind ?? "seminar",
      when: s.startsAt ? formatWhen(s.startsAt) : "—",
      status: ctx.t(`seminars-status-${s.status}`),
      place: s.onlineUrl ?? s.address ?? "",
    }),
    ctx.t("seminars-figures", {
      invited: f.invited,
      coming: f.coming,
      notComing: f.notComing,
      noAnswer: f.noAnswer,
      attended: f.attended,
      rating: f.averageRating === null ? "—" : f.averageRating.toFixed(1),
      ratings: f.ratings,
    }),
  ];
  if (comments.length > 0) {
    lines.push(ctx.t("seminars-comments"));
    // Each comment is short (≤ 1,000) and at most 10 are shown, cut to keep the card under 4,096.
    for (const c of comments) lines.push(`• ${c.rating ? `${"★".repeat(c.rating)} ` : ""}${c.comment.length > 300 ? `${c.comment.slice(0, 299)}…` : c.comment}`);
  }
  const keyboard = new InlineKeyboard();
  const started = !s.startsAt || s.startsAt.getTime() <= ctx.deps.clock().getTime();
  if (s.status === "published" && !started) {
    keyboard.text(ctx.t("seminars-button-edit-time"), seminarCb.editTime.pack(s.id)).row();
    keyboard.text(ctx.t("seminars-button-edit-place"), seminarCb.editPlace.pack(s.id)).row();
    keyboard.text(ctx.t("seminars-button-cancel"), seminarCb.cancelAsk.pack(s.id));
  } else if (s.status === "published") {
    keyboard.text(ctx.t("seminars-button-close"), seminarCb.close.pack(s.id));
  }
  return { text: shorten(lines.join("\n\n"), MESSAGE_TEXT_LIMIT), keyboard };
}

seminarEventsFeature.callbackQuery(seminarCb.open.filter, async (ctx) => {
  const s = await managed(ctx, seminarCb.open.unpack(ctx.callbackQuery.data)?.[0]);
  if (!s) return;
  await ctx.answerCallbackQuery();
  const { text, keyboard } = await eventCard(ctx, s);
  await ctx.reply(text, { reply_markup: keyboard });
});

async function beginEdit(ctx: BotContext, id: number | undefined, step: "edit-time" | "edit-place") {
  const s = await managed(ctx, id);
  if (!s) return;
  // The organiser's own typing continues the edit, so only they may start one.
  if (s.organizerId !== ctx.user.telegramId) return notAllowed(ctx);
  if (s.status !== "published" || !s.startsAt || s.startsAt.getTime() <= ctx.deps.clock().getTime()) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("seminar-error-started"), show_alert: true }));
  }
  await beginSeminarEdit(ctx.deps.db, { organizerId: ctx.user.telegramId, seminarId: s.id, step });
  await startDialog(ctx, SEMINAR_WIZARD_DIALOG, { ref: s.id, step });
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t(step === "edit-time" ? "seminar-ask-new-time" : "seminar-ask-new-place"));
}

seminarEventsFeature.callbackQuery(seminarCb.editTime.filter, (ctx) => beginEdit(ctx, seminarCb.editTime.unpack(ctx.callbackQuery.data)?.[0], "edit-time"));
seminarEventsFeature.callbackQuery(seminarCb.editPlace.filter, (ctx) => beginEdit(ctx, seminarCb.editPlace.unpack(ctx.callbackQuery.data)?.[0], "edit-place"));

seminarEventsFeature.callbackQuery(seminarCb.cancelAsk.filter, async (ctx) => {
  const s = await managed(ctx, seminarCb.cancelAsk.unpack(ctx.callbackQuery.data)?.[0]);
  if (!s) return;
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("seminars-cancel-confirm", { title: title(ctx, s) }), {
    reply_markup: new InlineKeyboard().text(ctx.t("seminars-button-cancel-yes"), seminarCb.cancelYes.pack(s.id)),
  });
});

const actorFor = (ctx: BotContext, s: Seminar) => (s.organizerId === ctx.user.telegramId ? ctx.user.telegramId : "admin");

seminarEventsFeature.callbackQuery(seminarCb.cancelYes.filter, async (ctx) => {
  const s = await managed(ctx, seminarCb.cancelYes.unpack(ctx.callbackQuery.data)?.[0]);
  if (!s) return;
  const result = await cancelSeminar(ctx.deps.db, { seminarId: s.id, actor: actorFor(ctx, s), now: ctx.deps.clock() });
  if (result.kind !== "changed") return void (await ctx.answerCallbackQuery({ text: ctx.t(result.kind === "started" ? "seminar-error-started" : "common-stale-button"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t("seminars-cancelled", { count: result.told }));
});

seminarEventsFeature.callbackQuery(seminarCb.close.filter, async (ctx) => {
  const s = await managed(ctx, seminarCb.close.unpack(ctx.callbackQuery.data)?.[0]);
  if (!s) return;
  const result = await closeSeminar(ctx.deps.db, { seminarId: s.id, actor: actorFor(ctx, s), now: ctx.deps.clock() });
  if (result.kind === "not-started") return void (await ctx.answerCallbackQuery({ text: ctx.t("seminars-error-not-started"), show_alert: true }));
  if (result.kind !== "closed") return void (await ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t("seminars-closed", { count: result.asked }));
});

seminarEventsFeature.callbackQuery(seminarCb.attended.filter, async (ctx) => {
  const parsed = seminarCb.attended.unpack(ctx.callbackQuery.data);
  if (!parsed) return notAllowed(ctx);
  const result = await recordAttendance(ctx.deps.db, { seminarId: parsed[0], userId: ctx.user.telegramId, attended: parsed[1] === "y" });
  if (result.kind === "already-rated") {
    await ctx.answerCallbackQuery({ text: ctx.t("seminar-feedback-already-rated"), show_alert: true });
    return removePressedKeyboard(ctx);
  }
  if (result.kind !== "saved") return notAllowed(ctx);
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  if (parsed[1] === "n") return void (await ctx.reply(ctx.t("seminar-feedback-missed")));
  const keyboard = new InlineKeyboard();
  for (const n of [1, 2, 3, 4, 5]) keyboard.text(`${n} ★`, seminarCb.rate.pack(parsed[0], n));
  await ctx.reply(ctx.t("seminar-feedback-ask-rating"), { reply_markup: keyboard });
});

seminarEventsFeature.callbackQuery(seminarCb.rate.filter, async (ctx) => {
  const parsed = seminarCb.rate.unpack(ctx.callbackQuery.data);
  if (!parsed) return notAllowed(ctx);
  const result = await rateSeminar(ctx.deps.db, { seminarId: parsed[0], userId: ctx.user.telegramId, rating: parsed[1] });
  if (result.kind !== "saved") return notAllowed(ctx);
  await startDialog(ctx, SEMINAR_COMMENT_DIALOG, { ref: parsed[0] });
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  await ctx.reply(ctx.t("seminar-feedback-ask-comment", { max: COMMENT_MAX }), {
    reply_markup: new InlineKeyboard().text(ctx.t("seminar-button-no-comment"), seminarCb.noComment.pack(parsed[0])),
  });
});

seminarEventsFeature.callbackQuery(seminarCb.noComment.filter, async (ctx) => {
  const parsed = seminarCb.noComment.unpack(ctx.callbackQuery.data);
  if (!parsed || !(await saveComment(ctx.deps.db, { seminarId: parsed[0], userId: ctx.user.telegramId, comment: null }))) {
    return void (await ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true }));
  }
  await endDialog(ctx, SEMINAR_COMMENT_DIALOG);
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  await ctx.reply(ctx.t("seminar-feedback-thanks"));
});

/** A comment typed after rating an event (optional: /cancel or another dialog just stops waiting for it). */
registerDialog({
  kind: SEMINAR_COMMENT_DIALOG,
  onText: async (ctx, waiting, next) => {
    const text = ctx.message!.text!.trim();
    const seminarId = Number(waiting.ref);
    if (text.length > COMMENT_MAX) return void (await ctx.reply(ctx.t("seminar-error-too-long", { max: COMMENT_MAX, length: text.length })));
    if (!(await saveComment(ctx.deps.db, { seminarId, userId: ctx.user.telegramId, comment: text }))) return next();
    await endDialog(ctx, SEMINAR_COMMENT_DIALOG);
    await ctx.reply(ctx.t("seminar-feedback-thanks"));
  },
  onCancel: async (ctx) => {
    await stopAwaitingComment(ctx.deps.db, ctx.user.telegramId);
    return false;
  },
});
