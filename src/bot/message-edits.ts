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

interface Pressed {
  chatId: number;
  messageId: number;
  text?: string;
  buttons?: Buttons;
}

/**
 * The pressed message as it is now: as Telegram sent it with the press, then as our own edits in
 * this update left it. Kept beside the context, never written into the update (conversations
 * replay the stored update and must see it as it came).
 */
const afterEdits = new WeakMap<object, Pressed>();

function pressedMessage(ctx: Ctx): Pressed | undefined {
  const known = afterEdits.get(ctx);
  if (known) return known;
  const message = ctx.callbackQuery?.message as (Message & { text?: string }) | undefined;
  // An inaccessible message (older than 48 hours) comes with date 0 and nothing else.
  if (!message || message.date === 0) return undefined;
  const pressed = { chatId: message.chat.id, messageId: message.message_id, text: message.text, buttons: message.reply_markup?.inline_keyboard };
  afterEdits.set(ctx, pressed);
  return pressed;
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
function remember(message: Pressed, text: string | undefined, keyboard: InlineKeyboard | undefined) {
  if (text !== undefined) message.text = text;
  message.buttons = keyboard && hasButtons(keyboard.inline_keyboard) ? keyboard.inline_keyboard : undefined;
}

/** Removes the keyboard of the pressed message, if it still has one. */
export async function removePressedKeyboard(ctx: Ctx): Promise<void> {
  const message = pressedMessage(ctx);
  if (!message || !hasButtons(message.buttons)) return;
  await ctx.api.editMessageReplyMarkup(message.chatId, message.messageId).catch(() => {});
  remember(message, undefined, undefined);
}

/** Replaces the pressed message's keyboard (e.g. a toggled choice); nothing when it would not change. */
export async function replacePressedKeyboard(ctx: Ctx, keyboard: InlineKeyboard | undefined): Promise<void> {
  const message = pressedMessage(ctx);
  if (!message) return;
  const next = keyboard?.inline_keyboard;
  if (sameButtons(message.buttons, next)) return;
  await ctx.api.editMessageReplyMarkup(message.chatId, message.messageId, hasButtons(next) ? { reply_markup: keyboard } : {}).catch(() => {});
  remember(message, undefined, keyboard);
}

/**
 * Shows `text` with `keyboard` in place of the pressed message: nothing when it already shows
 * exactly that (a double tap), a new message when the pressed one cannot be edited any more.
 */
export async function showInPressedMessage(
  ctx: Ctx,
  text: string,
  keyboard?: InlineKeyboard,
  extra: { link_preview_options?: { is_disabled?: boolean } } = {},
): Promise<void> {
  const message = pressedMessage(ctx);
  const options = { ...extra, ...(keyboard && hasButtons(keyboard.inline_keyboard) ? { reply_markup: keyboard } : {}) };
  if (!message || message.text === undefined) {
    await ctx.reply(text, options);
    return;
  }
  if (message.text === text && sameButtons(message.buttons, keyboard?.inline_keyboard)) return;
  try {
    await ctx.api.editMessageText(message.chatId, message.messageId, text, options);
    remember(message, text, keyboard);
  } catch (error) {
    if (isNotModified(error)) return;
    await ctx.reply(text, options);
  }
}
