import type { MiddlewareFn } from "grammy";
import { loadMemberships } from "../../registration/actor.js";
import { touchUser } from "../../registration/users.js";
import { conversationKey, readUserWithConversation } from "../conversations/storage.js";
import type { BotContext } from "../context.js";

/**
 * Who is this: records the contact (making the user reachable again), loads their memberships and
 * admin flag. The bot talks in private chats only; other updates stop here.
 */
export const loadUser: MiddlewareFn<BotContext> = async (ctx, next) => {
  const from = ctx.from;
  if (!from || from.is_bot || (ctx.chat && ctx.chat.type !== "private")) return;
  const { db, adminIds } = ctx.deps;
  const [seen, memberships] = await Promise.all([readUserWithConversation(db, from.id), loadMemberships(db, from.id)]);
  ctx.user = await touchUser(db, from.id, from.language_code, ctx.deps.clock(), seen.user);
  ctx.waiting = seen.waiting;
  ctx.conversationPrefetch = { key: conversationKey(from.id), state: seen.state };
  ctx.actor = { telegramId: from.id, isAdmin: adminIds.has(from.id), memberships };
  await next();
};

