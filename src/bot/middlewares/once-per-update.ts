import type { MiddlewareFn } from "grammy";
import type { Db } from "../../db/client.js";
import type { Clock } from "../../shared/clock.js";
import { claimUpdate, finishUpdate, releaseUpdate } from "../../updates/processed-updates.js";
import type { BotContext } from "../context.js";
import { claimAndReadPerson } from "../conversations/storage.js";

export interface OncePerUpdateOptions {
  db: Db;
  clock: Clock;
  /** This process: hostname:pid:random. */
  instance: string;
  /** See ClaimOptions.otherInstanceStaleMs: 0 in polling mode, about a minute in webhook mode. */
  otherInstanceStaleMs: number;
  log: (message: string, fields?: Record<string, unknown>) => void;
}

/**
 * Each update id is processed once (Telegram redelivers after a crash before the offset is
 * confirmed, or when a webhook answer is slow). The first in the chain: a redelivered copy of a
 * handled update stops here and changes nothing. When handling fails the claim is released, so a
 * redelivery retries it; a process killed mid-update leaves an unfinished claim that the next
 * delivery takes over (see claimUpdate), so nothing a user typed is lost by a crash.
 */
export function oncePerUpdate(o: OncePerUpdateOptions): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const botId = ctx.me.id;
    const updateId = ctx.update.update_id;
    const claim = { botId, updateId, instance: o.instance, now: o.clock(), otherInstanceStaleMs: o.otherInstanceStaleMs };
    // A person's update reads them with the claim, in the same statement (loadUser takes it from there).
    const from = ctx.from;
    const person = from && !from.is_bot && (!ctx.chat || ctx.chat.type === "private");
    let claimed: boolean;
    if (person) {
      ctx.personPrefetch = (await claimAndReadPerson(o.db, claim, from.id)) ?? undefined;
      claimed = ctx.personPrefetch !== undefined;
    } else {
      claimed = await claimUpdate(o.db, claim);
    }
    if (!claimed) {
      o.log("update already handled or in progress: skipped", { update_id: updateId });
      return;
    }
    try {
      await next();
    } catch (error) {
      await releaseUpdate(o.db, botId, updateId, o.instance).catch((releaseError: unknown) =>
        o.log("could not release the update's claim", { update_id: updateId, err: releaseError }),
      );
      throw error;
    }
    await finishUpdate(o.db, botId, updateId, o.instance, o.clock()).catch((finishError: unknown) =>
      o.log("could not mark the update handled", { update_id: updateId, err: finishError }),
    );
  };
}
