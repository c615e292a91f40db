import type { MiddlewareFn } from "grammy";
import { TokenBuckets, type TokenBucketOptions } from "../../shared/token-bucket.js";
import type { BotContext } from "../context.js";

export interface UserRateLimitOptions extends TokenBucketOptions {
  /** Milliseconds now; the wall clock by default (a burst is measured in real time). */
  now?: () => number;
}

/**
 * A burst of 20 updates, then one every two seconds: more than any dialog needs (a person types or
 * presses a few times a minute; paging a long list is a short burst), while a flood of /help no
 * longer spends the bot's shared Telegram quota on replies.
 */
export const DEFAULT_USER_RATE_LIMIT: TokenBucketOptions = { burst: 20, refillPerSecond: 0.5 };

/**
 * Per-user token bucket, placed after the update claim and the user load (no extra database query)
 * and after i18n (the notice is in the user's language). Past the burst the user gets ONE notice,
 * then silence until tokens refill; refused updates are not handled at all.
 *
 * The buckets live in this process's memory. In polling mode a single replica handles updates, so
 * the limit is exact; with two webhook replicas behind a balancer a user's updates may be split
 * between them, so the effective burst is at most twice as large and each replica sends its own
 * notice at most once — acceptable for a guard against floods, and no shared store is needed.
 */
export function userRateLimit(options: UserRateLimitOptions = DEFAULT_USER_RATE_LIMIT): MiddlewareFn<BotContext> {
  const buckets = new TokenBuckets(options);
  const now = options.now ?? Date.now;
  return async (ctx, next) => {
    const verdict = buckets.take(ctx.user.telegramId, now());
    if (verdict === "pass") return next();
    ctx.log?.warn({ verdict }, "user rate limit: update dropped");
    if (verdict === "first-refusal" && ctx.chat) await ctx.reply(ctx.t("abuse-rate-limited"));
  };
}
