import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { checkHealth, type HealthSources } from "./health.js";
import type { Metrics } from "./metrics.js";

/**
 * One listener serves one audience: the operations listener (`operations`: GET /healthz, GET
 * /metrics) is bound where the operator says (OPS_HOST, loopback by default); the public listener
 * serves Telegram's POST on the webhook path (`webhook`, webhook mode) and the Mini App under its
 * path (`webapp`, when WEBAPP_URL is set), and nothing else. Every other path is 404.
 */
type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export type HttpServerOptions = (
  | { operations: { health: HealthSources; metrics: Metrics }; webhook?: never; webapp?: never }
  | { webhook?: { path: string; handle: Handler }; webapp?: { prefix: string; handle: Handler }; operations?: never }
) & { onError?: (message: string, error: unknown) => void };

/**
 * An HTTP server for operations (GET /healthz: 200 or 503 with a JSON body; GET /metrics:
 * Prometheus text) or for the webhook (Telegram's POST). `close()` stops accepting and waits for
 * the requests in flight (updates being handled).
 */
export function createHttpServer(options: HttpServerOptions): { server: Server; close(): Promise<void> } {
  const inFlight = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };
  const fail = (res: ServerResponse, error: unknown, what: string) => {
    options.onError?.(what, error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
    res.end("internal error");
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    const operations = options.operations;
    if (operations && req.method === "GET" && path === "/healthz") {
      track(
        checkHealth(operations.health)
          .then(({ httpStatus, report }) => res.writeHead(httpStatus, { "content-type": "application/json" }).end(JSON.stringify(report)))
          .catch((error) => fail(res, error, "healthz failed")),
      );
      return;
    }
    if (operations && req.method === "GET" && path === "/metrics") {
      track(
        operations.metrics
          .render()
          .then((text) => res.writeHead(200, { "content-type": operations.metrics.contentType }).end(text))
          .catch((error) => fail(res, error, "metrics failed")),
      );
      return;
    }
    if (options.webhook && path === options.webhook.path) {
      if (req.method !== "POST") {
        res.writeHead(405, { allow: "POST" }).end();
        return;
      }
      track(options.webhook.handle(req, res).catch((error) => fail(res, error, "webhook update failed")));
      return;
    }
    if (options.webapp && (path === options.webapp.prefix || path?.startsWith(options.webapp.prefix))) {
      track(options.webapp.handle(req, res).catch((error) => fail(res, error, "mini app request failed")));
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
