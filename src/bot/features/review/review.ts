import { Composer, InlineKeyboard } from "grammy";
import { mayReview, reviewRegions } from "../../../registration/permissions.js";
import { getRegion } from "../../../registration/registry.js";
import { acceptReport, formContextFor, formOf, getPeriod, latestVersion, listReportsAwaitingReview } from "../../../reports/drafts.js";
import type { Answers } from "../../../reports/form/types.js";
import { enqueueReviewNotice } from "../../../reports/review-notices.js";
import { formatDate } from "../../../shared/time.js";
import type { BotContext } from "../../context.js";
import { regionName } from "../../format.js";
import { reportCb } from "../report/callbacks.js";
import { answersText } from "../report/render.js";
import { reviewableReport } from "./access.js";
import { REVIEW_RETURN } from "./return-report.js";

/** Methodologists review the submitted reports of their region: read, accept, or return with comments. */
export const reviewFeature = new Composer<BotContext>();

const refuse = (ctx: BotContext) => ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });

reviewFeature.command("review", async (ctx) => {
  if (!mayReview(ctx.actor)) return void (await ctx.reply(ctx.t("common-not-allowed")));
  const items = await listReportsAwaitingReview(ctx.deps.db, reviewRegions(ctx.actor), ctx.actor.telegramId);
  if (items.length === 0) return void (await ctx.reply(ctx.t("review-nothing")));
  const keyboard = new InlineKeyboard();
  for (const item of items.slice(0, 50)) {
    const late = item.late ? " ⏰" : "";
    keyboard.text(`${item.registryNo}. ${item.organizationName} · ${item.year}/${item.quarter}${late}`, reportCb.reviewOpen.pack(item.reportId)).row();
  }
  await ctx.reply(ctx.t("review-list-title", { count: items.length }), { reply_markup: keyboard });
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
  await ctx.reply(`${header}${late}\n\n${answersText(ctx.t, form, answers, context).text}`);
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
  await ctx.editMessageReplyMarkup().catch(() => {});
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
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.conversation.enter(REVIEW_RETURN, found.report.id);
});
