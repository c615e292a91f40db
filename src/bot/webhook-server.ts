import { BotError, webhookCallback, type Bot } from "grammy";
import type { Update } from "grammy/types";
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { BotContext } from "./context.js";

/** Telegram's updates are a few kilobytes; a larger body is not an update. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume(); // drain the rest without keeping it
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function plain(res: ServerResponse, status: number, text: string): void {
  if (!res.headersSent) res.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
  res.end(text);
}

/**
 * Whether the secret token header Telegram sent is ours, in time that does not depend on how much
 * of it matches (a `!==` stops at the first differing character, which a caller can measure).
 * Both sides are hashed first: timingSafeEqual needs equal lengths, and the hashes do not reveal
 * the secret's length either.
 */
export function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== "string") return false;
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(given), digest(secret));
}

export interface WebhookHandlerOptions {
  secret: string;
  maxBodyBytes?: number;
  onError?: (message: string, error: unknown) => void;
}

/**
 * The webhook endpoint's handler: checks Telegram's secret token header (401), caps the body
 * (413 above 1 MB), answers malformed JSON or a body that is not an update with 400 — never a
 * stack trace — and hands the update to grammY (which answers within its timeout).
 */
export function webhookHandler(bot: Bot<BotContext>, options: WebhookHandlerOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const limit = options.maxBodyBytes ?? MAX_WEBHOOK_BODY_BYTES;
  const handle = webhookCallback(
    bot,
    (update: Update, header: string | undefined, res: ServerResponse) => ({
      update,
      header,
      end: () => res.end(),
      respond: (json: string) => res.writeHead(200, { "content-type": "application/json" }).end(json),
      unauthorized: () => plain(res, 401, "secret token is wrong"),
    }),
    // The secret is checked below, in constant time, before the body is read; grammY's own check
    // (a plain comparison) is not given the secret.
    { onTimeout: "return" },
  );
  return async (req, res) => {
    const token = req.headers["x-telegram-bot-api-secret-token"];
    if (!secretMatches(token, options.secret)) return plain(res, 401, "secret token is wrong");
    let body: Buffer;
    try {
      body = await readBody(req, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) return plain(res, 413, "request body too large");
      return plain(res, 400, "could not read the request body");
    }
    let update: unknown;
    try {
      update = JSON.parse(body.toString("utf8"));
    } catch {
      return plain(res, 400, "malformed JSON");
    }
    if (typeof update !== "object" || update === null || !Number.isSafeInteger((update as { update_id?: unknown }).update_id)) {
      return plain(res, 400, "not a Telegram update");
    }
    try {
      await handle(update as Update, undefined, res);
    } catch (error) {
      if (error instanceof BotError) {
        // As in polling mode: logged with the update id and the user gets the apology (bot.catch);
        // the update is answered, so Telegram does not send it again and again.
        await Promise.resolve(bot.errorHandler(error as BotError<BotContext>)).catch((handlerError: unknown) => options.onError?.("error handler failed", handlerError));
        if (!res.headersSent) res.writeHead(200).end();
        else if (!res.writableEnded) res.end();
        return;
      }
      options.onError?.("webhook update failed", error);
      plain(res, 500, "internal error");
    }
  };
}
