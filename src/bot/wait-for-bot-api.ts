import { GrammyError } from "grammy";
import { describeNetworkError } from "../observability/api-reachability.js";
import type { Logger } from "../observability/logger.js";

export class BotTokenRejectedError extends Error {
  constructor(description: string) {
    super(`The Bot API rejected BOT_TOKEN (${description}): check the token @BotFather gave you.`);
  }
}

/**
 * Runs a start-up call to the Bot API (getMe, setMyCommands, setWebhook…) until it gets through,
 * saying every few seconds why it cannot instead of waiting in silence. A rejected token (401/404)
 * is not retried. Resolves with the call's result; rejects when `signal` aborts (shutdown).
 */
export async function untilBotApiAnswers<T>(
  what: string,
  call: () => Promise<T>,
  options: { logger: Logger; apiRoot: string; retryMs?: number; signal?: AbortSignal },
): Promise<T> {
  const retryMs = options.retryMs ?? 5000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) throw new BotTokenRejectedError(error.description);
      options.signal?.throwIfAborted();
      const reason = error instanceof GrammyError ? `${error.error_code}: ${error.description}` : describeNetworkError(error);
      options.logger.warn({ attempt, reason }, `cannot reach the Bot API at ${options.apiRoot} (${what}): ${reason}; retrying in ${Math.round(retryMs / 1000)} s`);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, retryMs);
        options.signal?.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(options.signal!.reason);
        }, { once: true });
      });
    }
  }
}
