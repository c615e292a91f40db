import { Composer, InlineKeyboard } from "grammy";
import { refuseCommand } from "../../refusals.js";
import { removePressedKeyboard, showInPressedMessage } from "../../message-edits.js";
import { addPager } from "../../keyboards.js";
import { BUTTON_LABEL_MAX, pageOf, shorten, splitText } from "../../../shared/message-limits.js";
import { mayReview, reviewRegions } from "../../../registration/permissions.js";
import { getRegion } from "../../../registration/registry.js";
import { acceptReport } from "../../../reports/accept-report.js";
import { listReportsAwaitingReview } from "../../../reports/awaiting-review.js";
import { getPeriod } from "../../../reports/periods.js";
import { formContextFor, formOf } from "../../../reports/report-draft.js";
import { latestVersion } from "../../../reports/submit-report.js";
import type { Answers } from "../../../reports/form/types.js";
import { enqueueReviewNotice } from "../../../reports/review-notices.js";
import { formatDate } from "../../../shared/time.js";
import type { BotContext } from "../../context.js";
import { enterConversation } from "../../dialogs.js";
import { regionName } from "../../format.js";
import { reportCb } from "../report/callbacks.js";
import { formatValue } from "../../../reports/form/answer-text.js";
import { answersText } from "../report/render.js";
import { changesSinceReturn } from "../../../reports/report-changes.js";
import { reviewableReport } from "./access.js";
import { REVIEW_RETURN } from "./return-report.js";
import { previousAnswers, qualityFlags, qualityFlagText } from "../../../figures/data-quality.js";
import { reportFreeze } from "../../../approvals/report-freeze.js";

/** A report whose region's quarter is approved up the chain is frozen: said plainly, nothing changes. */
async function refusedAsFrozen(ctx: BotContext, report: { organizationId: number; periodId: number }): Promise<boolean> {
  if ((await reportFreeze(ctx.deps.db, report.organizationId, report.periodId)) === null) return false;
  await ctx.reply(ctx.t("review-frozen-approved"));
  return true;
}

/** Methodologists review the submitted reports of their region: read, accept, or return with comments. */
export const reviewFeature = new Composer<BotContext>();

const refuse = (ctx: BotContext) => ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });

export const REVIEW_ITEMS_PER_PAGE = 8;

/** The reports awaiting the actor's review, a page at a time; labels shortened so any registry name fits. */
async function reviewList(ctx: BotContext, page: number): Promise<{ text: string; keyboard: InlineKeyboard } | null> {
  const items = await listReportsAwaitingReview(ctx.deps.db, reviewRegions(ctx.actor), ctx.actor.telegramId);
  if (items.length === 0) return null;
  const shown = pageOf(items, page, REVIEW_ITEMS_PER_PAGE);
  const keyboard = new InlineKeyboard();
  for (const item of shown.items) {
    const late = item.late ? " ⏰" : "";
    keyboard.text(`${shorten(`${item.registryNo}. ${item.organizationName}`, BUTTON_LABEL_MAX)} · ${item.year}/${item.quarter}${late}`, reportCb.reviewOpen.pack(item.reportId)).row();
  }
  addPager(keyboard, shown, (p) => reportCb.reviewPage.pack(p));
  const pageLine = shown.pages > 1 ? `\n${ctx.t("ux-list-page", { page: shown.page + 1, pages: shown.pages, count: items.length })}` : "";
  return { text: `${ctx.t("review-list-title", { count: items.length })}${pageLine}`, keyboard };
}

reviewFeature.command("review", async (ctx) => {
  if (!mayReview(ctx.actor)) return refuseCommand(ctx);
  const list = await reviewList(ctx, 0);
  if (!list) return void (await ctx.reply(ctx.t("review-nothing")));
  await ctx.reply(list.text, { reply_markup: list.keyboard });
});

reviewFeature.callbackQuery(reportCb.reviewPage.filter, async (ctx) => {
  const parsed = reportCb.reviewPage.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayReview(ctx.actor)) return refuse(ctx);
  await ctx.answerCallbackQuery();
  const list = await reviewList(ctx, parsed[0]);
  await showInPressedMessage(ctx, list?.text ?? ctx.t("review-nothing"), list?.keyboard);
});

