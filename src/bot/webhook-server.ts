import { webhookCallback, type Bot } from "grammy";
import { createServer, type Server } from "node:http";
import type { BotContext } from "./context.js";

/**
 * The webhook endpoint (POST on `path`, checking Telegram's secret token header) and a health
 * endpoint (GET /healthz). `close()` stops accepting and waits for updates in flight.
 */
export function createWebhookServer(bot: Bot<BotContext>, options: { path: string; secret: string }): { server: Server; close(): Promise<void> } {
  const handle = webhookCallback(bot, "http", { secretToken: options.secret, onTimeout: "return" });
  const inFlight = new Set<Promise<unknown>>();
  const server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "GET" && path === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true }));
      return;
    }
    if (req.method === "POST" && path === options.path) {
      const p = handle(req, res).catch((error) => {
        console.error("webhook update failed", error);
        if (!res.headersSent) res.writeHead(500).end();
      });
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
      return;
    }
    res.writeHead(404).end();
  });
  return {
    server,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.allSettled([...inFlight]);
    },
  };
}
