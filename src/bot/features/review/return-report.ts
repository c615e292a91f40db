import { InlineKeyboard } from "grammy";
import { removePressedKeyboard } from "../../message-edits.js";
import { z } from "zod";
import { getPeriod } from "../../../reports/periods.js";
import { formContextFor, formOf } from "../../../reports/report-draft.js";
import { returnReport } from "../../../reports/return-report.js";
import { latestVersion } from "../../../reports/submit-report.js";
import { applicableFields } from "../../../reports/form/rules.js";
import type { Answers } from "../../../reports/form/types.js";
import { enqueueReviewNotice } from "../../../reports/review-notices.js";
import { callbackCodec } from "../../../shared/callback-data.js";
import { ask, endAfterTooManyWrongAnswers, MAX_WRONG_ANSWERS, type BotConversation } from "../../conversations/ask.js";
import type { ConversationContext } from "../../context.js";
import { reviewableReport } from "./access.js";

export const REVIEW_RETURN = "review-return";
const COMMENT_MAX = 500;
/** Presses on the field list before the wizard ends (a form has at most a few dozen fields). */
const MAX_FIELD_PRESSES = 150;

const toggleField = callbackCodec("rv-rf", [z.coerce.number().int().min(0).max(200)]);
const fieldsDone = callbackCodec("rv-rf-done", []);

/**
 * A methodologist returns a report: picks the fields to redo, writes a comment for each, and the
 * head is walked through exactly those fields. Nothing is written until the last comment.
 */
export async function returnReportConversation(conversation: BotConversation, ctx: ConversationContext, reportId: number): Promise<void> {
  const data = await conversation.external(async (outer) => {
    const found = await reviewableReport(outer, reportId);
    if (!found || found.report.status !== "submitted") return null;
    const period = (await getPeriod(outer.deps.db, found.report.periodId))!;
    const form = formOf(found.report);
    const context = await formContextFor(outer.deps.db, found.report.organizationId, period);
    const fields = applicableFields(form, found.report.answers as Answers, context).map((f) => ({ index: form.fields.indexOf(f), key: f.key, labelKey: f.labelKey }));
    return { fields, organizationName: found.organizationName };
  });
  if (!data) {
    await ctx.reply(ctx.t("review-already-decided"));
    return;
  }

  const selected = new Set<number>();
  const keyboard = () => {
    const kb = new InlineKeyboard();
    data.fields.forEach((f, i) => {
      kb.text(`${selected.has(f.index) ? "☑️" : "⬜"} ${i + 1}`, toggleField.pack(f.index));
      if ((i + 1) % 5 === 0) kb.row();
    });
    return kb.row().text(ctx.t("review-return-button-next"), fieldsDone.pack());
  };
  const list = data.fields.map((f, i) => `${i + 1}. ${ctx.t(f.labelKey)}`).join("\n");
  await ctx.reply(`${ctx.t("review-return-choose-fields", { organization: data.organizationName })}\n\n${list}`, { reply_markup: keyboard() });

  // Each press is kept in the conversation's state until it ends: wrong inputs and presses are bounded.
  for (let wrong = 0, presses = 0; ; ) {
    const c = await conversation.wait();
    if (++presses > MAX_FIELD_PRESSES) {
      if (c.callbackQuery) await c.answerCallbackQuery();
      return endAfterTooManyWrongAnswers(conversation, c, "/review");
    }
    const toggled = toggleField.unpack(c.callbackQuery?.data);
    if (toggled && data.fields.some((f) => f.index === toggled[0])) {
      if (selected.has(toggled[0])) selected.delete(toggled[0]);
      else selected.add(toggled[0]);
      await c.answerCallbackQuery();
      await c.editMessageReplyMarkup({ reply_markup: keyboard() }).catch(() => {});
      continue;
    }
    if (fieldsDone.unpack(c.callbackQuery?.data)) {
      if (selected.size === 0) {
        await c.answerCallbackQuery({ text: c.t("review-return-choose-one"), show_alert: true });
        continue;
      }
      await c.answerCallbackQuery();
      await removePressedKeyboard(c);
      break;
    }
    if (++wrong >= MAX_WRONG_ANSWERS) {
      if (c.callbackQuery) await c.answerCallbackQuery();
      return endAfterTooManyWrongAnswers(conversation, c, "/review");
    }
    if (c.callbackQuery) await c.answerCallbackQuery({ text: c.t("conversation-stale-button"), show_alert: true });
    else await c.reply(c.t(c.message?.text?.startsWith("/") ? "conversation-busy" : "review-return-use-buttons"));
  }

  const comments: Record<string, string> = {};
  for (const field of data.fields.filter((f) => selected.has(f.index))) {
    const question = (c: ConversationContext) => c.reply(c.t("review-return-ask-comment", { field: c.t(field.labelKey), max: COMMENT_MAX }));
    await question(ctx);
    comments[field.key] = await ask<string>(conversation, {
      question,
      restart: "/review",
      hint: (c) => c.t("review-return-comment-not-text"),
      parse: (c) => {
        const text = c.message?.text?.trim();
        if (text === undefined) return undefined;
        if (text.length === 0) return { ok: false, explain: c.t("review-return-comment-not-text") };
        if (text.length > COMMENT_MAX) return { ok: false, explain: c.t("review-return-comment-too-long", { length: text.length, max: COMMENT_MAX }) };
        return { ok: true, value: text };
      },
    });
  }

  const returned = await conversation.external(async (outer) => {
    const found = await reviewableReport(outer, reportId);
    if (!found) return false;
    const done = await returnReport(outer.deps.db, { reportId, reviewerId: outer.user.telegramId, fieldComments: comments, comment: null, now: outer.deps.clock() });
    if (done) {
      await enqueueReviewNotice(outer.deps.db, {
        report: found.report,
        decision: "returned",
        version: await latestVersion(outer.deps.db, reportId),
        fieldCount: Object.keys(comments).length,
      });
    }
    return done;
  });
  await ctx.reply(returned ? ctx.t("review-returned", { organization: data.organizationName, count: Object.keys(comments).length }) : ctx.t("review-already-decided"));
}