reviewFeature.callbackQuery(reportCb.reviewOpen.filter, async (ctx) => {
  const parsed = reportCb.reviewOpen.unpack(ctx.callbackQuery.data);
  const found = parsed ? await reviewableReport(ctx, parsed[0]) : null;
  if (!found) return refuse(ctx);
  await ctx.answerCallbackQuery();
  const { report } = found;
  if (report.status !== "submitted") return void (await ctx.reply(ctx.t("review-already-decided")));
  const { db } = ctx.deps;
  const period = (await getPeriod(db, report.periodId))!;
  const form = formOf(report);
  const context = await formContextFor(db, report.organizationId, period);
  const answers = report.answers as Answers;
  const region = await getRegion(db, found.regionCode);
  const header = ctx.t("review-report-header", {
    organization: found.organizationName,
    region: region ? regionName(region, ctx.user.language) : "",
    year: String(period.year),
    quarter: String(period.quarter),
    version: await latestVersion(db, report.id),
    submitted: report.submittedAt ? formatDate(report.submittedAt) : "",
  });
  const late = report.submittedLate ? `\n${ctx.t("review-late-mark")}` : "";
  // Unlikely figures beside the previous report: flagged for the methodologist, never changed.
  const previous = (await previousAnswers(db, [report.organizationId], period)).get(report.organizationId) ?? null;
  const flags = qualityFlags(answers, previous);
  const quality = flags.length > 0 ? `\n\n${[ctx.t("quality-review-title"), ...flags.map((f) => `• ${qualityFlagText((k, p) => ctx.t(k, p), f)}`)].join("\n")}` : "";
  // Every answer in full (a best practice may be 1,500 characters): as many messages as it takes.
  for (const piece of splitText(`${header}${late}${quality}\n\n${answersText(ctx.t, form, answers, context, { full: true }).text}`)) await ctx.reply(piece);
  // A resubmission: what changed since the returned version, beside the comments made then.
  const changes = await changesSinceReturn(db, { reportId: report.id, form, answers });
  if (changes) {
    const lines = [ctx.t("ux-review-changes-title", { from: changes.fromVersion, to: changes.toVersion })];
    if (changes.changes.length === 0) lines.push(ctx.t("ux-review-changes-none"));
    for (const change of changes.changes) {
      const field = form.fields.find((f) => f.key === change.key)!;
      lines.push("", `• ${ctx.t(field.labelKey)}`);
      if (change.comment) lines.push(ctx.t("report-returned-comment", { comment: change.comment }));
      if (JSON.stringify(change.before ?? null) === JSON.stringify(change.after ?? null)) lines.push(ctx.t("ux-review-change-unchanged"));
      else lines.push(ctx.t("ux-review-change", { before: formatValue(ctx.t, field, change.before), after: formatValue(ctx.t, field, change.after) }));
    }
    for (const piece of splitText(lines.join("\n"))) await ctx.reply(piece);
  }
  const photos = form.fields.filter((f) => f.type === "photos").flatMap((f) => (Array.isArray(answers[f.key]) ? (answers[f.key] as string[]) : []));
  if (photos.length > 0) await ctx.replyWithMediaGroup(photos.slice(0, 10).map((media) => ({ type: "photo" as const, media })));
  await ctx.reply(ctx.t("review-decide"), {
    reply_markup: new InlineKeyboard()
      .text(ctx.t("review-button-accept"), reportCb.reviewAccept.pack(report.id))
      .row()
      .text(ctx.t("review-button-return"), reportCb.reviewReturn.pack(report.id)),
  });
});

reviewFeature.callbackQuery(reportCb.reviewAccept.filter, async (ctx) => {
  const parsed = reportCb.reviewAccept.unpack(ctx.callbackQuery.data);
  const found = parsed ? await reviewableReport(ctx, parsed[0]) : null;
  if (!found) return refuse(ctx);
  await ctx.answerCallbackQuery();
  if (await refusedAsFrozen(ctx, found.report)) return;
  await removePressedKeyboard(ctx);
  const { db, clock } = ctx.deps;
  if (!(await acceptReport(db, { reportId: found.report.id, reviewerId: ctx.user.telegramId, now: clock() }))) {
    return void (await ctx.reply(ctx.t("review-already-decided")));
  }
  await enqueueReviewNotice(db, { report: found.report, decision: "accepted", version: await latestVersion(db, found.report.id) });
  await ctx.reply(ctx.t("review-accepted", { organization: found.organizationName }));
});

reviewFeature.callbackQuery(reportCb.reviewReturn.filter, async (ctx) => {
  const parsed = reportCb.reviewReturn.unpack(ctx.callbackQuery.data);
  const found = parsed ? await reviewableReport(ctx, parsed[0]) : null;
  if (!found) return refuse(ctx);
  await ctx.answerCallbackQuery();
  if (found.report.status !== "submitted") return void (await ctx.reply(ctx.t("review-already-decided")));
  if (await refusedAsFrozen(ctx, found.report)) return;
  await removePressedKeyboard(ctx);
  await enterConversation(ctx, REVIEW_RETURN, found.report.id);
});
