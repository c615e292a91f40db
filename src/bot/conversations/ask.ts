import type { Conversation } from "@grammyjs/conversations";
import type { BotContext, ConversationContext } from "../context.js";

export type BotConversation = Conversation<BotContext, ConversationContext>;

/** A parsed answer, or why it was refused (shown to the person before the question is asked again). */
export type Answer<T> = { ok: true; value: T } | { ok: false; explain: string };

export interface AskOptions<T> {
  /** Sends the question (again). */
  question: (ctx: ConversationContext) => Promise<unknown>;
  /** Reads an answer; undefined when the update is not an answer of the expected kind. */
  parse: (ctx: ConversationContext) => Promise<Answer<T> | undefined> | Answer<T> | undefined;
  /** What to say when a message of the wrong kind arrives (text for a button question, a photo for a text one…). */
  hint: (ctx: ConversationContext) => string;
  /** The command that starts this wizard again, named when it ends after too many wrong answers. */
  restart?: string;
}

/**
 * Wrong answers in a row to one question before the wizard ends. Every update of a conversation is
 * kept in its stored state until it ends, so this bounds the state (and the cost of each replay):
 * 400 wrong answers of 3,000 characters once made one row 1.57 MB and each update 8× slower.
 */
export const MAX_WRONG_ANSWERS = 8;

/** Ends the wizard politely, saying how to start again; nothing of it was saved. */
export async function endAfterTooManyWrongAnswers(conversation: BotConversation, ctx: ConversationContext, restart = "/help"): Promise<never> {
  await ctx.reply(ctx.t("conversation-too-many-wrong-answers", { command: restart }));
  return conversation.halt();
}

/**
 * Waits until the person gives a valid answer. Wrong input, other commands and stale buttons are
 * explained in the person's language and the question is asked again. `/cancel` never reaches
 * here: it is handled before any conversation (see ./index.ts). The question is assumed sent.
 */
export async function ask<T>(conversation: BotConversation, options: AskOptions<T>): Promise<T> {
  for (let wrong = 1; ; wrong++) {
    const ctx = await conversation.wait();
    const text = ctx.message?.text;
    let refusal: string;
    if (text !== undefined && /^\/\w/.test(text)) {
      refusal = ctx.t("conversation-busy");
    } else {
      const answer = await options.parse(ctx);
      if (answer?.ok) {
        if (ctx.callbackQuery) {
          await ctx.answerCallbackQuery();
          await ctx.editMessageReplyMarkup().catch(() => {});
        }
        return answer.value;
      }
      refusal = answer ? answer.explain : ctx.callbackQuery ? ctx.t("conversation-stale-button") : options.hint(ctx);
    }
    if (wrong >= MAX_WRONG_ANSWERS) {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery();
      return endAfterTooManyWrongAnswers(conversation, ctx, options.restart);
    }
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: refusal, show_alert: true });
    else await ctx.reply(refusal);
    await options.question(ctx);
  }
}
