import { Composer, type NextFunction } from "grammy";
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { waitingDialogs } from "../db/schema/index.js";
import type { BotContext } from "./context.js";
import type { Waiting } from "./person.js";

/** Why a dialog is being ended from outside: the person sent /cancel, or started another dialog. */
export type EndReason = "cancel" | "superseded";

type MessageHandler = (ctx: BotContext, waiting: Waiting, next: NextFunction) => Promise<unknown>;

/**
 * A dialog: a feature that takes the person's next typed message as an answer. The domain half
 * (steps, validation, saving) lives in the feature's domain folder; this is the chat half.
 * A handler that finds the dialog over in the domain (published elsewhere, window passed, role
 * lost) calls `next()`: the record is dropped and the message goes on to the fallback.
 */
export interface DialogDefinition {
  kind: string;
  /** A text that is not a command. */
  onText?: MessageHandler;
  /** A photo. */
  onPhoto?: MessageHandler;
  /** Any other message (a document, a sticker…); also a photo when there is no `onPhoto`. */
  onMessage?: MessageHandler;
  /**
   * Ends the dialog in its domain. `cancel`: the person sent /cancel, and the dialog says in the
   * chat what became of their work (returns true; false lets the bot say there was nothing to
   * stop). `superseded`: another dialog starts; say something only if work was put aside.
   */
  onCancel: (ctx: BotContext, waiting: Waiting, reason: EndReason) => Promise<boolean>;
}

const registry = new Map<string, DialogDefinition>();

/** Each feature registers its dialog from its own folder; a kind is registered once. */
export function registerDialog(definition: DialogDefinition): DialogDefinition {
  if (registry.has(definition.kind)) throw new Error(`dialog ${definition.kind} registered twice`);
  registry.set(definition.kind, definition);
  return definition;
}

export function dialogKinds(): string[] {
  return [...registry.keys()];
}

async function saveWaiting(db: Db, userId: number, waiting: Waiting): Promise<void> {
  await db
    .insert(waitingDialogs)
    .values({ userId, ...waiting })
    .onConflictDoUpdate({ target: waitingDialogs.userId, set: { kind: waiting.kind, ref: waiting.ref, step: waiting.step, since: waiting.since } });
}

async function dropWaiting(db: Db, userId: number, kind?: string): Promise<void> {
  await db.delete(waitingDialogs).where(kind ? and(eq(waitingDialogs.userId, userId), eq(waitingDialogs.kind, kind)) : eq(waitingDialogs.userId, userId));
}

/** Ends whatever dialog the person is in (through its own onCancel) and forgets it. */
async function endCurrent(ctx: BotContext, reason: EndReason): Promise<boolean> {
  const current = ctx.waiting;
  if (!current) return false;
  ctx.waiting = null;
  const ended = (await registry.get(current.kind)?.onCancel(ctx, current, reason)) ?? false;
  await dropWaiting(ctx.deps.db, ctx.user.telegramId);
  return ended;
}

/**
 * The person's next typed message belongs to this dialog from now on. One dialog at a time, the
 * newest wins: a dialog of another kind that was waiting is ended first through its own onCancel
 * (a dialog of the same kind restarting is its own business). Writes only when something changes.
 */
export async function startDialog(ctx: BotContext, kind: string, options: { ref?: string | number | null; step?: string | null } = {}): Promise<void> {
  const ref = options.ref === undefined || options.ref === null ? null : String(options.ref);
  const step = options.step ?? null;
  const current = ctx.waiting;
  if (current && current.kind === kind && current.ref === ref && current.step === step) return;
  if (current && current.kind !== kind) await endCurrent(ctx, "superseded");
  const waiting: Waiting = { kind, ref, step, since: ctx.deps.clock() };
  await saveWaiting(ctx.deps.db, ctx.user.telegramId, waiting);
  ctx.waiting = waiting;
}

/** The dialog of this kind has come to its end (answered, sent, discarded): typed messages go elsewhere again. */
export async function endDialog(ctx: BotContext, kind: string): Promise<void> {
  if (ctx.waiting?.kind !== kind) return;
  ctx.waiting = null;
  await dropWaiting(ctx.deps.db, ctx.user.telegramId, kind);
}

/** Enters one of the @grammyjs/conversations flows: it is a dialog too, so the waiting one ends first. */
export async function enterConversation(ctx: BotContext, name: string, ...args: unknown[]): Promise<void> {
  await endCurrent(ctx, "superseded");
  await ctx.conversation.enter(name, ...args);
}

function isCommand(ctx: BotContext): boolean {
  return ctx.message?.text?.startsWith("/") ?? false;
}

/**
 * The one `/cancel`: leaves a conversation, or ends the waiting dialog through its onCancel, or says
 * there was nothing to stop. Installed inside the conversations plugin, before its flows, so that an
 * active conversation does not take /cancel as a wrong answer.
 */
export const cancelCommand = new Composer<BotContext>();
cancelCommand.command("cancel", async (ctx) => {
  if (Object.keys(ctx.conversation.active()).length > 0) {
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t("conversation-cancelled"));
    return;
  }
  if (await endCurrent(ctx, "cancel")) return;
  await ctx.reply(ctx.t("ux-cancel-nothing"));
});

/**
 * The one place a message that is not a command is routed: to the dialog the person's record names,
 * or on to the fallback. Installed after the conversations plugin, which keeps its own flows (an
 * active conversation takes every update before this).
 */
export function dialogsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on("message", async (ctx, next) => {
    const waiting = ctx.waiting;
    if (!waiting || isCommand(ctx)) return next();
    const dialog = registry.get(waiting.kind);
    const handler = ctx.message.text !== undefined ? dialog?.onText : ctx.message.photo ? (dialog?.onPhoto ?? dialog?.onMessage) : dialog?.onMessage;
    if (!handler) return next();
    let fellThrough = false;
    await handler(ctx, waiting, async () => {
      fellThrough = true;
    });
    if (!fellThrough) return;
    // The dialog is over in its domain: forget it, and the message is not an answer.
    await endDialog(ctx, waiting.kind);
    await next();
  });

  return composer;
}
