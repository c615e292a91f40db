import { Composer, InlineKeyboard } from "grammy";
import { refuseCommand } from "../../refusals.js";
import { BUTTON_LABEL_MAX, shorten, splitText } from "../../../shared/message-limits.js";
import { removePressedKeyboard, replacePressedKeyboard } from "../../message-edits.js";
import { getOrganization } from "../../../registration/registry.js";
import { formatDay } from "../../../shared/local-date.js";
import { isLate } from "../../../reports/periods.js";
import {
  answerCurrent,
  currentView,
  editField,
  pauseReport,
  rememberQuestionMessage,
  startReport,
  submitFromSummary,
  type AnswerOutcome,
  type SubmitOutcome,
  type WalkerInput,
  type WalkerView,
} from "../../../reports/report-walker.js";
import type { BotContext } from "../../context.js";
import { endDialog, registerDialog, startDialog } from "../../dialogs.js";
import { reportCb } from "./callbacks.js";
import { questionKeyboard, questionText, summaryKeyboard, summaryText } from "./render.js";

/** Heads fill in the quarterly report, one question at a time (src/reports/report-walker.ts). */
export const reportFeature = new Composer<BotContext>();

const REPORT_DIALOG = "report";

function headOrganizations(ctx: BotContext) {
  return ctx.actor.memberships.filter((m) => m.role === "head" && m.organization).map((m) => m.organization!);
}

async function show(ctx: BotContext, view: WalkerView, options: { editKeyboardOnly?: boolean } = {}): Promise<void> {
  if (view.kind === "summary") {
    const organization = await getOrganization(ctx.deps.db, view.report.organizationId);
    await retirePreviousQuestion(ctx, view);
    // A long summary goes out in pieces; the buttons come with the last one.
    const pieces = splitText(summaryText(ctx, view, organization?.name ?? ""));
    for (const piece of pieces.slice(0, -1)) await ctx.reply(piece);
    const sent = await ctx.reply(pieces.at(-1)!, { reply_markup: summaryKeyboard(ctx, view) });
    await rememberQuestionMessage(ctx.deps.db, ctx.user.telegramId, sent.message_id, true);
    return;
  }
  const keyboard = questionKeyboard(ctx, view);
  if (view.notice?.key === "report-photo-added") {
    // Between photos: a short note with the "done" button, not the whole question again.
    await ctx.reply(ctx.t(view.notice.key, view.notice.params), { reply_markup: keyboard });
    return;
  }
  if (options.editKeyboardOnly && ctx.callbackQuery?.message) {
    await replacePressedKeyboard(ctx, keyboard);
    return;
  }
  await retirePreviousQuestion(ctx, view);
  const sent = await ctx.reply(questionText(ctx, view), keyboard ? { reply_markup: keyboard } : {});
  await rememberQuestionMessage(ctx.deps.db, ctx.user.telegramId, sent.message_id, keyboard !== undefined);
}

/** Removes the buttons of the previous question so old choices cannot be pressed by mistake (only if it had some). */
async function retirePreviousQuestion(ctx: BotContext, view: WalkerView) {
  const { questionMessageId: previous, questionHasButtons } = view.session;
  const pressed = ctx.callbackQuery?.message?.message_id;
  // The walker's own buttons are done with once pressed; a reminder's "open report" button stays.
  if (pressed !== undefined && /^(rf|rp)-/.test(ctx.callbackQuery?.data ?? "")) await removePressedKeyboard(ctx);
  if (previous && previous !== pressed && questionHasButtons) {
    await ctx.api.editMessageReplyMarkup(ctx.user.telegramId, previous).catch(() => {});
  }
}

