import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client.js";
import { freePort, startBotApiServer } from "./helpers/bot-api-server.js";
import { createTestDatabase, onPostgres } from "./helpers/test-db.js";
import { TEST_TOKEN } from "../testing/test-bot.js";
import { textMessage } from "../testing/updates.js";

const root = new URL("..", import.meta.url).pathname;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** `npm start` as a real process, its output kept for the test to wait on. */
function startReplica(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", SCHEDULER_ENABLED: "false", ...env },
  }) as ChildProcessWithoutNullStreams;
  let output = "";
  const waiters: { text: string; resolve: () => void }[] = [];
  const onData = (d: Buffer) => {
    output += d;
    for (const w of [...waiters]) if (output.includes(w.text)) (waiters.splice(waiters.indexOf(w), 1), w.resolve());
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await exited;
  });
  return {
    child,
    exited,
    output: () => output,
    /** Resolves when the output contains `text` (already, or later). */
    says: (text: string) => (output.includes(text) ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ text, resolve }))),
  };
}

describe("the Bot API double, like Telegram", () => {
  it("answers 409 Conflict to a second getUpdates while one is open", async () => {
    const api = await startBotApiServer();
    cleanups.push(api.close);
    const poll = () => fetch(`${api.url}/bot${TEST_TOKEN}/getUpdates`, { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    const first = poll();
    await new Promise((r) => setTimeout(r, 50));
    const second = await poll();
    expect(second.status).toBe(409);
    expect(((await second.json()) as { description: string }).description).toContain("Conflict");
    expect((await first).status).toBe(200);
    expect(api.conflicts).toBe(1);
  });
});

/** Replicas need PostgreSQL (PGlite is one process per data folder). */
describe.skipIf(!onPostgres)("two replicas on one PostgreSQL (polling mode)", () => {
  let database: Database & { url?: string };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.close());

  it("exactly one polls; when it is killed the other takes over and answers", async () => {
    const api = await startBotApiServer();
    cleanups.push(api.close);
    const env = { BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url, DATABASE_URL: database.url! };
    // Each replica serves /healthz and /metrics on a port of its own.
    const a = startReplica({ ...env, OPS_PORT: String(await freePort()) });
    await a.says("poller: leading");
    const b = startReplica({ ...env, OPS_PORT: String(await freePort()) });
    await b.says("poller: standing by");

    const first = { id: 616161, first_name: "Айгүл", language_code: "kk" };
    api.pushUpdate(textMessage(first, "/start"));
    const reply = await api.waitFor((r) => r.method === "sendMessage" && r.body.chat_id === first.id, 60_000);
    expect(String(reply.body.text)).toContain("Тілді таңдаңыз");
    expect(b.output()).not.toContain("poller: leading");

    a.child.kill("SIGKILL");
    await a.exited;
    await b.says("poller: leading"); // within seconds: its next try after the leader's session ended
    const second = { id: 626262, first_name: "Марат", language_code: "ru" };
    api.pushUpdate(textMessage(second, "/start"));
    const answer = await api.waitFor((r) => r.method === "sendMessage" && r.body.chat_id === second.id, 60_000);
    expect(String(answer.body.text)).toContain("Выберите язык");

    // Never two pollers at once: Telegram would have answered 409.
    expect(api.conflicts).toBe(0);
    b.child.kill("SIGTERM");
    expect(await b.exited).toBe(0);
  }, 240_000);
});
