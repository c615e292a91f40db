import { createServer, type Server } from "node:http";
import { testBotInfo } from "../../testing/fake-telegram.js";

export interface RecordedRequest {
  method: string;
  body: Record<string, unknown>;
}

/**
 * A stand-in Bot API server on 127.0.0.1 for tests that run the real process (`npm start`, the
 * CLI) with TELEGRAM_API_ROOT pointing here. `getUpdates` hands out queued updates (a long poll
 * of up to 500 ms) and, like Telegram, answers 409 Conflict to a second poller while one polls.
 */
export async function startBotApiServer(options: { username?: string; port?: number } = {}) {
  const requests: RecordedRequest[] = [];
  const queue: unknown[] = [];
  let messageId = 1;
  let pendingPoll: { answer: () => void; timer: ReturnType<typeof setTimeout> } | null = null;
  let conflicts = 0;
  const waiters: { predicate: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const method = (req.url ?? "").split("/").pop() ?? "";
      let body: Record<string, unknown> = {};
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        body = { raw };
      }
      const request = { method, body };
      requests.push(request);
      for (const w of [...waiters]) {
        if (w.predicate(request)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(request);
        }
      }
      const reply = (result: unknown) => {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ ok: true, result }));
      };
      switch (method) {
        case "getMe":
          return reply({ ...testBotInfo, username: options.username ?? testBotInfo.username });
        case "getUpdates": {
          // Like Telegram: one poller at a time; a second concurrent getUpdates gets 409 Conflict.
          if (pendingPoll) {
            conflicts++;
            res.statusCode = 409;
            res.setHeader("content-type", "application/json");
            return res.end(
              JSON.stringify({
                ok: false,
                error_code: 409,
                description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
              }),
            );
          }
          const updates = queue.splice(0);
          if (updates.length > 0) return reply(updates);
          // A long poll (held up to 500 ms here), answered at once when an update arrives.
          const poll = {
            answer: () => {
              clearTimeout(poll.timer);
              if (pendingPoll === poll) pendingPoll = null;
              reply(queue.splice(0));
            },
            timer: setTimeout(() => poll.answer(), 500),
          };
          pendingPoll = poll;
          res.on("close", () => {
            clearTimeout(poll.timer);
            if (pendingPoll === poll) pendingPoll = null;
          });
          return;
        }
        case "sendMessage":
          return reply({ message_id: messageId++, date: 0, chat: { id: body.chat_id, type: "private" }, text: body.text });
        default:
          return reply(true);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    pushUpdate: (update: unknown) => {
      queue.push(update);
      pendingPoll?.answer();
    },
    /** getUpdates requests answered 409 because another poll was open. */
    get conflicts() {
      return conflicts;
    },
    waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs = 30_000): Promise<RecordedRequest> {
      const seen = requests.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("timed out waiting for a Bot API request")), timeoutMs);
        waiters.push({ predicate, resolve: (r) => (clearTimeout(timer), resolve(r)) });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}