async function open(ctx: BotContext, organizationId: number, takeOver = false) {
  const result = await startReport(ctx.deps.db, { userId: ctx.user.telegramId, organizationId, now: ctx.deps.clock(), takeOver });
  switch (result.kind) {
    case "no-period":
      return void (await ctx.reply(ctx.t("report-no-period")));
    case "accepted":
      return void (await ctx.reply(ctx.t("report-already-accepted")));
    case "deadline-passed":
      return void (await ctx.reply(ctx.t("report-deadline-passed")));
    case "approved":
      return void (await ctx.reply(ctx.t("report-frozen-approved")));
    case "not-head":
      return void (await ctx.reply(ctx.t("common-not-allowed")));
    case "busy":
      return void (await ctx.reply(ctx.t("report-busy", { editor: result.editor ?? ctx.t("report-someone") }), {
        reply_markup: new InlineKeyboard().text(ctx.t("report-button-take-over"), reportCb.takeOver.pack(organizationId)),
      }));
    default: {
      // Which quarter and until when; past the due day, that it is late and final once sent.
      const { period } = result;
      const params = { year: String(period.year), quarter: String(period.quarter), dueDate: formatDay(period.dueOn) };
      const lines = [ctx.t(isLate(period, ctx.deps.clock()) ? "ux-report-intro-late" : "ux-report-intro", params)];
      if (result.kind === "question" && Object.keys(result.answers).length > 0 && result.report.status === "draft") lines.push(ctx.t("report-resumed"));
      await startDialog(ctx, REPORT_DIALOG, { ref: result.report.id });
      await ctx.reply(lines.join("\n\n"));
      return show(ctx, result);
    }
  }
}

async function openForHead(ctx: BotContext) {
  const organizations = headOrganizations(ctx);
  if (organizations.length === 0) return refuseCommand(ctx);
  if (organizations.length === 1) return open(ctx, organizations[0]!.id);
  const keyboard = new InlineKeyboard();
  for (const org of organizations) keyboard.text(shorten(org.name, BUTTON_LABEL_MAX), reportCb.chooseOrganization.pack(org.id)).row();
  await ctx.reply(ctx.t("report-choose-organization"), { reply_markup: keyboard });
}

/** Shows what came of a press or a message; a button press is answered exactly once, here. */
async function render(ctx: BotContext, outcome: AnswerOutcome | SubmitOutcome, options: { editKeyboardOnly?: boolean } = {}) {
  if (outcome.kind === "stale" || outcome.kind === "no-session") {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
    else await ctx.reply(ctx.t("common-stale-button"));
    return;
  }
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  // The walk is over for this person: typed messages are no longer answers.
  if (outcome.kind === "not-head" || outcome.kind === "taken-over" || outcome.kind === "submitted") await endDialog(ctx, REPORT_DIALOG);
  switch (outcome.kind) {
    case "late":
      return void (await ctx.reply(ctx.t("ux-report-answer-late"), { reply_parameters: { message_id: ctx.msgId!, allow_sending_without_reply: true } }));
    case "not-head":
      // The button press, if any, is already answered: say it in the chat.
      return void (await ctx.reply(ctx.t("common-not-allowed")));
    case "taken-over":
      return void (await ctx.reply(ctx.t("report-taken-over", { editor: outcome.editor ?? ctx.t("report-someone") })));
    case "locked":
      return void (await ctx.reply(ctx.t({ accepted: "report-already-accepted", "deadline-passed": "report-deadline-passed", approved: "report-frozen-approved" }[outcome.reason])));
    case "submitted":
      await removePressedKeyboard(ctx);
      await ctx.reply(ctx.t(outcome.late ? "report-submitted-late" : "report-submitted", { version: outcome.version }));
      return;
    default:
      return show(ctx, outcome, options);
  }
}

async function answer(ctx: BotContext, input: WalkerInput, fieldIndex?: number, options: { editKeyboardOnly?: boolean } = {}) {
  const messageId = ctx.callbackQuery ? undefined : ctx.message?.message_id;
  // One transaction per answer: the saved value and the new place commit together (and once).
  const outcome = await ctx.deps.db.transaction((tx) => answerCurrent(tx, { userId: ctx.user.telegramId, input, fieldIndex, messageId, now: ctx.deps.clock() }));
  await render(ctx, outcome, options);
}

reportFeature.command("report", openForHead);

reportFeature.callbackQuery(reportCb.open.filter, async (ctx) => {
  await ctx.answerCallbackQuery();
  await openForHead(ctx);
});

reportFeature.callbackQuery(reportCb.chooseOrganization.filter, async (ctx) => {
  const parsed = reportCb.chooseOrganization.unpack(ctx.callbackQuery.data);
  if (!parsed || !headOrganizations(ctx).some((o) => o.id === parsed[0])) {
    return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  }
  await ctx.answerCallbackQuery();
  await open(ctx, parsed[0]);
});

reportFeature.callbackQuery(reportCb.takeOver.filter, async (ctx) => {
  const parsed = reportCb.takeOver.unpack(ctx.callbackQuery.data);
  if (!parsed || !headOrganizations(ctx).some((o) => o.id === parsed[0])) {
    return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  }
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  await open(ctx, parsed[0], true);
});

