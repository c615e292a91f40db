import { GrammyError, type InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup, Message } from "grammy/types";
import type { BotContext, ConversationContext } from "./context.js";

/**
 * Edits that Telegram accepts. The Bot API refuses an edit that changes nothing ("message is not
 * modified") and an edit of a message it cannot find; grammY's `ctx.editMessage…` throws
 * synchronously when the update carries no message. These helpers decide from what Telegram sent
 * with the button press (the message's text and keyboard) whether an edit is needed at all.
 */
type Ctx = BotContext | ConversationContext;

type Buttons = InlineKeyboardMarkup["inline_keyboard"];

function pressedMessage(ctx: Ctx): (Message & { text?: string }) | undefined {
  const message = ctx.callbackQuery?.message;
  // An inaccessible message (older than 48 hours) comes with date 0 and nothing else.
  if (!message || message.date === 0) return undefined;
  return message as Message;
}

function sameButtons(a: Buttons | undefined, b: Buttons | undefined): boolean {
  const flat = (rows: Buttons | undefined) =>
    JSON.stringify((rows ?? []).filter((r) => r.length > 0).map((r) => r.map((x) => [x.text, "callback_data" in x ? x.callback_data : "url" in x ? x.url : ""])));
  return flat(a) === flat(b);
}

function hasButtons(rows: Buttons | undefined): boolean {
  return (rows ?? []).some((r) => r.length > 0);
}

export function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && /message is not modified/i.test(error.description);
}

/** What the pressed message shows after an edit, so a second helper in the same update judges the message as it is now. */
function remember(message: Message & { text?: string }, text: string | undefined, keyboard: InlineKeyboard | undefined) {
  if (text !== undefined) message.text = text;
  if (keyboard && hasButtons(keyboard.inline_keyboard)) message.reply_markup = { inline_keyboard: keyboard.inline_keyboard };
  else delete message.reply_markup;
}

/** Removes the keyboard of the pressed message, if it still has one. */
export async function removePressedKeyboard(ctx: Ctx): Promise<void> {
  const message = pressedMessage(ctx);
  if (!message || !hasButtons(message.reply_markup?.inline_keyboard)) return;
  await ctx.api.editMessageReplyMarkup(message.chat.id, message.message_id).catch(() => {});
  remember(message, undefined, undefined);
}

/** Replaces the pressed message's keyboard (e.g. a toggled choice); nothing when it would not change. */
export async function replacePressedKeyboard(ctx: Ctx, keyboard: InlineKeyboard | undefined): Promise<void> {
  const message = pressedMessage(ctx);
  if (!message) return;
  const next = keyboard?.inline_keyboard;
  if (sameButtons(message.reply_markup?.inline_keyboard, next)) return;
  await ctx.api.editMessageReplyMarkup(message.chat.id, message.message_id, hasButtons(next) ? { reply_markup: keyboard } : {}).catch(() => {});
  remember(message, undefined, keyboard);
}

/**
 * Shows `text` with `keyboard` in place of the pressed message: nothing when it already shows
 * exactly that (a double tap), a new message when the pressed one cannot be edited any more.
 */
export async function showInPressedMessage(ctx: Ctx, text: string, keyboard?: InlineKeyboard): Promise<void> {
  const message = pressedMessage(ctx);
  const options = keyboard && hasButtons(keyboard.inline_keyboard) ? { reply_markup: keyboard } : {};
  if (!message || message.text === undefined) {
    await ctx.reply(text, options);
    return;
  }
  if (message.text === text && sameButtons(message.reply_markup?.inline_keyboard, keyboard?.inline_keyboard)) return;
  try {
    await ctx.api.editMessageText(message.chat.id, message.message_id, text, options);
    remember(message, text, keyboard);
  } catch (error) {
    if (isNotModified(error)) return;
    await ctx.reply(text, options);
  }
}
