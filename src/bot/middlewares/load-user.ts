import type { MiddlewareFn } from "grammy";
import { touchUser } from "../../registration/users.js";
import { conversationKey, readPerson } from "../conversations/storage.js";
import type { BotContext } from "../context.js";

/**
 * Who is this: records the contact (making the user reachable again), loads their memberships, admin
 * flag, conversation state and waiting dialog, all in one query. The bot talks in private chats only; other updates stop here.
 */
export const loadUser: MiddlewareFn<BotContext> = async (ctx, next) => {
  const from = ctx.from;
  if (!from || from.is_bot || (ctx.chat && ctx.chat.type !== "private")) return;
  const { db, adminIds } = ctx.deps;
  // One query for the person; a write only on first contact or when last_seen_at is stale.
  const seen = ctx.personPrefetch ?? (await readPerson(db, from.id));
  ctx.personPrefetch = undefined;
  ctx.user = await touchUser(db, from.id, from.language_code, ctx.deps.clock(), seen.user);
  ctx.waiting = seen.waiting;
  ctx.conversationPrefetch = { key: conversationKey(from.id), state: seen.state };
  ctx.actor = { telegramId: from.id, isAdmin: adminIds.has(from.id), memberships: seen.memberships };
  await next();
};