reportFeature.callbackQuery(reportCb.option.filter, async (ctx) => {
  const parsed = reportCb.option.unpack(ctx.callbackQuery.data);
  const view = parsed ? await currentView(ctx.deps.db, ctx.user.telegramId) : null;
  if (!parsed || view?.kind !== "question" || view.fieldIndex !== parsed[0]) {
    return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  }
  const field = view.field;
  const value = field.type === "yesno" ? (parsed[1] === 0 ? "yes" : parsed[1] === 1 ? "no" : undefined) : "options" in field ? field.options[parsed[1]]?.value : undefined;
  if (value === undefined) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await answer(ctx, { kind: "option", value }, parsed[0], { editKeyboardOnly: field.type === "multi" });
});

reportFeature.callbackQuery(reportCb.skip.filter, async (ctx) => {
  const parsed = reportCb.skip.unpack(ctx.callbackQuery.data);
  if (!parsed) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await answer(ctx, { kind: "skip" }, parsed[0]);
});

reportFeature.callbackQuery(reportCb.done.filter, async (ctx) => {
  const parsed = reportCb.done.unpack(ctx.callbackQuery.data);
  if (!parsed) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await answer(ctx, { kind: "done" }, parsed[0]);
});

reportFeature.callbackQuery(reportCb.edit.filter, async (ctx) => {
  const parsed = reportCb.edit.unpack(ctx.callbackQuery.data);
  if (!parsed) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await render(ctx, await editField(ctx.deps.db, { userId: ctx.user.telegramId, fieldIndex: parsed[0], now: ctx.deps.clock() }));
});

reportFeature.callbackQuery(reportCb.submit.filter, async (ctx) => {
  const view = await currentView(ctx.deps.db, ctx.user.telegramId);
  if (view?.kind === "summary" && isLate(view.period, ctx.deps.clock())) {
    // A late report cannot be changed once sent: ask first.
    await ctx.answerCallbackQuery();
    const { period } = view;
    await ctx.reply(ctx.t("ux-report-confirm-late", { year: String(period.year), quarter: String(period.quarter), dueDate: formatDay(period.dueOn) }), {
      reply_markup: new InlineKeyboard().text(ctx.t("ux-report-button-send-late"), reportCb.submitLate.pack()),
    });
    return;
  }
  await render(ctx, await submitFromSummary(ctx.deps.db, { userId: ctx.user.telegramId, now: ctx.deps.clock() }));
});

reportFeature.callbackQuery(reportCb.submitLate.filter, async (ctx) => {
  await render(ctx, await submitFromSummary(ctx.deps.db, { userId: ctx.user.telegramId, now: ctx.deps.clock() }));
});

/**
 * Typed messages and photos are answers while a report is being filled in. /cancel, or another
 * dialog starting, pauses the walk: the draft and the place are kept for /report.
 */
registerDialog({
  kind: REPORT_DIALOG,
  onText: (ctx, _waiting, next) => answerMessage(ctx, { kind: "text", text: ctx.message!.text! }, next),
  onPhoto: (ctx, _waiting, next) => answerMessage(ctx, { kind: "photo", fileId: ctx.message!.photo!.at(-1)!.file_id }, next),
  onMessage: async (ctx, _waiting, next) => {
    const view = await currentView(ctx.deps.db, ctx.user.telegramId);
    if (!view) return next();
    const error = view.kind === "question" && view.field.type === "photos" ? "report-error-expected-photo" : "report-error-unsupported-message";
    await show(ctx, view.kind === "question" ? { ...view, error: { key: error, params: view.field.type === "photos" ? { max: view.field.max } : {} } } : view);
  },
  onCancel: async (ctx) => {
    if (!(await pauseReport(ctx.deps.db, ctx.user.telegramId))) return false;
    await ctx.reply(ctx.t("report-paused"));
    return true;
  },
});

/** A typed answer; a walk that has ended meanwhile (paused elsewhere, taken over) lets the message go on. */
async function answerMessage(ctx: BotContext, input: WalkerInput, next: () => Promise<void>) {
  const messageId = ctx.message?.message_id;
  const outcome = await ctx.deps.db.transaction((tx) => answerCurrent(tx, { userId: ctx.user.telegramId, input, messageId, now: ctx.deps.clock() }));
  if (outcome.kind === "no-session") return next();
  await render(ctx, outcome);
}
