import { afterEach, describe, expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import type { Database } from "../../src/db/client.js";
import { secretMatches, webhookHandler } from "../../src/bot/webhook-server.js";
import { enqueueMessages } from "../../src/delivery/outbox.js";
import { outboxDepthByPriority, outboxLagSeconds } from "../../src/delivery/outbox-stats.js";
import type { SenderStats } from "../../src/delivery/sender.js";
import { createHttpServer } from "../../src/observability/http-server.js";
import type { HealthSources } from "../../src/observability/health.js";
import { createMetrics, type Metrics } from "../../src/observability/metrics.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { textMessage } from "../../testing/updates.js";

let database: Database;
let t: TestBot;
const metrics: Metrics = createMetrics();
useBotSpec((spec) => ({ database, t } = spec), { metrics });

const SECRET = "webhook-secret-1234567890";
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

const healthy = (): HealthSources => ({
  pingDatabase: async () => void (await outboxDepthByPriority(database.db)),
  telegram: () => ({ reachable: true, at: new Date("2026-11-22T06:00:00Z") }),
  schedulerAlive: () => true,
  outboxLagSeconds: () => outboxLagSeconds(database.db, new Date()),
});

async function serve(health: HealthSources = healthy()): Promise<string> {
  const http = createHttpServer({ operations: { health, metrics } });
  await new Promise<void>((resolve) => http.server.listen(0, "127.0.0.1", resolve));
  closers.push(http.close);
  return `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
}

/** The public listener of webhook mode. */
async function servePublic(): Promise<string> {
  const http = createHttpServer({ webhook: { path: "/telegram", handle: webhookHandler(t.bot, { secret: SECRET }) } });
  await new Promise<void>((resolve) => http.server.listen(0, "127.0.0.1", resolve));
  closers.push(http.close);
  return `http://127.0.0.1:${(http.server.address() as AddressInfo).port}`;
}

describe("GET /healthz", () => {
  it("200 with what was checked when the database answers, Telegram was last reached and the scheduler runs", async () => {
    await enqueueMessages(database.db, [{ chatId: 1, kind: "test", templateKey: "common-error", notBefore: new Date(Date.now() - 90_000) }]);
    const res = await fetch(`${await serve()}/healthz`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "ok", database: { ok: true }, telegram: { ok: true, lastSeenAt: "2026-11-22T06:00:00.000Z" }, scheduler: { ok: true, enabled: true } });
    expect(body.outbox.lagSeconds).toBeGreaterThanOrEqual(89);
  });

  it("503 when the database does not answer, the Bot API was last unreachable, or the scheduler stopped", async () => {
    const down = await serve({ ...healthy(), pingDatabase: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432")) });
    const res = await fetch(`${down}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "failing", database: { ok: false, error: "connect ECONNREFUSED 127.0.0.1:5432" } });

    const offline = await serve({ ...healthy(), telegram: () => ({ reachable: false, at: new Date(), reason: "ECONNREFUSED" }) });
    const telegram = await fetch(`${offline}/healthz`);
    expect(telegram.status).toBe(503);
    expect((await telegram.json()).telegram).toMatchObject({ ok: false, reason: "ECONNREFUSED" });

    const stopped = await serve({ ...healthy(), schedulerAlive: () => false });
    expect((await fetch(`${stopped}/healthz`)).status).toBe(503);
    // A process with the scheduler switched off is healthy.
    const off = await serve({ ...healthy(), schedulerAlive: () => null });
    expect(await (await fetch(`${off}/healthz`)).json()).toMatchObject({ status: "ok", scheduler: { ok: true, enabled: false } });
  });
});

describe("GET /metrics", () => {
  it("Prometheus text: updates and their latency, outbox depth by priority, the sender's outcomes, scheduler runs", async () => {
    const before = await metrics.registry.getSingleMetricAsString("bot_updates_handled_total");
    const handled = (text: string) => Number(/bot_updates_handled_total\{outcome="ok"\} (\d+)/.exec(text)?.[1] ?? 0);
    await t.send(newUser(), "/start");
    await t.send(newUser(), "/start");
    await enqueueMessages(database.db, [
      { chatId: 1, kind: "test", templateKey: "common-error", priority: "urgent" },
      { chatId: 2, kind: "test", templateKey: "common-error", priority: "bulk" },
      { chatId: 3, kind: "test", templateKey: "common-error", priority: "bulk" },
    ]);
    const stats: SenderStats = { sent: 7, rateLimited: 2, transientErrors: 1, failed: 1, unreachable: 3 };
    metrics.watchSender(stats);
    metrics.schedulerRun("report-reminders", true);
    metrics.watchOutbox({ depthByPriority: () => outboxDepthByPriority(database.db), lagSeconds: () => outboxLagSeconds(database.db, new Date()) });

    const res = await fetch(`${await serve()}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(handled(text) - handled(before)).toBe(2);
    expect(text).toContain("# TYPE bot_update_duration_seconds histogram");
    expect(text).toMatch(/bot_update_duration_seconds_count\{outcome="ok"\} \d+/);
    expect(text).toContain('outbox_pending_messages{priority="urgent"} 1');
    expect(text).toContain('outbox_pending_messages{priority="normal"} 0');
    expect(text).toContain('outbox_pending_messages{priority="bulk"} 2');
    expect(text).toContain("outbox_messages_sent_total 7");
    expect(text).toContain("outbox_messages_failed_total 1");
    expect(text).toContain("outbox_rate_limited_total 2");
    expect(text).toContain("outbox_unreachable_total 3");
    expect(text).toContain('scheduler_runs_total{task="report-reminders",outcome="ok"} 1');
    // Counters only grow: the sender's further sends are added on the next scrape.
    stats.sent += 5;
    expect(await (await fetch(`${await serve()}/metrics`)).text()).toContain("outbox_messages_sent_total 12");
  });
});

describe("the webhook endpoint (the public listener)", () => {
  const post = (base: string, body: string, secret = SECRET) =>
    fetch(`${base}/telegram`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret }, body });

  it("handles an update posted with the secret", async () => {
    const base = await servePublic();
    const res = await post(base, JSON.stringify(textMessage(newUser(), "/start")));
    expect(res.status).toBe(200);
    expect(t.telegram.calls.some((c) => c.method === "sendMessage")).toBe(true);
  });

  it("an update that fails gets the apology and a 200 (as in polling mode), not a 500 for Telegram to repeat", async () => {
    const base = await servePublic();
    let first = true;
    t.bot.api.config.use((prev, method, payload, signal) => {
      if (method === "sendMessage" && first) {
        first = false;
        throw new Error("network down");
      }
      return prev(method, payload, signal);
    });
    const res = await post(base, JSON.stringify(textMessage(newUser(), "/start")));
    expect(res.status).toBe(200);
    const sent = t.telegram.calls.filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));
    expect(sent).toEqual([t.i18n.t("ru", "common-error")]);
  });

  it("refuses a body over 1 MB with 413, malformed JSON or a non-update with 400, a wrong secret with 401 — no stack trace", async () => {
    const base = await servePublic();
    const huge = await post(base, JSON.stringify({ update_id: 1, message: { text: "x".repeat(1024 * 1024) } }));
    expect(huge.status).toBe(413);
    const malformed = await post(base, '{"update_id": 1, "message": ');
    expect(malformed.status).toBe(400);
    const text = await malformed.text();
    expect(text).toBe("malformed JSON");
    expect(text).not.toMatch(/at |Error/);
    expect((await post(base, "[1,2,3]")).status).toBe(400);
    expect((await post(base, JSON.stringify({ message: {} }))).status).toBe(400);
    expect((await post(base, "{}", "wrong-secret-wrong-secret")).status).toBe(401);
    expect((await fetch(`${base}/telegram`)).status).toBe(405);
    expect(t.telegram.calls).toEqual([]);
  });
});

