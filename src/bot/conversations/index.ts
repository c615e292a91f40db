import { conversations, createConversation } from "@grammyjs/conversations";
import { Composer, type Middleware, type Transformer } from "grammy";
import { AsyncLocalStorage } from "node:async_hooks";
import type { BotContext, BotDeps, ConversationContext } from "../context.js";
import { ADD_GROUP, addGroupConversation } from "./add-group.js";
import { conversationStorage } from "./storage.js";
import { cancelCommand } from "../dialogs.js";
import { REVIEW_RETURN, returnReportConversation } from "../features/review/return-report.js";
import { ORDER_PLACE, orderPlaceConversation } from "../features/tips/order-place.js";

/**
 * @grammyjs/conversations, installed after the user is loaded and the language gate, before the
 * features, so that an active conversation sees its answers first. State is kept in the database
 * (a restart or a redeploy continues the conversation). `/cancel` (../dialogs.ts) leaves any conversation.
 */
export function conversationsFeature(deps: BotDeps, apiTransformers: Transformer[] = []): Composer<BotContext> {
  // The outer context of the update being handled: replayed inner contexts take the user, actor and
  // deps loaded once for this update from it (no database read per replayed step).
  const outerContext = new AsyncLocalStorage<BotContext>();
  const fromOuterContext: Middleware<ConversationContext> = (ctx, next) => {
    const outer = outerContext.getStore();
    if (!outer) throw new Error("conversation step outside an update");
    ctx.deps = outer.deps;
    ctx.user = outer.user;
    ctx.actor = outer.actor;
    return next();
  };
  // Each replayed context gets a fresh Api without the bot's transformers (auto-retry): add them back.
  const withTransformers: Middleware<ConversationContext> = (ctx, next) => {
    for (const transformer of apiTransformers) ctx.api.config.use(transformer);
    return next();
  };
  // The locale negotiator only reads ctx.user, so the same i18n instance serves inside conversations.
  const i18n = deps.i18n as unknown as Middleware<ConversationContext>;

  const composer = new Composer<BotContext>();
  composer.use((ctx, next) => outerContext.run(ctx, next));
  composer.use(conversations<BotContext, ConversationContext>({ storage: conversationStorage(deps.db, () => outerContext.getStore()), plugins: [withTransformers, fromOuterContext, i18n] }));
  composer.use(cancelCommand);
  // Leaving the project is never blocked by a wizard: it ends, and /leave goes on to its feature.
  composer.command("leave", async (ctx, next) => {
    if (Object.keys(ctx.conversation.active()).length > 0) await ctx.conversation.exitAll();
    await next();
  });
  composer.use(createConversation(addGroupConversation, ADD_GROUP));
  composer.use(createConversation(returnReportConversation, REVIEW_RETURN));
  composer.use(createConversation(orderPlaceConversation, ORDER_PLACE));
  return composer;
}
