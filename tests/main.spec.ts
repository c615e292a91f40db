import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePort, startBotApiServer } from "./helpers/bot-api-server.js";
import { TEST_TOKEN } from "../testing/test-bot.js";
import { textMessage } from "../testing/updates.js";

const root = new URL("..", import.meta.url).pathname;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** `npm start` as a real process (node --import tsx src/main.ts). */
function startBot(env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), "erte-main-"));
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir, SCHEDULER_ENABLED: "false", ...env },
  }) as ChildProcessWithoutNullStreams;
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill("SIGKILL");
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  });
  const waitForOutput = async (text: string, timeoutMs = 100_000) => {
    for (const started = Date.now(); !output.includes(text); await new Promise((r) => setTimeout(r, 100))) {
      if (Date.now() - started > timeoutMs || child.exitCode !== null) throw new Error(`no "${text}" in:\n${output}`);
    }
  };
  return { child, exited, output: () => output, waitForOutput };
}

const user = { id: 424242, first_name: "Асель", language_code: "kk" };

describe("npm start", () => {
  it("polls a configured Bot API server, answers, and stops cleanly on SIGTERM", async () => {
    const api = await startBotApiServer();
    cleanups.push(api.close);
    const httpPort = await freePort();
    const bot = startBot({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url, OPS_PORT: String(httpPort) });
    api.pushUpdate(textMessage(user, "/start"));
    const reply = await api.waitFor((r) => r.method === "sendMessage", 100_000);
    expect(reply.body).toMatchObject({ chat_id: user.id });
    expect(String(reply.body.text)).toContain("Тілді таңдаңыз");
    expect(api.requests.some((r) => r.method === "setMyCommands")).toBe(true);
    // The operations endpoints in polling mode too.
    const health = await fetch(`http://127.0.0.1:${httpPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: { ok: true }, telegram: { ok: true } });
    const metrics = await (await fetch(`http://127.0.0.1:${httpPort}/metrics`)).text();
    expect(metrics).toMatch(/bot_updates_handled_total\{outcome="ok"\} 1/);
    // Log lines are JSON (pino) and name neither the user nor what they typed.
    expect(bot.output()).toContain('"msg":"reached the Bot API: bot @erte_pilot_bot (polling)"');
    expect(bot.output()).not.toContain("Асель");
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toContain("stopped");
  }, 150_000);

  it("serves webhook updates only with the secret token, and a health endpoint", async () => {
    const api = await startBotApiServer();
    cleanups.push(api.close);
    const port = await freePort();
    const opsPort = await freePort();
    const secret = "webhook-secret-1234567890";
    const bot = startBot({
      BOT_TOKEN: TEST_TOKEN,
      TELEGRAM_API_ROOT: api.url,
      BOT_MODE: "webhook",
      WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`,
      WEBHOOK_SECRET: secret,
      WEBHOOK_PORT: String(port),
      WEBHOOK_HOST: "127.0.0.1",
      OPS_PORT: String(opsPort),
    });
    const setWebhook = await api.waitFor((r) => r.method === "setWebhook", 100_000);
    expect(setWebhook.body).toMatchObject({ url: `http://127.0.0.1:${port}/telegram`, secret_token: secret });
    // Health and metrics on the operations listener only; the public one serves the webhook path alone.
    expect((await fetch(`http://127.0.0.1:${opsPort}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    const post = (token: string) =>
      fetch(`http://127.0.0.1:${port}/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": token },
        body: JSON.stringify(textMessage(user, "/start")),
      });
    expect((await post("wrong-secret-wrong-secret")).status).toBe(401);
    expect(api.requests.filter((r) => r.method === "sendMessage")).toHaveLength(0);
    expect((await post(secret)).status).toBe(200);
    const reply = await api.waitFor((r) => r.method === "sendMessage");
    expect(String(reply.body.text)).toContain("Выберите язык");
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
  }, 150_000);

  it("says when it cannot reach the Bot API and why, retries every few seconds, and starts once it can", async () => {
    const apiPort = await freePort();
    const httpPort = await freePort();
    const bot = startBot({ BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${apiPort}`, OPS_PORT: String(httpPort) });
    await bot.waitForOutput(`cannot reach the Bot API at http://127.0.0.1:${apiPort} (getMe): ECONNREFUSED`);
    const failing = await fetch(`http://127.0.0.1:${httpPort}/healthz`);
    expect(failing.status).toBe(503);
    expect(await failing.json()).toMatchObject({ status: "failing", telegram: { ok: false, reason: expect.stringContaining("ECONNREFUSED") } });
    await bot.waitForOutput('"attempt":2');
    const api = await startBotApiServer({ port: apiPort });
    cleanups.push(api.close);
    await bot.waitForOutput("reached the Bot API: bot @erte_pilot_bot");
    api.pushUpdate(textMessage(user, "/start"));
    await api.waitFor((r) => r.method === "sendMessage", 30_000);
    expect((await fetch(`http://127.0.0.1:${httpPort}/healthz`)).status).toBe(200);
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
  }, 150_000);

  it("refuses to start with a clear message when the configuration is wrong", async () => {
    const bot = startBot({ BOT_MODE: "webhook" });
    expect(await bot.exited).toBe(1);
    // Plain lines a person reads, one bad variable each: no JSON log line, no literal "\n", no stack trace.
    const lines = bot.output().trim().split("\n");
    expect(lines[0]).toBe("The bot did not start: the configuration is not valid.");
    expect(lines).toContain("  - BOT_TOKEN is required: the token @BotFather gave you");
    expect(lines.some((l) => l.startsWith("  - WEBHOOK_URL is required in webhook mode"))).toBe(true);
    expect(bot.output()).not.toMatch(/^\{|"level"|\\n|    at /m);
  }, 150_000);
});