describe("who is served where", () => {
  it("the public listener answers the webhook path only: /healthz, /metrics and anything else are 404 there", async () => {
    const base = await servePublic();
    for (const path of ["/healthz", "/metrics", "/", "/telegram/", "/telegramx", "/../metrics"]) {
      expect({ path, status: (await fetch(`${base}${path}`)).status }).toEqual({ path, status: 404 });
    }
    expect((await fetch(`${base}/metrics`, { method: "POST" })).status).toBe(404);
    expect(t.telegram.calls).toEqual([]);
  });

  it("the operations listener has no webhook: an update posted there is 404 and reaches nobody", async () => {
    const base = await serve();
    const res = await fetch(`${base}/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(textMessage(newUser(), "/start")),
    });
    expect(res.status).toBe(404);
    expect(t.telegram.calls).toEqual([]);
  });

  it("the secret token is compared whole, whatever its length (hashes of equal length, compared in constant time)", () => {
    expect(secretMatches(SECRET, SECRET)).toBe(true);
    for (const wrong of ["", SECRET.slice(0, -1), `${SECRET}x`, SECRET.toUpperCase(), `${SECRET.slice(0, -1)}1`]) {
      expect({ wrong, ok: secretMatches(wrong, SECRET) }).toEqual({ wrong, ok: false });
    }
    expect(secretMatches(undefined, SECRET)).toBe(false);
    expect(secretMatches([SECRET, SECRET], SECRET)).toBe(false);
  });
});
